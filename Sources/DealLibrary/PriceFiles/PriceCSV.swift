// `price path csv`: a file of daily closes read so that a user can trust it: the close
// column found by its header, dates and numbers in the forms common tools write, and
// anything ambiguous refused with its line. The model only ever sees dated closes.
import CivilTime
import DealModel

/// What was read from a price file: the closes, and what the one-line report says.
struct PriceImport: Equatable {
    /// The closes, oldest first (rows without a price left out: the close before holds).
    var closes: [PricePoint]
    /// The column the closes come from (`Close`, or `2` for a headerless `date,close` file).
    var column: String
    /// The file lists its rows newest first (as Nasdaq's downloads do); read in reverse.
    var newestFirst: Bool
    /// Rows whose close says there is no price (`null`), by date.
    var noPriceDates: [CivilDate]
    /// NYSE trading days from the first close to the last with no close in the file.
    var missingDays: [CivilDate]
}

/// Reading a file of closes into a `PriceImport`.
enum PriceCSV {
    /// Header names taken for the close when `column:` is not given, most likely first.
    static let closeNames = [
        "close", "close/last", "closing price", "close price", "last price", "last", "price",
        "adj close", "adj. close", "adjusted close",
    ]

    /// Reads `text`: an optional header line, then one row per trading day with a date (ISO or
    /// US month first) and a close. The close column is `column` (a header name), else the
    /// header's Close (or another name it knows), else the second of exactly two columns.
    static func read(
        _ text: String, column: String? = nil,
        calendar: TradingCalendar = .nyse
    ) throws(PriceCSVError) -> PriceImport {
        let rows = try CSVRecords.split(text).filter { !$0.isBlank }
        guard let first = rows.first else { throw PriceCSVError(line: nil, problem: .noRows) }
        let (dateIndex, closeIndex, columnName, hasHeader) = try layout(first, column: column)
        var dated: [(line: Int, date: CivilDate, close: Double?)] = []
        for row in rows.dropFirst(hasHeader ? 1 : 0) {
            let cells = row.fields.map(\.trimmingSpaces)
            guard cells.count > max(dateIndex, closeIndex) else {
                throw PriceCSVError(
                    line: row.line,
                    problem: .missingField(
                        column: columnName,
                        expected: max(dateIndex, closeIndex) + 1,
                        got: cells.count))
            }
            let date: CivilDate
            do { date = try PriceFields.date(cells[dateIndex]) } catch {
                throw PriceCSVError(line: row.line, problem: error)
            }
            let cell = cells[closeIndex]
            if PriceFields.isNoPrice(cell) {
                dated.append((row.line, date, nil))
                continue
            }
            guard let close = PriceFields.close(cell), close.isFinite else {
                throw PriceCSVError(line: row.line, problem: .close(cell, column: columnName))
            }
            guard close > 0 else {
                throw PriceCSVError(line: row.line, problem: .notPositive(cell, column: columnName))
            }
            dated.append((row.line, date, close))
        }
        let newestFirst = dated.count > 1 && dated[1].date < dated[0].date
        try checkOrder(dated, newestFirst: newestFirst, calendar: calendar)
        let inOrder = newestFirst ? dated.reversed() : dated
        let closes = inOrder.compactMap { r in r.close.map { PricePoint(date: r.date, price: $0) } }
        guard let start = closes.first?.date, let end = closes.last?.date else {
            throw PriceCSVError(line: nil, problem: .noRows)
        }
        return PriceImport(
            closes: closes, column: columnName, newestFirst: newestFirst,
            noPriceDates: inOrder.filter { $0.close == nil && $0.date > start && $0.date < end }.map(\.date),
            missingDays: missingDays(closes, from: start, to: end, calendar: calendar))
    }

    /// Refuses a row dated on a day the NYSE was closed, a date repeated, or one out of the
    /// file's order (increasing, or decreasing throughout when its first two rows decrease).
    private static func checkOrder(
        _ dated: [(line: Int, date: CivilDate, close: Double?)], newestFirst: Bool,
        calendar: TradingCalendar
    ) throws(PriceCSVError) {
        for (i, row) in dated.enumerated() {
            if let why = Wording.closure(row.date, calendar: calendar) {
                throw PriceCSVError(line: row.line, problem: .closedDay(row.date, why: why))
            }
            guard i > 0 else { continue }
            let previous = dated[i - 1]
            if row.date == previous.date {
                throw PriceCSVError(line: row.line, problem: .repeated(row.date, previousLine: previous.line))
            }
            if (row.date < previous.date) != newestFirst {
                throw PriceCSVError(
                    line: row.line,
                    problem: .order(
                        row.date, previous: previous.date,
                        previousLine: previous.line, newestFirst: newestFirst))
            }
        }
    }

    /// The NYSE trading days from `start` to `end` that have no close.
    private static func missingDays(
        _ closes: [PricePoint], from start: CivilDate, to end: CivilDate,
        calendar: TradingCalendar
    ) -> [CivilDate] {
        let have = Set(closes.map(\.date))
        var missing: [CivilDate] = []
        var d = start
        while d <= end {
            if calendar.isTradingDay(d), !have.contains(d) { missing.append(d) }
            d = d.adding(days: 1)
        }
        return missing
    }

    /// Where the date and the close are, the close column's name, and whether `first` is a header.
    private static func layout(_ first: CSVRecord, column: String?) throws(PriceCSVError)
        -> (date: Int, close: Int, name: String, header: Bool)
    {
        let cells = first.fields.map(\.trimmingSpaces)
        let startsWithDate = (try? PriceFields.date(cells.first ?? "")) != nil
        // A header names its columns: a first row holding a number is data with a bad date.
        if !startsWithDate, cells.contains(where: { PriceFields.close($0) != nil }) {
            do { _ = try PriceFields.date(cells.first ?? "") } catch {
                throw PriceCSVError(line: first.line, problem: error)
            }
        }
        guard !startsWithDate else {
            if let column { throw PriceCSVError(line: first.line, problem: .columnWithoutHeader(column)) }
            guard cells.count == 2 else {
                throw PriceCSVError(line: first.line, problem: .headerlessColumns(cells.count))
            }
            return (0, 1, "2", false)
        }
        let lower = cells.map { $0.lowercased() }
        let dateIndex = lower.firstIndex(of: "date") ?? 0
        if let column {
            guard let i = lower.firstIndex(of: column.trimmingSpaces.lowercased()) else {
                throw PriceCSVError(line: first.line, problem: .noSuchColumn(column, columns: cells))
            }
            return (dateIndex, i, cells[i], true)
        }
        for name in closeNames {
            if let i = lower.firstIndex(of: name), i != dateIndex { return (dateIndex, i, cells[i], true) }
        }
        guard cells.count == 2 else { throw PriceCSVError(line: first.line, problem: .whichColumn(columns: cells)) }
        let i = 1 - dateIndex
        return (dateIndex, i, cells[i], true)
    }
}
