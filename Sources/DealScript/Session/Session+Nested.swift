// A script run inside the running statement (`source "FILE"`): all of it, or none of it.

extension Session {
    /// Runs `source` as part of the running top-level statement: each of its statements in
    /// order, in this session (its variables and the host's state), each in its own nested
    /// part of the undo log. A syntax error runs nothing; the first failure is thrown as a
    /// `Diagnostic` pointing into `file`, and the statement around takes back everything the
    /// script did. Observers see only the statement around (one entry in history and undo).
    func runNested(source: String, file: String) throws {
        guard context.undo.epoch != 0 else { throw ScriptError("a nested script runs only inside a statement") }
        let sourceID = sources.count
        let text = SourceText(source, file: file, firstLine: 1)
        sources.append(text)
        let statements = try parse(text, sourceID: sourceID)
        for statement in statements {
            try execute(statement, file: file, echo: false)
        }
    }
}
