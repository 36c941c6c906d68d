// The trading calendar `td` durations count on: the session's host supplies it (the deal
// library gives NYSE), and it is bound for the statements that session runs.
import CivilTime

/// The step counter of the session whose statements are running on this thread, for work
/// done where no context reaches (`+` on long lists and strings).
/// Only the thread running the session's statements calls it, hence `@unchecked Sendable`.
final class StepMeter: @unchecked Sendable {
    /// Bound by `Session` around its statements to its runtime's `charge`.
    @TaskLocal static var current: StepMeter?

    let charge: (Double, String) throws -> Void
    init(_ charge: @escaping (Double, String) throws -> Void) { self.charge = charge }

    /// Counts `steps` of work against `--max-steps` (nothing when no session is running).
    static func charge(_ steps: Double, _ what: @autoclosure () -> String) throws {
        if let meter = current { try meter.charge(steps, what()) }
    }
}

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
