// `tranche merge PART.json... [--json]`.
import ArgumentParser
import DealShell

/// Puts the parts of a split `simulate` run together and prints the whole run's result.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        // "merge", not "tranche merge": a space in the name breaks the bash completion script.
        commandName: "merge",
        abstract: "Combine `simulate ... part: K of: M` results into the result of the whole run.",
        usage: "tranche merge [<options>] PART.json..."
    )

    @OptionGroup var flags: CommonFlags

    @Argument(help: "The part files (JSON), in any order.")
    var parts: [String] = []

    /// The exit status: 1 when the parts cannot be read or do not make a whole run.
    func status() -> Int32 {
        Launcher.runMerge(parts: parts, options: flags.launchOptions)
    }
}
