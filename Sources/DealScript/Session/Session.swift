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

/// What happened to one top-level statement (see `Session.runStatements`).
public struct StatementReport {
    /// The line the statement starts on.
    public let line: Int
    /// Its failure (error or failed assertion), nil when it succeeded.
    public let diagnostic: Diagnostic?
}

/// One interpreter session: its variables, functions and scenarios live across calls.
public final class Session {
    public let options: SessionOptions
    public let output: OutputSink
    /// Every command the session knows; register more with `commands.register(...)`.
    public let commands: CommandRegistry
    let context: CommandContext
    let runtime: Runtime

    /// The session's scenarios (read-only from outside; commands change them).
    public var book: ScenarioBook { context.book }

    /// The diagnostic of the last failed statement, for tools and tests.
    public private(set) var lastDiagnostic: Diagnostic?

    /// A session with the built-in `amd-openai` scenario loaded when `loadBuiltIn` is true.
    public init(options: SessionOptions = SessionOptions(), output: OutputSink, loadBuiltIn: Bool = true) {
        self.options = options
        self.output = output
        commands = CommandRegistry()
        commands.registerBuiltins()
        commands.registerDealCommands()
        context = CommandContext(book: ScenarioBook(), options: options, output: output, commands: commands)
        runtime = Runtime(commands: commands, context: context, maxSteps: options.maxSteps)
        if let slot = try? runtime.globalSlot("args") { runtime.globals[slot] = .list(ScriptList(options.scriptArguments.map { .string($0) })) }
        if loadBuiltIn, commands.command(named: "load") != nil {
            _ = runScript("load \"amd-openai\"", file: "<built-in>")
        }
    }

    /// Runs a whole script; stops at the first error or failed assertion and reports it.
    /// Returns true when every statement succeeded.
    public func runScript(_ source: String, file: String) -> Bool {
        run(source, file: file, firstLine: 1, echo: false)
    }

    /// Runs one entry typed at the prompt (or read from a pipe); prints the value of a
    /// bare expression statement. `firstLine` numbers the entry's lines in diagnostics.
    /// Returns true when it succeeded; on failure the scenario is as it was before.
    public func runEntry(_ source: String, file: String, firstLine: Int) -> Bool {
        run(source, file: file, firstLine: firstLine, echo: true)
    }

    /// True when `source` cannot be complete yet (an unclosed `{ ( [` or string), so the
    /// shell should read another line on a `...` prompt.
    public func needsMoreInput(_ source: String) -> Bool {
        do {
            _ = try Parser.parse(source, file: "", commands: commands)
            return false
        } catch let d as Diagnostic {
            return d.isUnexpectedEnd
        } catch {
            return false
        }
    }

    /// The first line of every top-level statement of `source` (empty when it does not parse).
    public func statementLines(_ source: String) -> [Int] {
        (try? Parser.parse(source, file: "", commands: commands))?.map(\.range.line) ?? []
    }

    // MARK: running

    private func run(_ source: String, file: String, firstLine: Int, echo: Bool) -> Bool {
        var ok = true
        let syntax = runStatements(source, file: file, firstLine: firstLine, echo: echo) { report in
            if report.diagnostic != nil { ok = false }
            return report.diagnostic == nil
        }
        return ok && syntax == nil
    }

    /// Runs a script statement by statement, calling `afterEach` after every top-level
    /// statement with its line and its failure, if any (already written to `writeError`);
    /// stops when `afterEach` returns false. Returns the syntax error when the script does
    /// not parse (nothing runs then). The test runner uses this to match output to statements.
    @discardableResult
    public func runStatements(_ source: String, file: String, firstLine: Int = 1, echo: Bool = false,
                              afterEach: @escaping (StatementReport) -> Bool) -> Diagnostic? {
        lastDiagnostic = nil
        let statements: [Statement]
        do {
            statements = try Parser.parse(source, file: file, firstLine: firstLine, commands: commands)
        } catch let d as Diagnostic {
            report(d, source: source, firstLine: firstLine)
            return d
        } catch {
            let d = Diagnostic(file: file, range: SourceRange(offset: 0, line: firstLine, column: 1, length: 1),
                               kind: .syntax, message: "\(error)")
            report(d, source: source, firstLine: firstLine)
            return d
        }
        do {
            BigStack.run {
                self.runtime.resetSteps()
                for statement in statements {
                    var failure: Diagnostic?
                    do {
                        try self.execute(statement, file: file, echo: echo)
                    } catch let d as Diagnostic {
                        failure = d
                    } catch {
                        failure = Diagnostic(file: file, range: statement.range, kind: .runtime, message: "\(error)")
                    }
                    if let failure { self.report(failure, source: source, firstLine: firstLine) }
                    if !afterEach(StatementReport(line: statement.range.line, diagnostic: failure)) { return }
                }
            }
        }
        return nil
    }

    private func report(_ d: Diagnostic, source: String, firstLine: Int) {
        lastDiagnostic = d
        output.writeError(d.rendered(source: source, firstLine: firstLine))
    }

    /// Runs one top-level statement as a unit: on failure the scenarios and the globals are
    /// put back as they were.
    private func execute(_ statement: Statement, file: String, echo: Bool) throws {
        let compiler = Compiler(runtime: runtime, file: file)
        var show: Eval?
        var exec: Exec?
        switch statement.kind {
        case .expression(let e, let command) where command || echo:
            show = try compiler.expression(e)
        default:
            exec = try compiler.statement(statement)
        }
        let frame = Frame.make(count: compiler.topFrameSize, parent: nil)
        let savedBook = context.book
        let savedGlobals = runtime.globals.snapshot()
        do {
            if let show {
                let value = try show(frame)
                if case .nil = value {} else { printValue(value) }
            } else if let exec {
                _ = try exec(frame)
            }
        } catch let e as ScriptError {
            context.book = savedBook
            runtime.globals.restore(savedGlobals)
            throw Diagnostic(file: file, range: e.range ?? statement.range, kind: e.kind, message: e.message)
        } catch {
            context.book = savedBook
            runtime.globals.restore(savedGlobals)
            throw error
        }
    }

    private func printValue(_ value: Value) {
        if options.json {
            output.write(value.json.text + "\n")
        } else if case .object(let o) = value {
            let text = o.render(width: options.width, color: options.color)
            output.write(text.hasSuffix("\n") ? text : text + "\n")
        } else {
            output.write(value.display + "\n")
        }
    }
}
