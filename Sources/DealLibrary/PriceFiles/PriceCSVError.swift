// What is wrong with a file of prices, and the words for it: `amd.csv:7: ...`, the line,
// what was found there and what was expected.
import CivilTime
import DealScript

/// A price file refused: the 1-based line at fault (nil for the file as a whole) and why.
struct PriceCSVError: Error, Equatable {
    var line: Int?
    var problem: Problem

    enum Problem: Error, Equatable {
        /// A double quote opened on the line and never closed.
        case unclosedQuote
        /// No row with a date and a close at all.
        case noRows
        /// `column:` names no column of the header (`columns` lists them).
        case noSuchColumn(String, columns: [String])
        /// `column:` given, but the file's first row is data, not a header.
        case columnWithoutHeader(String)
        /// A header with several columns and no close it knows.
        case whichColumn(columns: [String])
        /// No header and more than `date,close` on the first row.
        case headerlessColumns(Int)
        /// A row without the column the close is read from.
        case missingField(column: String, expected: Int, got: Int)
        /// A date that is neither ISO (2025-10-06) nor US (10/06/2025); `hint` says what it looks like.
        case date(String, hint: String?)
        /// A close that is not a number.
        case close(String, column: String)
        /// A close of zero or less.
        case notPositive(String, column: String)
        /// A date on or before the one above it (`previous`, on `previousLine`).
        case order(CivilDate, previous: CivilDate, previousLine: Int, newestFirst: Bool)
        /// The same date twice.
        case repeated(CivilDate, previousLine: Int)
        /// A close dated on a day the NYSE was closed (`why`: `a Saturday`, `Good Friday`).
        case closedDay(CivilDate, why: String)
    }

    /// `amd.csv:7: dates must increase: ...`.
    func message(file: String) -> String {
        (line.map { "\(file):\($0): " } ?? "\(file): ") + problemText
    }

    var problemText: String {
        switch problem {
        case .unclosedQuote:
            return "a quoted field starts here and is never closed (expected a closing \")"
        case .noRows:
            return "no prices found (expected a header like Date,Close then rows like 2025-10-06,203.71)"
        case let .noSuchColumn(name, columns):
            var s = "column: \"\(name)\" names no column of the header; it has \(Self.list(columns))"
            if let close = Suggestion.closest(to: name, in: columns) { s += "; did you mean \"\(close)\"?" }
            return s
        case .columnWithoutHeader(let name):
            return "column: \"\(name)\" names a header column, but the first row is data "
                + "(expected a header line like Date,\(name))"
        case .whichColumn(let columns):
            return "which column is the close? The header has \(Self.list(columns)) and none is Close "
                + "(expected a Close column, or name one with column: \"...\")"
        case .headerlessColumns(let n):
            return "\(n) columns and no header, so the close cannot be told apart "
                + "(expected date,close rows, or a header line naming a Close column)"
        case let .missingField(column, expected, got):
            return "expected \(expected) fields to reach \(Self.column(column)), got \(got)"
        case let .date(text, hint):
            return "expected a date like 2025-10-06 or 10/06/2025 (month first), got \"\(text)\""
                + (hint.map { ": \($0)" } ?? "")
        case let .close(text, column):
            return "expected a close like 203.71 or $1,234.50 in \(Self.column(column)), got \"\(text)\""
        case let .notPositive(text, column):
            return "expected a positive close in \(Self.column(column)), got \(text)"
        case let .order(date, previous, previousLine, newestFirst):
            let way = newestFirst ? "decrease (the file starts newest first)" : "increase"
            return "dates must \(way), but \(date) follows \(previous) (line \(previousLine))"
        case let .repeated(date, previousLine):
            return "\(date) appears twice (also on line \(previousLine))"
        case let .closedDay(date, why):
            return "\(date) is \(why), when the NYSE is closed: a close that day is suspect "
                + "(are the dates day/month, or shifted by a time zone?)"
        }
    }

    /// `column "Close"`, or `the second column` of a file with no header (named "2").
    static func column(_ name: String) -> String { name == "2" ? "the second column" : "column \"\(name)\"" }

    private static func list(_ columns: [String]) -> String {
        columns.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
