// The NYSE trading calendar: which civil dates are trading days.

/// NYSE full trading days. (Skeleton: weekdays only; the holiday rules come with the deal model.)
public struct TradingCalendar: Sendable {
    public static let nyse = TradingCalendar()

    public init() {}

    /// True when the exchange is open for a full day on `date`.
    public func isTradingDay(_ date: CivilDate) -> Bool {
        let w = date.weekday
        return w != 0 && w != 6
    }

    /// The first trading day on or after `date`.
    public func tradingDay(onOrAfter date: CivilDate) -> CivilDate {
        var d = date
        while !isTradingDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// Moves `count` trading days from `date` (forward when positive, backward when negative).
    public func advance(_ date: CivilDate, tradingDays count: Int) -> CivilDate {
        var d = date
        var left = abs(count)
        let step = count >= 0 ? 1 : -1
        while left > 0 {
            d = d.adding(days: step)
            if isTradingDay(d) { left -= 1 }
        }
        return d
    }
}
