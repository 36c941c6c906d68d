// The one line `price path csv` prints after a successful import: what was read, from which
// column, and which NYSE trading days have no close.
import CivilTime
import DealModel

extension PriceImport {
    /// `amd.csv: 250 closes from 2025-03-03 to 2026-02-27 (column "Close"); 1 NYSE trading day
    /// missing: 2025-07-03 (null in the file)`.
    func summary(file: String) -> String {
        guard let first = closes.first, let last = closes.last else { return "\(file): no closes" }
        let count = closes.count == 1 ? "1 close" : "\(closes.count) closes"
        var source = PriceCSVError.column(column)
        if newestFirst { source += ", newest first in the file" }
        var s = "\(file): \(count) from \(first.date) to \(last.date) (\(source)); "
        guard !missingDays.isEmpty else { return s + "no NYSE trading day missing" }
        s +=
            missingDays.count == 1 ? "1 NYSE trading day missing: " : "\(missingDays.count) NYSE trading days missing: "
        let nulls = Set(noPriceDates)
        let shown = missingDays.prefix(3).map { nulls.contains($0) ? "\($0) (no price in the file)" : "\($0)" }
        return s + shown.joined(separator: ", ") + (missingDays.count > 3 ? ", ..." : "")
    }
}
