// `tranche [FILE.deal [ARGS...]]`, `tranche -e CODE`, `tranche -`, `tranche -i FILE`.
import ArgumentParser
import DealShell

/// The root command: the shell, a script, or code; `test` is its subcommand.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tranche",
        abstract: "A shell for modelling compute-for-equity deals (AMD-OpenAI built in).",
        usage: """
            tranche [<options>]                      interactive shell on amd-openai
            tranche [<options>] FILE.deal [ARGS...]  run a script
            tranche [<options>] -e CODE [-e CODE...] run code (each -e in turn, in one session)
            tranche [<options>] -                    run a script read from stdin
            tranche [<options>] -i FILE.deal         run a script, then stay in the shell
            tranche test [PATHS...] [--filter S] [--bail]   (see: tranche test --help)
            """,
        discussion: """
            Examples: tranche (the shell), tranche examples/bear.deal, tranche -e 'vesting at: 2028-01-01', \
            cat s.deal | tranche -, tranche -i examples/bear.deal, tranche test Tests/Scripts. \
            The language and every command: man tranche, or help in the shell.
            Exit status: 0 ok, 1 a script error or failed assertion, 2 a usage error.
            """,
        version: Version.text,
        subcommands: [TestCommand.self, MergeCommand.self, HelpManualCommand.self]
    )

    @OptionGroup var flags: CommonFlags

    @Option(
        name: .customShort("e"),
        help: ArgumentHelp(
            "Run CODE and exit; several -e run in order in one session, stopping at the first error.",
            discussion: "Example: tranche -e 'print 1GW / 3kW' -e 'vesting'",
            valueName: "code"))
    var code: [String] = []

    @Flag(
        name: .customShort("i"),
        help: ArgumentHelp(
            "Run the script, then stay in the shell in its state.",
            discussion: "Example: tranche -i examples/bear.deal"))
    var interactive = false

    @Flag(name: .customShort("q"), help: "Start the shell without its one-line greeting.")
    var quiet = false

    @Argument(
        parsing: .captureForPassthrough,
        help: ArgumentHelp(
            "A .deal script (or - for stdin) and its arguments.",
            discussion: "Example: tranche examples/bear.deal 2028-01-01",
            valueName: "script-and-args"))
    var scriptAndArguments: [String] = []

    mutating func validate() throws {
        // Passthrough capture takes any input after the options, even an unknown option.
        if let first = scriptAndArguments.first, first.hasPrefix("-"), first != "-" {
            if first == "-h" || first == "--help" { throw CleanExit.helpRequest(self) }
            if first == "--version" { throw CleanExit.message(Version.text) }
            // What the argument parser's generate-manual plugin reads (the whole command tree).
            if first == "--experimental-dump-help" { throw CleanExit.message(RunCommand._dumpHelp()) }
            throw ValidationError("Unknown option '\(first)'")
        }
        if !code.isEmpty && !scriptAndArguments.isEmpty {
            throw ValidationError("-e cannot be combined with a script file")
        }
        if !code.isEmpty && interactive { throw ValidationError("-i needs a script file, not -e") }
        if interactive && scriptAndArguments.first == "-" {
            throw ValidationError("-i cannot read its script from stdin")
        }
    }

    /// The exit status of the chosen mode.
    func status() -> Int32 {
        var options = flags.launchOptions
        if !code.isEmpty { return Launcher.runCode(code, options: options) }
        options.quiet = quiet
        guard let script = scriptAndArguments.first else { return Launcher.runShell(options: options) }
        let arguments = Array(scriptAndArguments.dropFirst())
        if interactive {
            return Launcher.runShell(options: options, script: script, scriptArguments: arguments)
        }
        if script == "-" { return Launcher.runStandardInput(arguments: arguments, options: options) }
        return Launcher.runFile(script, arguments: arguments, options: options)
    }
}
