// `tranche test [PATHS...] [--filter S] [--bail] [-v] [--junit FILE]`.
import ArgumentParser
import DealShell

/// Runs test scripts and reports `N passed, N failed`.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tranche test",
        abstract: "Run test scripts and transcripts (files or folders of *.deal and *.t).",
        discussion: "With --json the report is one JSON document; the tests still compare text."
    )

    @OptionGroup var flags: CommonFlags

    @Option(help: "Only run test files whose path contains this text.")
    var filter: String?

    @Flag(help: "Stop at the first failing test file.")
    var bail = false

    @Flag(name: .shortAndLong, help: "List every test file with its result and time.")
    var verbose = false

    @Option(help: ArgumentHelp("Also write the results as JUnit XML (read by CI systems) to FILE.", valueName: "file"))
    var junit: String?

    @Argument(help: "Test files or folders (default: the current folder).")
    var paths: [String] = []

    /// The exit status: 1 when any test failed.
    func status() -> Int32 {
        Launcher.runTests(paths: paths, filter: filter, bail: bail, verbose: verbose, junit: junit,
                          options: flags.launchOptions)
    }
}
