// The NYSE full-day holiday rules (weekend observance, Good Friday, Juneteenth from 2022),
// plus the few one-off closures since 2001 that no rule predicts.
import CivilTime

/// One exchange holiday: its name and the date the market is closed.
public struct ExchangeHoliday: Hashable, Sendable {
    public var name: String
    public var date: CivilDate
}

enum NYSEHolidays {
    /// The full-day closures of `year`, in date order.
    static func holidays(in year: Int) -> [ExchangeHoliday] {
        var out: [ExchangeHoliday] = []
        func add(_ name: String, _ date: CivilDate?) {
            if let date, date.year == year { out.append(ExchangeHoliday(name: name, date: date)) }
        }
        // New Year's Day: Sunday moves to Monday; Saturday is not observed, because the
        // Friday before closes a yearly accounting period (the NYSE rule).
        if let jan1 = CivilDate(year: year, month: 1, day: 1), jan1.weekday != 6 {
            add("New Year's Day", observed(jan1))
        }
        add("Martin Luther King Jr. Day", nthWeekday(3, 1, month: 1, year: year))
        add("Washington's Birthday", nthWeekday(3, 1, month: 2, year: year))
        add("Good Friday", easter(year).adding(days: -2))
        add("Memorial Day", lastWeekday(1, month: 5, year: year))
        if year >= 2022, let d = CivilDate(year: year, month: 6, day: 19) { add("Juneteenth", observed(d)) }
        if let d = CivilDate(year: year, month: 7, day: 4) { add("Independence Day", observed(d)) }
        add("Labor Day", nthWeekday(1, 1, month: 9, year: year))
        add("Thanksgiving Day", nthWeekday(4, 4, month: 11, year: year))
        if let d = CivilDate(year: year, month: 12, day: 25) { add("Christmas Day", observed(d)) }
        for special in specialClosures where special.date.year == year { out.append(special) }
        return out.sorted { $0.date < $1.date }
    }

    /// Closures decided case by case (mournings, storms, 9/11), so that historical CSV
    /// prices land on the right days. Only these; future years follow the rules alone.
    static let specialClosures: [ExchangeHoliday] = {
        let list: [(String, Int, Int, Int)] = [
            ("September 11 attacks", 2001, 9, 11), ("September 11 attacks", 2001, 9, 12),
            ("September 11 attacks", 2001, 9, 13), ("September 11 attacks", 2001, 9, 14),
            ("Mourning for President Reagan", 2004, 6, 11),
            ("Mourning for President Ford", 2007, 1, 2),
            ("Hurricane Sandy", 2012, 10, 29), ("Hurricane Sandy", 2012, 10, 30),
            ("Mourning for President G. H. W. Bush", 2018, 12, 5),
            ("Mourning for President Carter", 2025, 1, 9),
        ]
        return list.compactMap { name, y, m, d in
            CivilDate(year: y, month: m, day: d).map { ExchangeHoliday(name: name, date: $0) }
        }
    }()

    /// Saturday holidays are observed on Friday, Sunday ones on Monday.
    static func observed(_ date: CivilDate) -> CivilDate {
        switch date.weekday {
        case 6: return date.adding(days: -1)
        case 0: return date.adding(days: 1)
        default: return date
        }
    }

    /// The n-th given weekday (0 = Sunday) of a month.
    static func nthWeekday(_ n: Int, _ weekday: Int, month: Int, year: Int) -> CivilDate? {
        guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
        let offset = (weekday - first.weekday + 7) % 7
        return first.adding(days: offset + 7 * (n - 1))
    }

    /// The last given weekday of a month.
    static func lastWeekday(_ weekday: Int, month: Int, year: Int) -> CivilDate? {
        guard let last = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year)) else {
            return nil
        }
        return last.adding(days: -((last.weekday - weekday + 7) % 7))
    }

    /// Gregorian Easter Sunday (the anonymous Meeus/Jones/Butcher computus).
    static func easter(_ year: Int) -> CivilDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(dayNumber: CivilDate.days(fromCivil: year, month, day))
    }
}
