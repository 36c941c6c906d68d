// `tranche test [PATHS...] [--filter S] [--bail] [-v] [--junit FILE]`: the test runner, a subcommand of `tranche`.
import ArgumentParser
import DealShell

/// Runs test scripts and reports `N passed, N failed`.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract:
            "Run test scripts and transcripts (files or folders of *.deal and *.t); e.g. tranche test Tests/Scripts",
        usage: "tranche test [<options>] [PATHS...] [--filter S] [--bail] [-v] [--junit FILE]",
        discussion: "One line per failure with file:line, then 'N passed, N failed'; exit 1 on any failure. "
            + "With --json the report is one JSON document; the tests still compare text."
    )

    @OptionGroup var flags: CommonFlags

    @Option(
        help: ArgumentHelp(
            "Only run test files whose path contains this text.",
            discussion: "Example: tranche test Tests/Scripts --filter vesting"))
    var filter: String?

    @Flag(help: ArgumentHelp("Stop at the first failing test file.", discussion: "Example: tranche test --bail"))
    var bail = false

    @Flag(
        name: .shortAndLong,
        help: ArgumentHelp(
            "List every test file with its result and time.",
            discussion: "Example: tranche test -v Tests/Scripts"))
    var verbose = false

    @Option(
        help: ArgumentHelp(
            "Also write the results as JUnit XML (read by CI systems) to FILE.",
            discussion: "Example: tranche test --junit report.xml", valueName: "file"))
    var junit: String?

    @Argument(
        help: ArgumentHelp(
            "Test files or folders (default: the current folder).",
            discussion: "Example: tranche test Tests/Scripts/deal examples/bear.deal"))
    var paths: [String] = []

    /// The exit status: 1 when any test failed.
    func status() -> Int32 {
        Launcher.runTests(
            paths: paths, filter: filter, bail: bail, verbose: verbose, junit: junit,
            options: flags.launchOptions)
    }
}
