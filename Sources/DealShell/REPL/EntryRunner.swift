// What the REPL needs from the language: run an entry, and say whether it is complete yet.
import DealScript

/// Runs entries typed at the prompt; `Session` is the real one, tests use a fake.
public protocol EntryRunner: AnyObject {
    /// Runs one entry; returns true when it succeeded.
    func runEntry(_ source: String, file: String, firstLine: Int) -> Bool
    /// True while `source` is unfinished (an open `{ ( [` or string).
    func needsMoreInput(_ source: String) -> Bool
    /// Renders into `columns` from the next entry on (the terminal was resized).
    func useWidth(_ columns: Int)
    /// True when `source` does not parse (a syntax error), as opposed to failing as it ran.
    func failsToParse(_ source: String) -> Bool
}

extension EntryRunner {
    public func useWidth(_ columns: Int) {}
    public func failsToParse(_ source: String) -> Bool { false }
}

extension Session: EntryRunner {
    public func failsToParse(_ source: String) -> Bool { statementLines(source).isEmpty }
}
