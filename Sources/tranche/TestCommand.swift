// `tranche test [PATHS...] [--filter S] [--bail]`: the test runner, a subcommand of `tranche`.
import ArgumentParser
import DealShell

/// Runs test scripts and reports `N passed, N failed`.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run test scripts (files or folders of *.deal); e.g. tranche test Tests/Scripts",
        usage: "tranche test [<options>] [PATHS...] [--filter S] [--bail]",
        discussion: "One line per failure with file:line, then 'N passed, N failed'; exit 1 on any failure."
    )

    @OptionGroup var flags: CommonFlags

    @Option(help: ArgumentHelp("Only run test files whose path contains this text.",
                               discussion: "Example: tranche test Tests/Scripts --filter vesting"))
    var filter: String?

    @Flag(help: ArgumentHelp("Stop at the first failing test file.", discussion: "Example: tranche test --bail"))
    var bail = false

    @Argument(help: ArgumentHelp("Test files or folders (default: the current folder).",
                                 discussion: "Example: tranche test Tests/Scripts/deal examples/bear.deal"))
    var paths: [String] = []

    /// The exit status: 1 when any test failed.
    func status() -> Int32 {
        Launcher.runTests(paths: paths, filter: filter, bail: bail, options: flags.launchOptions)
    }
}
