// `price path csv`: daily closes from `date,close` text (a header row is optional), read
// here so the model only ever sees dated closes.
import CivilTime
import DealModel
import DealScript
import Foundation
import SwiftCSV

/// Reading a file of closes into the points of a `.closes` price path.
enum PriceCSV {
    /// Parses `date,close` rows (ISO dates, increasing; closes positive, `$` allowed). The
    /// first row is a header when its first field is not a date. Errors name the row (1-based,
    /// as an editor counts lines of simple CSV) and what was expected.
    static func closes(_ text: String) throws -> [PricePoint] {
        let table: EnumeratedCSV
        do {
            table = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false)
        } catch {
            throw PriceCSVError.unreadable("\(error)")
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
            guard cells.count >= 2 else { throw PriceCSVError.fields(row: line, count: cells.count) }
            guard let date = parseDate(cells[0]) else { throw PriceCSVError.date(row: line, text: cells[0]) }
            guard let close = parsePrice(cells[1]), close.isFinite, close > 0 else {
                throw PriceCSVError.close(row: line, text: cells[1])
            }
            if let last = points.last, date <= last.date {
                throw PriceCSVError.order(row: line, date: date, previous: last.date)
            }
            points.append(PricePoint(date: date, price: close))
        }
        guard !points.isEmpty else { throw PriceCSVError.empty }
        return points
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

/// What is wrong with a file of closes: the row (1-based) and the text found there.
enum PriceCSVError: Error, Equatable, ArgumentPlacedError {
    /// Not comma-separated text at all (SwiftCSV's own account of why).
    case unreadable(String)
    case fields(row: Int, count: Int)
    case date(row: Int, text: String)
    case close(row: Int, text: String)
    case order(row: Int, date: CivilDate, previous: CivilDate)
    /// No `date,close` row at all.
    case empty

    /// `csv row 3 expected a date like 2025-10-06, got `2026-13-01``.
    var message: String {
        switch self {
        case .unreadable(let why): return "csv could not be read as comma-separated text: \(why)"
        case let .fields(row, count): return "csv row \(row) expected `date,close`, got \(count) field"
        case let .date(row, text): return "csv row \(row) expected a date like 2025-10-06, got `\(text)`"
        case let .close(row, text): return "csv row \(row) expected a positive close like 203.71, got `\(text)`"
        case let .order(row, date, previous):
            return "csv row \(row) dates must increase, but \(date) follows \(previous)"
        case .empty: return "csv has no `date,close` rows"
        }
    }

    /// About the file's content, not an argument: the statement is blamed.
    func scriptError(in arguments: CommandArguments) -> ScriptError { ScriptError(message) }
}
