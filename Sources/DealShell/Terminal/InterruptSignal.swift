// Ctrl-C: a SIGINT handler without SA_RESTART that only raises the interrupt flag, so a
// blocked read at the prompt returns EINTR and a running statement stops between steps.
import CEditLine
import DealScript

/// Installs the shell's SIGINT handler.
public enum InterruptSignal {
    /// Routes SIGINT to `Interrupt.request()` for the rest of the process.
    public static func install() {
        _ = tranche_install_sigint { _ in Interrupt.request() }
    }
}
