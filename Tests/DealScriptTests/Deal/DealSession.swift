// Test support: a session with the deal commands and the built-in scenario, its output kept,
// and a runner for test scripts with `# expect:` / `# expect error:` lines.
import Foundation
@testable import DealScript

/// Output kept in memory.
final class Captured: OutputSink {
    var text = ""
    var errors = ""
    func write(_ t: String) { text += t }
    func writeError(_ t: String) { errors += t }
}

/// A session with the deal vocabulary; `builtIn` loads `amd-openai` into `base`.
func dealSession(builtIn: Bool = true, width: Int = 120, json: Bool = false) -> (Session, Captured) {
    let out = Captured()
    let session = Session(options: SessionOptions(json: json, width: width), output: out, loadBuiltIn: false)
    if session.commands.command(named: "tranche") == nil { session.commands.registerDealVocabulary() }
    if builtIn { _ = session.runScript("load \"amd-openai\"", file: "<built-in>") }
    return (session, out)
}

/// The value of an expression in a fresh built-in session (or `session`), kept by a test command.
func evaluate(_ expression: String, in session: Session? = nil) throws -> Value {
    let s = session ?? dealSession().0
    final class Box { var value: Value = .nil }
    let box = Box()
    s.commands.register(Command("keep_value", help: "test: keeps its argument",
                                parameters: [.positional("value", .any)]) { args, _ in
        box.value = args.positional[0]
        return .nil
    })
    guard s.runScript("keep_value(\(expression))", file: "<test>") else {
        throw ScriptError(s.lastDiagnostic?.message ?? "failed")
    }
    return box.value
}

/// The package's root folder (tests run from anywhere).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Runs a test script the way `tranche test` does, with the deal commands registered
/// (the language's runner creates plain sessions); returns failure lines, empty when it passed.
func runTestScript(_ path: String) -> [String] {
    guard let source = try? String(contentsOfFile: path, encoding: .utf8) else { return ["\(path): unreadable"] }
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var expectations: [(line: Int, error: Bool, text: String)] = []
    for (i, l) in lines.enumerated() {
        for (marker, isError) in [("# expect error: ", true), ("# expect: ", false)] {
            if let r = l.range(of: marker) { expectations.append((i + 1, isError, String(l[r.upperBound...]).trimmingCharacters(in: .whitespaces))); break }
        }
    }
    let (session, out) = dealSession(builtIn: true)
    let starts = session.statementLines(source)
    var failures: [String] = []
    var index = 0
    let syntax = session.runStatements(source, file: path) { report in
        let next = index + 1 < starts.count ? starts[index + 1] : Int.max
        index += 1
        var printed = out.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if printed.last == "" { printed.removeLast() }
        out.text = ""
        let mine = expectations.filter { $0.line >= report.line && $0.line < next }
        let errorExpected = mine.first { $0.error }
        if let d = report.diagnostic {
            guard let e = errorExpected else { failures.append("\(path):\(d.line): \(d.message)"); return false }
            if !d.message.contains(e.text) { failures.append("\(path):\(e.line): expected error `\(e.text)`, got `\(d.message)`") }
        } else if let e = errorExpected {
            failures.append("\(path):\(e.line): expected error `\(e.text)`, but it succeeded")
        }
        for (i, e) in mine.filter({ !$0.error }).enumerated() where i >= printed.count || printed[i] != e.text {
            failures.append("\(path):\(e.line): expected `\(e.text)`, got `\(i < printed.count ? printed[i] : "nothing")`")
        }
        return true
    }
    if let syntax { failures.append("\(path):\(syntax.line): \(syntax.message)") }
    return failures
}
