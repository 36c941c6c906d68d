// `price path csv`: daily closes from `date,close` text (a header row is optional).
import CivilTime
import SwiftCSV

extension PricePath {
    /// Parses `date,close` rows (ISO dates, increasing; closes positive, `$` allowed) into a
    /// `.closes` path. The first row is a header when its first field is not a date.
    /// Errors name the row (1-based, as an editor counts lines of simple CSV) and what was expected.
    public static func csv(_ text: String) throws -> PricePath {
        let table: EnumeratedCSV
        do {
            table = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false)
        } catch {
            throw ModelError(.badInput, term: "csv", "could not be read as comma-separated text: \(error)")
        }
        var rows: [(Int, [String])] = []
        if let first = table.header.first, parseDate(first) != nil {
            rows.append((1, table.header))
        }
        for (i, row) in table.rows.enumerated() { rows.append((i + 2, row)) }
        var points: [PricePoint] = []
        for (line, fields) in rows {
            let cells = fields.map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.allSatisfy(\.isEmpty) { continue }
            guard cells.count >= 2 else {
                throw ModelError(.badInput, term: "csv row \(line)", "expected `date,close`, got \(cells.count) field")
            }
            guard let date = parseDate(cells[0]) else {
                throw ModelError(.badInput, term: "csv row \(line)", "expected a date like 2025-10-06, got `\(cells[0])`")
            }
            guard let close = parsePrice(cells[1]), close.isFinite, close > 0 else {
                throw ModelError(.badInput, term: "csv row \(line)", "expected a positive close like 203.71, got `\(cells[1])`")
            }
            if let last = points.last, date <= last.date {
                throw ModelError(.badInput, term: "csv row \(line)", "dates must increase, but \(date) follows \(last.date)")
            }
            points.append(PricePoint(date: date, price: close))
        }
        guard !points.isEmpty else { throw ModelError(.missing, term: "csv", "has no `date,close` rows") }
        return .closes(points)
    }

    /// `YYYY-MM-DD`.
    static func parseDate(_ s: String) -> CivilDate? {
        let parts = s.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    static func parsePrice(_ s: String) -> Double? {
        var t = s
        if t.hasPrefix("$") { t.removeFirst() }
        return Double(t)
    }
}
