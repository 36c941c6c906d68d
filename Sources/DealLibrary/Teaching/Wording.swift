// How teaching text writes the deal's figures and days: the same scales the language
// prints, weekday names, and the price measure in words.
import CivilTime
import DealModel
import DealScript

enum Wording {
    static func gigawatts(_ watts: Double) -> String { NumberFormat.quantity(watts, .watts) }
    static func money(_ dollars: Double) -> String { NumberFormat.quantity(dollars, .dollars) }
    static func count(_ n: Double) -> String { NumberFormat.plain(n.rounded()) }
    static func shares(_ n: Int) -> String { NumberFormat.plain(Double(n)) }

    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// `2028-10-14, a Saturday` for a day the market is closed; the plain date otherwise.
    static func day(_ date: CivilDate, calendar: TradingCalendar = .nyse) -> String {
        if calendar.isTradingDay(date) { return date.description }
        let name = weekdays[date.weekday]
        if date.weekday == 0 || date.weekday == 6 { return "\(date), a \(name)" }
        return "\(date), " + (calendar.holiday(on: date).map { "\($0.name), a market holiday" } ?? "a market holiday")
    }

    /// Why the market is shut on `date` (`a Saturday`, `Thanksgiving, a market holiday`), nil on a trading day.
    static func closure(_ date: CivilDate, calendar: TradingCalendar = .nyse) -> String? {
        if calendar.isTradingDay(date) { return nil }
        if date.weekday == 0 || date.weekday == 6 { return "a " + weekdays[date.weekday] }
        return (calendar.holiday(on: date).map { $0.name + ", " } ?? "") + "a market holiday"
    }

    /// `the 20-trading-day average close` or `the closing price`.
    static func measure(_ m: PriceMeasure) -> String {
        m.window > 1 ? "the \(m.window)-trading-day average close" : "the closing price"
    }

    /// `12mo`, `0d`.
    static func duration(_ d: CalendarDuration) -> String { Value.duration(d).display }
}
