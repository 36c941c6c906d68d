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
    var recording: TranscriptRecording?

    /// Commands whose effect is on files, not on the scenario: replaying them from history
    /// would write files again, so `history save` leaves them out.
    static let notReplayed: Set<String> = ["save", "history save", "record", "record stop", "export"]

    func statementStarted(_ text: String) {
        recording?.begin(text)
    }

    func statementFinished(_ text: String, command: String?, succeeded ok: Bool) {
        if ok, !SessionJournal.notReplayed.contains(command ?? "") { succeeded.append(text) }
        recording?.finish()
    }

    func statementPrinted(_ text: String) {
        recording?.add(text)
    }

    /// A diagnostic goes into a transcript rendered, without its file and line (a replay
    /// runs the entries from another file).
    func statementReported(_ diagnostic: Diagnostic) {
        recording?.add(Transcript.withoutLocation(diagnostic.rendered()))
    }
}
