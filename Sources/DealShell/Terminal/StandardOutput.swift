// The output sink on the process's stdout and stderr.
import CEditLine
import DealScript

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes normal output to stdout and diagnostics to stderr, keeping their order.
public final class StandardOutput: OutputSink {
    /// Whether diagnostics are coloured (stderr is a terminal and colour is allowed).
    public let colorErrors: Bool
    /// Whether diagnostics are written as JSON documents (`--json`).
    public let json: Bool

    /// A sink on the process's standard streams; `colorErrors` paints diagnostics red.
    public init(colorErrors: Bool = false, json: Bool = false) {
        self.colorErrors = colorErrors
        self.json = json
    }

    public func write(_ text: String) {
        fputs(text, tranche_stdout())
    }

    public func report(_ diagnostic: Diagnostic) {
        writeError(DiagnosticText.text(diagnostic, color: colorErrors, json: json))
    }

    /// A message of the shell's own (not a script's diagnostic) on standard error.
    public func writeError(_ text: String) {
        fflush(tranche_stdout())
        fputs(text, tranche_stderr())
        fflush(tranche_stderr())
    }
}
