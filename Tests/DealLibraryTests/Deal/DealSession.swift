// Test support: a session with the built-in scenario and its output kept.
@testable import DealLibrary
@testable import DealScript

/// A session with the deal vocabulary; `builtIn` loads `amd-openai` into `base`.
func dealSession(builtIn: Bool = true, width: Int = 120, json: Bool = false) -> (Session, Buffer) {
    let out = Buffer()
    let session = DealSession.make(options: SessionOptions(json: json, width: width), output: out, loadBuiltIn: false)
    if builtIn { _ = session.runScript("load \"amd-openai\"", file: "<built-in>") }
    return (session, out)
}

/// The value of an expression in a fresh built-in session (or `session`), kept by a test command.
func evaluate(_ expression: String, in session: Session? = nil) throws -> Value {
    let s = session ?? dealSession().0
    final class Box { var value: Value = .nil }
    let box = Box()
    s.commands.register(
        Command(
            "keep_value", help: "test: keeps its argument",
            parameters: [.positional("value", .any)]
        ) { args, _ in
            box.value = args.positional[0]
            return .nil
        })
    guard s.runScript("keep_value(\(expression))", file: "<test>") else {
        throw ScriptError(s.lastDiagnostic?.message ?? "failed")
    }
    return box.value
}
