// What a session remembers of its statements: the ones that succeeded (for `history save`)
// and, while `record` runs, a transcript of inputs and what they printed.
import DealModel
import DealScript
import Foundation

/// The session's memory of its statements: it observes the session, persistence commands read it.
final class SessionJournal: StatementObserver {
    /// Top-level statements that succeeded, in order, as typed.
    private(set) var succeeded: [String] = []
    /// The transcript being recorded, if any.
    var recording: Recording?

    /// A transcript under way: where it goes and what it holds so far.
    struct Recording {
        var path: String
        var transcript = Transcript()
    }

    /// Commands whose effect is on files, not on the scenario: replaying them from history
    /// would write files again, so `history save` leaves them out.
    static let notReplayed: Set<String> = ["save", "history save", "record", "record stop", "export"]

    func statementStarted(_ text: String) {
        recording?.transcript.entries.append(Transcript.Entry(input: text, output: ""))
    }

    func statementFinished(_ text: String, command: String?, succeeded ok: Bool) {
        if ok, !SessionJournal.notReplayed.contains(command ?? "") { succeeded.append(text) }
        flush()
    }

    func statementPrinted(_ text: String) {
        appendToRecording(text)
    }

    /// A diagnostic goes into a transcript rendered, without its file and line (a replay
    /// runs the entries from another file).
    func statementReported(_ diagnostic: Diagnostic) {
        appendToRecording(Transcript.withoutLocation(diagnostic.rendered()))
    }

    private func appendToRecording(_ text: String) {
        guard recording != nil, let last = recording?.transcript.entries.indices.last else { return }
        recording?.transcript.entries[last].output += text
    }

    /// Writes the transcript so far: a session killed while recording keeps what it did.
    func flush() {
        guard let r = recording else { return }
        try? AtomicFile.write(r.transcript.text, to: r.path, for: "record")
    }
}

