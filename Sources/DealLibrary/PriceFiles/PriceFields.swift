// Reading one cell of a price file: a date (ISO or US, with an optional time of day after
// it) or a close (`203.71`, `$1,234.50`, `null` for no price).
import CivilTime

enum PriceFields {
    /// A date cell: `2025-10-06`, or US `10/06/2025` and `3/2/2026` (month first). A time
    /// after the date (`2026-03-02 16:00:00`, `2026-03-02T16:00:00Z`) is ignored. Throws the
    /// problem with a hint when the text looks like a date in another convention.
    static func date(_ cell: String) throws(PriceCSVError.Problem) -> CivilDate {
        let text = cell.trimmingSpaces
        var day = Substring(text)
        if let cut = day.firstIndex(where: { $0 == " " || $0 == "T" }) { day = day[..<cut] }
        if day.contains("-") {
            let p = day.split(separator: "-", omittingEmptySubsequences: false)
            if p.count == 3, p[0].count == 4, (1...2).contains(p[1].count), (1...2).contains(p[2].count),
                let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]), let date = CivilDate(year: y, month: m, day: d)
            {
                return date
            }
            throw .date(text, hint: nil)
        }
        let p = day.split(separator: "/", omittingEmptySubsequences: false)
        guard p.count == 3, let m = Int(p[0]), let d = Int(p[1]), let y = Int(p[2]) else {
            throw .date(text, hint: nil)
        }
        guard p[2].count == 4 else {
            throw .date(text, hint: "a two-digit year is ambiguous; write it in full, like \(m)/\(d)/20\(p[2])")
        }
        guard (1...12).contains(m) else {
            let iso = CivilDate(year: y, month: d, day: m).map { " like \($0)" } ?? ""
            let hint = (1...12).contains(d) ? "it looks day first; save the file with ISO dates\(iso)" : nil
            throw .date(text, hint: hint)
        }
        guard let date = CivilDate(year: y, month: m, day: d) else { throw .date(text, hint: nil) }
        return date
    }

    /// True for a cell that says there is no price that day (`null`, empty, `N/A`, `-`).
    static func isNoPrice(_ cell: String) -> Bool {
        ["", "null", "n/a", "na", "nan", "-", "—"].contains(cell.trimmingSpaces.lowercased())
    }

    /// A close: digits with an optional `.` and decimals, optionally grouped in thousands with
    /// commas (`1,234.50`, each group after the first exactly three digits), after an optional
    /// `$` and sign. nil for anything else (a decimal comma, a stray letter).
    static func close(_ cell: String) -> Double? {
        var t = Substring(cell.trimmingSpaces)
        var negative = false
        if t.hasPrefix("-") {
            negative = true
            t = t.dropFirst()
        }
        if t.hasPrefix("$") { t = t.dropFirst() }
        if !negative, t.hasPrefix("-") {
            negative = true
            t = t.dropFirst()
        }
        t = Substring(t.trimmingSpaces)
        let parts = t.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty || parts.count == 2 else { return nil }
        if parts.count == 2 { guard !parts[1].isEmpty, parts[1].allSatisfy(\.isASCIIDigit) else { return nil } }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            groups.count == 1 || ((1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 })
        else { return nil }
        let digits = groups.joined() + (parts.count == 2 ? "." + parts[1] : "")
        guard let x = Double(digits.isEmpty ? "0" : digits) else { return nil }
        return negative ? -x : x
    }
}

extension StringProtocol {
    /// Without spaces, tabs or line breaks at either end.
    var trimmingSpaces: String {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[start...end])
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
