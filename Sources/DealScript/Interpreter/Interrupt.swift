// The flag a SIGINT handler sets to stop a running statement between interpreter steps.
import Synchronization

/// Process-wide interrupt request: set from a signal handler, polled by long-running work.
public enum Interrupt {
    private static let flag = Atomic<Bool>(false)

    /// Asks the running statement to stop (async-signal-safe: one atomic store).
    public static func request() { flag.store(true, ordering: .relaxed) }
    /// Clears a pending request; the shell calls this before each statement.
    public static func clear() { flag.store(false, ordering: .relaxed) }
    /// True when a stop has been requested since the last `clear()`.
    public static var isRequested: Bool { flag.load(ordering: .relaxed) }
}
