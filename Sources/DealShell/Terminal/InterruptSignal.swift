// Ctrl-C: a SIGINT handler without SA_RESTART that only raises the interrupt flag, so a
// blocked read at the prompt returns EINTR and a running statement stops between steps.
// Pressed twice more while a stop is still pending, it ends the process (status 130): the
// way out of work that never checks the flag.
import CEditLine
import DealScript
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Installs the shell's SIGINT handler.
public enum InterruptSignal {
    /// The exit status of a run stopped by Ctrl-C (128 + SIGINT), as shells report it.
    public static let exitStatus: Int32 = 130
    /// Ctrl-C presses since the last one that found no stop pending.
    private static let unheeded = Atomic<Int>(0)

    /// Routes SIGINT to `Interrupt.request()` for the rest of the process.
    public static func install() {
        _ = tranche_install_sigint { _ in InterruptSignal.handle() }
    }

    /// Async-signal-safe: atomics and `_exit` only.
    private static func handle() {
        if Interrupt.isRequested {
            if unheeded.add(1, ordering: .relaxed).newValue >= 2 { _exit(exitStatus) }
        } else {
            unheeded.store(0, ordering: .relaxed)
            Interrupt.request()
        }
    }
}
