// Statements read from a pipe or file on standard input: joined as the shell joins them,
// no prompt, no editor; a failure is reported and the next statement still runs (the rest of
// a statement that does not parse is dropped with it).
import DealScript

/// Runs every entry of a non-interactive standard input, like sqlite3 does.
public struct PipedSession {
    let runner: EntryRunner
    let editor: LineEditor
    let file: String

    /// A piped run of `runner` over the lines `editor` reads; diagnostics name `file`.
    public init(runner: EntryRunner, editor: LineEditor, file: String = "<stdin>") {
        self.runner = runner
        self.editor = editor
        self.file = file
    }

    /// Runs to the end of input (or `exit`); the exit status is 1 if any entry failed.
    public func run() -> Int32 {
        var reader = EntryReader()
        var failed = false
        while true {
            let read = reader.next(
                readLine: { editor.readLine(prompt: $0) },
                needsMoreInput: { runner.needsMoreInput($0) })
            switch read {
            case .endOfInput:
                return failed || Interrupt.isRequested ? 1 : 0
            case .interrupted:
                return 1
            case .entry(let text, let firstLine):
                if text.trimmingSpaces().isEmpty { continue }
                var statement = text
                switch ShellWord(text) {
                case .exit?: return failed ? 1 : 0
                case .clear?: continue  // a pipe has no screen to clear
                case .instead(let entry)?: statement = entry
                case .hint(let line)?:
                    // Another tool's habit with no form here fails the run, with the right form.
                    StandardOutput().writeError("\(file):\(firstLine): \(line)\n")
                    failed = true
                    continue
                case .history?, nil: break
                }
                Interrupt.clear()
                if !runner.runEntry(statement, file: file, firstLine: firstLine) {
                    failed = true
                    // The rest of a statement that does not parse is dropped, not run on its own.
                    if runner.failsToParse(text) {
                        reader.skipRestOfBroken(text, readLine: { editor.readLine(prompt: $0) })
                    }
                }
                if Interrupt.isRequested { return 1 }  // Ctrl-C stops the whole run, not one statement
            }
        }
    }
}
