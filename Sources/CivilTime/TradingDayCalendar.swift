// The one thing about an exchange calendar that dates and durations need: stepping over
// trading days. The deal model supplies NYSE; the language takes whichever its host gives.

/// A calendar of trading days, as `td` durations count them.
public protocol TradingDayCalendar: Sendable {
    /// The date `n` trading days after `date` (before it when `n` is negative); from a
    /// non-trading day the first step lands on the next (or previous) trading day.
    func advance(_ date: CivilDate, tradingDays n: Int) -> CivilDate
}
