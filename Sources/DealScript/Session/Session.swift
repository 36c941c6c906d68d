// The public face of the language: one interpreter session that the runner, the REPL and
// the test runner drive. Its signatures are the contract between DealScript and DealShell.
import DealModel

/// Where a session writes what it prints. The shell passes stdout/stderr; tests pass a buffer.
public protocol OutputSink: AnyObject {
    /// Normal output (`print`, a REPL value, tables). `text` ends with a newline.
    func write(_ text: String)
    /// Diagnostics: errors and failed assertions, already rendered. `text` ends with a newline.
    func writeError(_ text: String)
}

/// Options a session is started with; the command line sets them.
public struct SessionOptions: Sendable {
    /// Overrides the scenario's random seed (`--seed N`).
    public var seed: UInt64?
    /// Caps worker threads (`--threads N`); nil means every core.
    public var threads: Int?
    /// Bounds interpreter steps per run (`--max-steps N`); nil means unbounded.
    public var maxSteps: Int?
    /// `--sandbox`: no file reads or writes except `allowedFiles`.
    public var sandbox: Bool
    /// Files a sandboxed session may still read (the scripts named on the command line).
    public var allowedFiles: Set<String>
    /// `--json`: every printed value as one JSON document per line.
    public var json: Bool
    /// Colour in rendered output (the shell decides: terminal, NO_COLOR, --no-color).
    public var color: Bool
    /// Output width in columns for tables and charts.
    public var width: Int

    public init(seed: UInt64? = nil, threads: Int? = nil, maxSteps: Int? = nil,
                sandbox: Bool = false, allowedFiles: Set<String> = [], json: Bool = false,
                color: Bool = false, width: Int = 80) {
        self.seed = seed
        self.threads = threads
        self.maxSteps = maxSteps
        self.sandbox = sandbox
        self.allowedFiles = allowedFiles
        self.json = json
        self.color = color
        self.width = width
    }
}

/// One interpreter session: its variables, functions and scenarios live across calls.
public final class Session {
    public let options: SessionOptions
    public let output: OutputSink

    /// A session with the built-in `amd-openai` scenario loaded when `loadBuiltIn` is true.
    public init(options: SessionOptions = SessionOptions(), output: OutputSink, loadBuiltIn: Bool = true) {
        self.options = options
        self.output = output
    }

    /// Runs a whole script; stops at the first error or failed assertion and reports it.
    /// Returns true when every statement succeeded.
    public func runScript(_ source: String, file: String) -> Bool {
        output.writeError("\(file): error: the interpreter is not built yet\n")
        return false
    }

    /// Runs one entry typed at the prompt (or read from a pipe); prints the value of a
    /// bare expression statement. `firstLine` numbers the entry's lines in diagnostics.
    /// Returns true when it succeeded; on failure the scenario is as it was before.
    public func runEntry(_ source: String, file: String, firstLine: Int) -> Bool {
        runScript(source, file: file)
    }

    /// True when `source` cannot be complete yet (an unclosed `{ ( [` or string), so the
    /// shell should read another line on a `...` prompt.
    public func needsMoreInput(_ source: String) -> Bool {
        false
    }
}
