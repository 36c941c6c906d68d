// The public face of the language: one interpreter session that the runner, the REPL and
// the test runner drive. Its signatures are the contract between DealScript and DealShell.
import CivilTime

/// Where a session writes what it prints. The shell passes stdout/stderr; tests pass a buffer.
public protocol OutputSink: AnyObject {
    /// Normal output (`print`, a REPL value, tables). `text` ends with a newline.
    func write(_ text: String)
    /// A diagnostic (error or failed assertion) as a value; the sink renders it (text,
    /// colour, or JSON under `--json`).
    func report(_ diagnostic: Diagnostic)
}

/// What happened to one top-level statement (see `Session.runStatements`).
public struct StatementReport {
    /// The line the statement starts on.
    public let line: Int
    /// Its failure (error or failed assertion), nil when it succeeded.
    public let diagnostic: Diagnostic?
}

/// One interpreter session: its variables, functions and host state live across calls.
public final class Session {
    public private(set) var options: SessionOptions
    public let output: OutputSink
    /// Every command the session knows; register more with `commands.register(...)`.
    public let commands: CommandRegistry
    /// What commands reach: options, output, the host's state (see `install`, `state`).
    public let context: CommandContext
    let runtime: Runtime
    /// The output every observer sees (statement observers hook in here).
    private let observed: ObservedOutput
    /// Contributors of host words to Tab completion (the deal library's term names).
    var completionContributors: [CompletionContributor] = []
    /// The calendar `td` durations count on, supplied by the host (nil: none).
    public var tradingCalendar: (any TradingDayCalendar)?

    /// Every source text run so far, by id (ranges carry the id), read once each.
    var sources: [SourceText] = [SourceText("")]

    /// The diagnostic of the last failed statement, for tools and tests.
    public private(set) var lastDiagnostic: Diagnostic?

    /// A session of the language alone, with its built-ins; a host adds its commands, state,
    /// observers and completion words (the deal library's `DealSession.make` does).
    public init(options: SessionOptions = SessionOptions(), output: OutputSink) {
        self.options = options
        self.output = output
        commands = CommandRegistry()
        commands.registerBuiltins()
        observed = ObservedOutput(output)
        context = CommandContext(options: options, output: observed, commands: commands)
        runtime = Runtime(commands: commands, context: context, maxSteps: options.maxSteps)
        context.runtime = runtime
        if let slot = try? runtime.globalSlot("args") {
            runtime.globals[slot] = .list(ScriptList(options.scriptArguments.map { .string($0) }))
        }
        context.nestedRunner = { [unowned self] source, file in try self.runNested(source: source, file: file) }
        context.stepCharger = { [unowned runtime] steps, what in try runtime.charge(steps, what) }
    }

    /// Renders from now on into `columns` (the shell follows its terminal when it is resized).
    public func useWidth(_ columns: Int) {
        options.width = columns
        context.options.width = columns
    }

    /// Adds an observer of every top-level statement (start, output, end).
    public func addObserver(_ observer: StatementObserver) {
        observed.observers.append(observer)
    }

    /// Adds a contributor of host words to Tab completion.
    public func addCompletionContributor(_ contributor: CompletionContributor) {
        completionContributors.append(contributor)
    }

    /// Runs a whole script; stops at the first error or failed assertion and reports it.
    /// Returns true when every statement succeeded.
    public func runScript(_ source: String, file: String) -> Bool {
        run(source, file: file, firstLine: 1, echo: false)
    }

    /// Runs one entry typed at the prompt (or read from a pipe); prints the value of a
    /// bare expression statement. `firstLine` numbers the entry's lines in diagnostics.
    /// Returns true when it succeeded; on failure the session is as it was before.
    public func runEntry(_ source: String, file: String, firstLine: Int) -> Bool {
        run(source, file: file, firstLine: firstLine, echo: true)
    }

    /// True when `source` cannot be complete yet (an unclosed `{ ( [` or string), so the
    /// shell should read another line on a `...` prompt.
    public func needsMoreInput(_ source: String) -> Bool {
        do {
            _ = try Parser.parse(SourceText(source), commands: commands)
            return false
        } catch let d as Diagnostic {
            return d.isUnexpectedEnd
        } catch {
            return false
        }
    }

