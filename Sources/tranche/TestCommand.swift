// `tranche test [PATHS...] [--filter S] [--bail]`.
import ArgumentParser
import DealShell

/// Runs test scripts and reports `N passed, N failed`.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tranche test",
        abstract: "Run test scripts (files or folders of *.deal)."
    )

    @OptionGroup var flags: CommonFlags

    @Option(help: "Only run test files whose path contains this text.")
    var filter: String?

    @Flag(help: "Stop at the first failing test file.")
    var bail = false

    @Argument(help: "Test files or folders (default: the current folder).")
    var paths: [String] = []

    /// The exit status: 1 when any test failed.
    func status() -> Int32 {
        Launcher.runTests(paths: paths, filter: filter, bail: bail, options: flags.launchOptions)
    }
}
