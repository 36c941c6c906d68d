// Teaching tests' support: a session on the built-in scenario and a command's text output.
@testable import DealLibrary
@testable import DealScript

/// A fresh session with the built-in `amd-openai` scenario, writing into a buffer.
func builtInSession() -> (Session, Buffer) {
    let buffer = Buffer()
    return (DealSession.make(output: buffer), buffer)
}

/// What `entry` prints on the built-in scenario at 80 columns without colour (or its error).
func printed(_ entry: String, in session: Session? = nil) -> String {
    let buffer = Buffer()
    let s = session ?? DealSession.make(output: buffer)
    let before = (s.output as? Buffer)?.out.count ?? 0
    let ok = s.runEntry(entry, file: "t.deal", firstLine: 1)
    let out = (s.output as? Buffer)?.out ?? ""
    let err = (s.output as? Buffer)?.err ?? ""
    return ok ? String(out.dropFirst(before)) : "ERROR: " + err
}