    /// The first line of every top-level statement of `source` (empty when it does not parse).
    public func statementLines(_ source: String) -> [Int] {
        (try? Parser.parse(SourceText(source), commands: commands))?.map(\.range.line) ?? []
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
    public func runStatements(
        _ source: String, file: String, firstLine: Int = 1, echo: Bool = false,
        afterEach: @escaping (StatementReport) -> Bool
    ) -> Diagnostic? {
        lastDiagnostic = nil
        let sourceID = sources.count
        let text = SourceText(source, file: file, firstLine: firstLine)
        sources.append(text)
        let statements: [Statement]
        do {
            statements = try parse(text, sourceID: sourceID)
        } catch {
            let d =
                error as? Diagnostic
                ?? Diagnostic(
                    file: file, range: SourceRange(offset: 0, line: firstLine, column: 1, length: 1),
                    kind: .syntax, message: "\(error)")
            for o in observed.observers { o.statementStarted(source) }
            report(d, source: text)
            for o in observed.observers { o.statementFinished(source, command: nil, succeeded: false) }
            return d
        }
        do {
            let texts = statementTexts(text, starts: statements.map(\.range.offset))
            let calendar = tradingCalendar
            let meter = StepMeter { [unowned runtime] steps, what in try runtime.charge(steps, what) }
            BigStack.run {
                StepMeter.$current.withValue(meter) {
                    SessionCalendar.$current.withValue(calendar) {
                        self.runtime.resetSteps()
                        for (i, statement) in statements.enumerated() {
                            var failure: Diagnostic?
                            for o in self.observed.observers { o.statementStarted(texts[i]) }
                            do {
                                try self.execute(statement, file: file, echo: echo)
                            } catch let d as Diagnostic {
                                failure = d
                            } catch {
                                failure = Diagnostic(
                                    file: file, range: statement.range, kind: .runtime, message: "\(error)")
                            }
                            if let failure { self.report(failure, source: text) }
                            for o in self.observed.observers {
                                o.statementFinished(texts[i], command: statement.commandName, succeeded: failure == nil)
                            }
                            if !afterEach(StatementReport(line: statement.range.line, diagnostic: failure)) { return }
                        }
                    }
                }
            }
        }
        return nil
    }

    /// The statements of `text`, parsed as this session sees names now.
    func parse(_ text: SourceText, sourceID: Int) throws -> [Statement] {
        let runtime = self.runtime
        return try Parser.parse(text, sourceID: sourceID, commands: commands) { name in
            // A global the user defined (`let len = 3`) hides the command of that name.
            guard let slot = runtime.globalSlots[name] else { return false }
            if case .absent = runtime.globals[slot] { return false }
            return true
        }
    }

    /// Reports a diagnostic, naming the file and carrying the line its range points into
    /// (which may be an earlier script or entry, for an error inside a function defined there).
    private func report(_ d: Diagnostic, source: SourceText) {
        var d = d
        var text = source
        if d.range.sourceID > 0, d.range.sourceID < sources.count {
            text = sources[d.range.sourceID]
            d.file = text.file
        }
        d.attachSourceLine(from: text)
        lastDiagnostic = d
        context.output.report(d)
    }

    /// Runs one top-level statement as a unit: on failure everything it changed (globals,
    /// lists, records, variables closures keep, host state) is put back from the undo log.
    func execute(_ statement: Statement, file: String, echo: Bool) throws {
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
        let mark = context.undo.begin()
        runtime.globals.logFirstWrites(compiler.globalsLoggedAhead)
        var shown: Value?
        do {
            if let show {
                let value = try show(frame)
                if case .nil = value {
                } else {
                    printValue(value)
                    shown = value
                }
            } else if let exec {
                _ = try exec(frame)
            }
            context.undo.commit(mark)
            if echo, let shown { remember(shown) }
        } catch let e as ScriptError {
            context.undo.rollBack(mark)
            throw Diagnostic(file: file, range: e.range ?? statement.range, kind: e.kind, message: e.message)
        } catch {
            context.undo.rollBack(mark)
            throw error
        }
    }

    /// `_` and `ans` hold the last value printed at the prompt (as in Python and calculators).
    private func remember(_ value: Value) {
        for name in ["_", "ans"] {
            if let slot = try? runtime.globalSlot(name) { runtime.globals[slot] = value }
        }
    }

    private func printValue(_ value: Value) {
        if options.json {
            context.output.write(value.json.text + "\n")
        } else if case .object(let o) = value {
            let text = o.render(width: options.width, color: options.color)
            context.output.write(text.hasSuffix("\n") ? text : text + "\n")
        } else {
            context.output.write(value.display + "\n")
        }
    }
}
