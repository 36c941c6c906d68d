// Test support for the language alone: a bare session (no deal library) writing into strings.
@testable import DealScript

/// Output and diagnostics kept in memory.
final class Buffer: OutputSink {
    var out = ""
    var err = ""
    var diagnostics: [Diagnostic] = []
    func write(_ text: String) { out += text }
    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
        err += diagnostic.rendered()
    }
}

/// Runs `source` in a fresh session of the language alone; returns stdout, stderr and success.
func run(_ source: String, in session: Session? = nil) -> (out: String, err: String, ok: Bool) {
    let buffer = Buffer()
    let session = session ?? Session(output: buffer)
    session.context.interruptRequested = { false }
    let ok = session.runScript(source, file: "t.deal")
    return (buffer.out, buffer.err, ok)
}

/// The value `expression` evaluates to, as displayed.
func show(_ expression: String) -> String {
    let r = run("print \(expression)")
    return r.ok ? String(r.out.dropLast()) : "ERROR: " + r.err
}
