// The interactive loop: prompt, read an entry (continuing open brackets), run it, remember it.
import DealScript

/// The REPL on a terminal: Ctrl-C clears the line, Ctrl-D or `exit` leaves.
public final class InteractiveShell {
    let runner: EntryRunner
    let editor: LineEditor
    let history: HistoryStore
    let output: OutputSink
    /// The terminal's width now, asked before each entry so output follows a resize (a
    /// projector's larger font); nil keeps the width the session started with.
    public var terminalWidth: () -> Int? = { nil }
    /// Where the shell's own warnings go (standard error).
    public var warn: (String) -> Void = { _ in }
    /// Runs an entry (the closure given) and says in one line what it changed in the scenario,
    /// or nil; the shell prints the line after the entry's output. Only a person at the prompt
    /// sees it: scripts, pipes and transcripts never do.
    public var changeNote: ((() -> Void) -> String?)?

    /// What a second Ctrl-C on an empty prompt prints.
    public static let leaveHint = "(To leave, press Ctrl-D or type \"exit\")\n"

    /// A shell that runs entries with `runner`, reads with `editor`, and keeps `history`.
    public init(runner: EntryRunner, editor: LineEditor, history: HistoryStore, output: OutputSink) {
        self.runner = runner
        self.editor = editor
        self.history = history
        self.output = output
    }

    /// Runs until Ctrl-D or `exit`; returns the exit status (0).
    public func run() -> Int32 {
        var reader = EntryReader()
        var lastWasEmptyInterrupt = false
        var warnedAboutHistory = false
        while true {
            Interrupt.clear()
            let read = reader.next(
                readLine: { editor.readLine(prompt: $0) },
                needsMoreInput: { runner.needsMoreInput($0) })
            switch read {
            case .endOfInput:
                output.write("\n")
                return 0
            case .interrupted(let wasEmpty):
                output.write("\n")
                if wasEmpty && lastWasEmptyInterrupt { output.write(Self.leaveHint) }
                lastWasEmptyInterrupt = wasEmpty
            case .entry(let text, let firstLine):
                lastWasEmptyInterrupt = false
                if text.trimmingSpaces().isEmpty { continue }
                if !history.record(text), !warnedAboutHistory, let path = history.path {
                    // Once a session: the old file stays as it was, and Up still recalls.
                    warnedAboutHistory = true
                    warn(
                        "tranche: cannot write the history file \"\(path)\": \(history.failure ?? "unknown reason"); "
                            + "this session's entries are kept in memory only\n")
                }
                editor.addHistory(text)
                switch ShellWord(text) {
                case .exit?:
                    return 0
                case .history(let last)?:
                    output.write(history.listing(last: last))
                case .clear?:
                    output.write(ShellWord.clearScreen)
                case .instead(let entry)?:
                    _ = runner.runEntry(entry, file: "<stdin>", firstLine: firstLine)
                case .hint(let line)?:
                    output.write(line + "\n")
                case nil:
                    Interrupt.clear()
                    if let columns = terminalWidth() { runner.useWidth(columns) }
                    let run = { _ = self.runner.runEntry(text, file: "<stdin>", firstLine: firstLine) }
                    // undo and redo say themselves what they took back.
                    let word = text.trimmingSpaces().prefix { $0.isLetter }
                    if let changeNote, word != "undo", word != "redo" {
                        if let note = changeNote(run) { output.write(note + "\n") }
                    } else {
                        run()
                    }
                }
            }
        }
    }
}
