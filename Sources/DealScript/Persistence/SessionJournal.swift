// What a session remembers of its statements: the ones that succeeded (for `history save`)
// and, while `record` runs, a transcript of inputs and what they printed.
import Foundation

/// The session's memory of its statements; `Session` feeds it, persistence commands read it.
final class SessionJournal {
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

    /// A statement is about to run.
    func entered(_ text: String) {
        recording?.transcript.entries.append(Transcript.Entry(input: text, output: ""))
    }

    /// A statement finished; `command` is the command it calls, if it is a command statement.
    func finished(_ text: String, command: String?, succeeded ok: Bool) {
        if ok, !SessionJournal.notReplayed.contains(command ?? "") { succeeded.append(text) }
        flush()
    }

    /// Text the session printed (output or a diagnostic).
    func printed(_ text: String, isError: Bool) {
        guard recording != nil, let last = recording?.transcript.entries.indices.last else { return }
        recording?.transcript.entries[last].output += isError ? Transcript.withoutLocation(text) : text
    }

    /// Writes the transcript so far: a session killed while recording keeps what it did.
    func flush() {
        guard let r = recording else { return }
        try? AtomicFile.write(r.transcript.text, to: r.path, for: "record")
    }
}

/// The sink a session's commands print through: the shell's own, copied into the journal.
final class JournalOutput: OutputSink {
    let base: OutputSink
    let journal: SessionJournal

    init(_ base: OutputSink, journal: SessionJournal) {
        self.base = base
        self.journal = journal
    }

    func write(_ text: String) {
        base.write(text)
        journal.printed(text, isError: false)
    }

    func writeError(_ text: String) {
        base.writeError(text)
        journal.printed(text, isError: true)
    }
}

extension CommandContext {
    /// The journal of the session this context belongs to.
    var journal: SessionJournal? { (output as? JournalOutput)?.journal }
}

extension Statement {
    /// The command a command statement calls (`vesting`, `history save`), nil otherwise.
    var commandName: String? {
        guard case .expression(let e, _) = kind, case .call(let callee, _) = e.kind,
              case .name(let name) = callee.kind else { return nil }
        return name
    }
}

/// The text of each statement in `source`: from its start to the next one's, without the
/// blank and comment-only lines that trail it.
func statementTexts(_ source: String, starts: [Int]) -> [String] {
    let scalars = Array(source.unicodeScalars)
    var texts: [String] = []
    for (i, start) in starts.enumerated() {
        let end = i + 1 < starts.count ? starts[i + 1] : scalars.count
        guard start >= 0, start <= end, end <= scalars.count else { texts.append(""); continue }
        var lines = String(String.UnicodeScalarView(scalars[start..<end])).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let last = lines.last, lines.count > 1 {
            let t = last.trimmingCharacters(in: .whitespaces)
            if t.isEmpty || t.hasPrefix("#") { lines.removeLast() } else { break }
        }
        var text = lines.joined(separator: "\n")
        while text.last == " " || text.last == "\t" || text.last == "\r" || text.last == ";" { text.removeLast() }
        texts.append(text)
    }
    return texts
}
