// The statement observer hook: a host watches each top-level statement start, print and end
// (a host keeps its history and transcripts this way).

/// Watches the top-level statements a session runs.
public protocol StatementObserver: AnyObject {
    /// A statement is about to run; `text` is its source as written.
    func statementStarted(_ text: String)
    /// The running statement printed `text` (output), or reported `diagnostic`.
    func statementPrinted(_ text: String)
    func statementReported(_ diagnostic: Diagnostic)
    /// The statement ended; `command` is the command it calls, if it is a command statement.
    func statementFinished(_ text: String, command: String?, succeeded: Bool)
}

/// The sink a session prints through: the host's own, with every observer told.
final class ObservedOutput: OutputSink {
    let base: OutputSink
    var observers: [StatementObserver] = []

    init(_ base: OutputSink) { self.base = base }

    func write(_ text: String) {
        base.write(text)
        for o in observers { o.statementPrinted(text) }
    }

    func report(_ diagnostic: Diagnostic) {
        base.report(diagnostic)
        for o in observers { o.statementReported(diagnostic) }
    }
}
