// The trading calendar `td` durations count on: the session's host supplies it (the deal
// library gives NYSE), and it is bound for the statements that session runs.
import CivilTime

/// The calendar of the session whose statements are running on this thread.
enum SessionCalendar {
    /// Bound by `Session` around its statements; nil when the host gave no calendar.
    @TaskLocal static var current: (any TradingDayCalendar)?

    /// `date` moved by `n` trading days, or an error when the session has no trading calendar.
    static func advance(_ date: CivilDate, tradingDays n: Int) throws -> CivilDate {
        guard let calendar = current else {
            throw ScriptError("trading days (td) need a trading calendar, and this session has none")
        }
        return calendar.advance(date, tradingDays: n)
    }
}
