// The NYSE trading calendar: which civil dates are trading days, and counting them.
import CivilTime

/// NYSE full trading days: weekdays that are not exchange holidays (see `NYSEHolidays`).
/// Years 1900...2299 are answered from a table built once; other years by the rules directly.
public struct TradingCalendar: TradingDayCalendar {
    public static let nyse = TradingCalendar()

    public init() {}

    /// True when the exchange is open for a full day on `date`.
    public func isTradingDay(_ date: CivilDate) -> Bool {
        if let i = TradingDayTable.shared.index(of: date) { return TradingDayTable.shared.open[i] }
        let w = date.weekday
        if w == 0 || w == 6 { return false }
        // Far from any deal: no holiday rules outside this range (and no overflow).
        guard (-100_000...100_000).contains(date.year) else { return true }
        return !NYSEHolidays.holidays(in: date.year).contains { $0.date == date }
    }

    /// The exchange holidays (full-day closures) falling in `year`, in date order.
    public func holidays(in year: Int) -> [ExchangeHoliday] {
        guard (-100_000...100_000).contains(year) else { return [] }
        return NYSEHolidays.holidays(in: year)
    }

    /// The holiday on `date`, if the exchange is closed for one.
    public func holiday(on date: CivilDate) -> ExchangeHoliday? {
        holidays(in: date.year).first { $0.date == date }
    }

    /// The first trading day on or after `date`.
    public func tradingDay(onOrAfter date: CivilDate) -> CivilDate {
        var d = date
        while !isTradingDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// The last trading day on or before `date`.
    public func tradingDay(onOrBefore date: CivilDate) -> CivilDate {
        var d = date
        while !isTradingDay(d) { d = d.adding(days: -1) }
        return d
    }

    /// Moves `count` trading days from `date` (forward when positive, backward when negative).
    public func advance(_ date: CivilDate, tradingDays count: Int) -> CivilDate {
        var d = date
        var left = count.magnitude
        let step = count >= 0 ? 1 : -1
        while left > 0 {
            d = d.adding(days: step)
            if isTradingDay(d) { left -= 1 }
        }
        return d
    }

    /// Trading days in `first...last` (both ends included); 0 when `last` is before `first`.
    public func tradingDays(from first: CivilDate, through last: CivilDate) -> Int {
        guard first <= last else { return 0 }
        let table = TradingDayTable.shared
        if let i = table.index(of: first), let j = table.index(of: last) {
            return Int(table.before[j + 1] - table.before[i])
        }
        var n = 0
        var d = first
        while d <= last {
            if isTradingDay(d) { n += 1 }
            d = d.adding(days: 1)
        }
        return n
    }

    /// Trading days in a calendar year (2026: 251).
    public func tradingDays(inYear year: Int) -> Int {
        guard let a = CivilDate(year: year, month: 1, day: 1), let b = CivilDate(year: year, month: 12, day: 31) else {
            return 0
        }
        return tradingDays(from: a, through: b)
    }
}

/// Open/closed for every day of 1900...2299, and running counts for O(1) interval counts.
final class TradingDayTable: Sendable {
    static let shared = TradingDayTable(firstYear: 1900, lastYear: 2299)

    let firstDay: Int
    let open: [Bool]
    /// `before[k]` = trading days among the table's first k days.
    let before: [Int32]

    init(firstYear: Int, lastYear: Int) {
        let start = CivilDate.days(fromCivil: firstYear, 1, 1)
        let end = CivilDate.days(fromCivil: lastYear, 12, 31)
        var open = [Bool](repeating: false, count: end - start + 1)
        for k in open.indices {
            let w = ((start + k) % 7 + 7 + 4) % 7
            open[k] = w != 0 && w != 6
        }
        for year in firstYear...lastYear {
            for h in NYSEHolidays.holidays(in: year) { open[h.date.dayNumber - start] = false }
        }
        var before = [Int32](repeating: 0, count: open.count + 1)
        for k in open.indices { before[k + 1] = before[k] + (open[k] ? 1 : 0) }
        self.firstDay = start
        self.open = open
        self.before = before
    }

    func index(of date: CivilDate) -> Int? {
        let k = date.dayNumber &- firstDay
        return k >= 0 && k < open.count ? k : nil
    }
}
