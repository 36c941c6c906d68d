// Entry points the executable calls: the interactive shell, a script file, `-e` code,
// a script on stdin, piped statements, and `tranche test`. Each returns the exit status.
import DealLibrary
import DealScript

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Exit statuses: 0 ok, 1 a script error or failed assertion, 2 a usage error.
public enum ExitStatus {
    public static let success: Int32 = 0
    public static let failure: Int32 = 1
    public static let usage: Int32 = 2
}

/// Starts tranche in the mode the command line asked for.
public enum Launcher {
    /// `tranche`: the shell on the built-in scenario; statements from a pipe when stdin is
    /// not a terminal. With `script` (`-i FILE`), the script runs first in the same session.
    public static func runShell(
        options: LaunchOptions, script: String? = nil,
        scriptArguments: [String] = []
    ) -> Int32 {
        let output = StandardOutput(
            colorErrors: TerminalTraits.currentErrorsUseColor(noColorFlag: options.noColor), json: options.json)
        InterruptSignal.install()
        let scripts = script.map { [$0] } ?? []
        let session = DealSession.make(
            options: options.sessionOptions(scripts: scripts, arguments: scriptArguments),
            output: output)
        session.simulationProgress = ProgressBar.forTerminal(json: options.json)
        var scriptFailed = false
        if let script = script {
            guard let source = readScript(script, output: output) else { return ExitStatus.usage }
            scriptFailed = !session.runScript(source, file: script)
        }
        guard TerminalTraits.stdinIsTerminal else {
            let status = PipedSession(runner: session, editor: PlainLineEditor()).run()
            return finishRun(scriptFailed ? ExitStatus.failure : status)
        }
        // --sandbox: history lives in memory only (no file read or written).
        let history = HistoryStore(path: options.sandbox ? nil : HistoryLocation.current())
        history.load()
        let editor: LineEditor
        if TerminalTraits.isInteractive,
            let libedit = LibEditLineEditor(
                entries: history.entries, completion: SessionCompletion.complete(session), readsEditrc: !options.sandbox
            )
        {
            editor = libedit
        } else {
            editor = PlainLineEditor(showsPrompt: true)
        }
        Interrupt.clear()
        if !options.quiet { output.write(Greeting.line(scenario: DealSession.currentScenarioName(session)) + "\n") }
        let shell = InteractiveShell(runner: session, editor: editor, history: history, output: output)
        shell.terminalWidth = { TerminalTraits.currentWidth() }
        shell.warn = { output.writeError($0) }
        let dim = TerminalTraits.currentUsesColor(noColorFlag: options.noColor)
        shell.changeNote = { [unowned session] run in
            let before = DealSession.mark(session)
            run()
            guard let before, let after = DealSession.mark(session),
                let note = DealSession.confirmation(from: before, to: after)
            else { return nil }
            return dim ? "\u{1B}[2m" + note + "\u{1B}[0m" : note
        }
        let status = shell.run()
        return finish(status)
    }

    /// `tranche FILE.deal [ARGS...]`: runs the script; 1 on an error, 2 when unreadable.
    public static func runFile(_ path: String, arguments: [String], options: LaunchOptions) -> Int32 {
        let output = StandardOutput(
            colorErrors: TerminalTraits.currentErrorsUseColor(noColorFlag: options.noColor), json: options.json)
        guard let source = readScript(path, output: output) else { return ExitStatus.usage }
        let session = DealSession.make(
            options: options.sessionOptions(scripts: [path], arguments: arguments), output: output)
        session.simulationProgress = ProgressBar.forTerminal(json: options.json)
        InterruptSignal.install()
        return finishRun(session.runScript(source, file: path) ? ExitStatus.success : ExitStatus.failure)
    }

