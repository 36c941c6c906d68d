import Foundation

// Test support: a session writing into strings, markers that say where a caret must point,
// scratch folders and the repository's root.
@testable import DealLibrary
@testable import DealScript

/// Output and diagnostics kept in memory (the one capturing sink of these tests).
final class Buffer: OutputSink {
    var out = ""
    var err = ""
    func write(_ text: String) { out += text }
    func report(_ diagnostic: Diagnostic) { err += diagnostic.rendered() }
}

/// Runs `source` as a script in a fresh session; returns stdout, stderr and success.
/// The process-wide interrupt flag is left alone (other tests toggle it in parallel) unless
/// `interrupted` says otherwise.
func run(
    _ source: String, options: SessionOptions = SessionOptions(),
    interrupted: @escaping @Sendable () -> Bool = { false }
) -> (out: String, err: String, ok: Bool) {
    let buffer = Buffer()
    let session = DealSession.make(options: options, output: buffer, loadBuiltIn: false)
    session.context.interruptRequested = interrupted
    let ok = session.runScript(source, file: "t.deal")
    return (buffer.out, buffer.err, ok)
}

/// The value `expression` evaluates to, as displayed.
func show(_ expression: String) -> String {
    let r = run("print \(expression)")
    return r.ok ? String(r.out.dropLast()) : "ERROR: " + r.err
}

/// Removes the `1️⃣` marker from `marked` and returns the source and the marker's line and column.
func unmark(_ marked: String) -> (source: String, line: Int, column: Int) {
    var line = 1
    var column = 1
    var source = ""
    var found = (0, 0)
    var rest = Substring(marked)
    while !rest.isEmpty {
        if rest.hasPrefix("1️⃣") {
            found = (line, column)
            rest = rest.dropFirst("1️⃣".count)
            continue
        }
        let c = rest.removeFirst()
        source.append(c)
        if c == "\n" {
            line += 1
            column = 1
        } else {
            column += c.unicodeScalars.count
        }
    }
    return (source, found.0, found.1)
}

/// The diagnostic a marked script produces, checked to sit at the marker.
func diagnostic(_ marked: String) -> (Diagnostic?, line: Int, column: Int) {
    let (source, line, column) = unmark(marked)
    let buffer = Buffer()
    let session = DealSession.make(output: buffer, loadBuiltIn: false)
    _ = session.runScript(source, file: "t.deal")
    return (session.lastDiagnostic, line, column)
}

/// A new empty folder under the temporary directory.
func scratchFolder() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tranche-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

/// The repository's root folder (tests run from anywhere).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