    /// `tranche -e CODE [-e CODE...]`: runs each CODE in turn in one session (`<-e>`, or `<-e N>` when several).
    public static func runCode(_ codes: [String], options: LaunchOptions) -> Int32 {
        let output = StandardOutput(
            colorErrors: TerminalTraits.currentErrorsUseColor(noColorFlag: options.noColor), json: options.json)
        let session = DealSession.make(options: options.sessionOptions(), output: output)
        session.simulationProgress = ProgressBar.forTerminal(json: options.json)
        InterruptSignal.install()
        // Like `sed -e a -e b`: each in turn, in the same session; errors name which (`<-e 2>`).
        for (i, code) in codes.enumerated() {
            let file = codes.count == 1 ? "<-e>" : "<-e \(i + 1)>"
            guard session.runScript(code, file: file) else { return finishRun(ExitStatus.failure) }
        }
        return finishRun(ExitStatus.success)
    }

    /// `tranche -`: reads the whole of stdin, then runs it as one script (stops at the first error).
    public static func runStandardInput(arguments: [String], options: LaunchOptions) -> Int32 {
        let output = StandardOutput(
            colorErrors: TerminalTraits.currentErrorsUseColor(noColorFlag: options.noColor), json: options.json)
        InterruptSignal.install()
        var source = ""
        while let line = Swift.readLine(strippingNewline: false) { source += line }
        if Interrupt.isRequested { return finishRun(ExitStatus.failure) }
        let session = DealSession.make(options: options.sessionOptions(arguments: arguments), output: output)
        session.simulationProgress = ProgressBar.forTerminal(json: options.json)
        return finishRun(session.runScript(source, file: "<stdin>") ? ExitStatus.success : ExitStatus.failure)
    }

    /// `tranche test [PATHS...]`: 1 when any test failed (or none of the paths exist).
    /// `verbose` lists every file with its time; `junit` names a JUnit XML file to write;
    /// under `--json` the report is one JSON document (the tests still compare text).
    public static func runTests(
        paths: [String], filter: String?, bail: Bool, verbose: Bool = false,
        junit: String? = nil, options: LaunchOptions
    ) -> Int32 {
        let output = StandardOutput(
            colorErrors: TerminalTraits.currentErrorsUseColor(noColorFlag: options.noColor), json: options.json)
        let roots = paths.isEmpty ? ["."] : paths
        for path in roots where access(path, F_OK) != 0 {
            output.writeError("tranche: test: no such file or folder: \(path)\n")
            return ExitStatus.usage
        }
        let runner = ScriptTestRunner(options: options.sessionOptions(scripts: roots), output: output)
        let summary = runner.run(
            paths: roots, filter: filter, bail: bail,
            reporting: options.json ? .json : .text(verbose: verbose))
        if let junit {
            do {
                try TestReport.junit(summary).write(toFile: junit, atomically: true, encoding: .utf8)
            } catch {
                output.writeError(
                    "tranche: test: cannot write the JUnit report '\(junit)': \(error.localizedDescription)\n")
                return finish(ExitStatus.usage)
            }
        }
        return finish(summary.failed > 0 ? ExitStatus.failure : ExitStatus.success)
    }

    /// A script's text, or nil after reporting why it cannot be read.
    static func readScript(_ path: String, output: StandardOutput) -> String? {
        if let text = readFile(path) { return text }
        let reason = String(cString: strerror(errno))
        output.writeError("tranche: cannot read script '\(path)': \(reason)\n")
        return nil
    }

    /// A batch run's status: 130 when Ctrl-C stopped it (the statement reported `interrupted`).
    private static func finishRun(_ status: Int32) -> Int32 {
        finish(Interrupt.isRequested ? InterruptSignal.exitStatus : status)
    }

    private static func finish(_ status: Int32) -> Int32 {
        fflush(nil)
        return status
    }
}

/// `path` made absolute against the working folder (not resolving links), or nil.
func absolutePath(_ path: String) -> String? {
    if path.hasPrefix("/") { return path }
    guard let cwd = getcwd(nil, 0) else { return nil }
    defer { free(cwd) }
    return String(cString: cwd) + "/" + path
}

extension Launcher {
    /// `tranche help-manual`: the man page's language and command sections, in mdoc, from
    /// the help pages of every command a deal session registers.
    public static func printManualSections() -> Int32 {
        let output = StandardOutput(colorErrors: false, json: false)
        let session = DealSession.make(output: output, loadBuiltIn: false)
        print(ManualSection.mdoc(session.commands), terminator: "")
        return finish(ExitStatus.success)
    }
}
