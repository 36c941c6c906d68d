// The flags every tranche command accepts, turned into the shell's launch options.
import ArgumentParser
import DealShell

/// `--json`, `--no-color`, `--sandbox`, `--seed`, `--threads`, `--max-steps`.
struct CommonFlags: ParsableArguments {
    @Flag(
        help: ArgumentHelp(
            "Print results as JSON, one document per printed value.",
            discussion: "Example: tranche --json -e 'simulate paths: 10k'"))
    var json = false

    @Flag(
        name: .customLong("no-color"),
        help: ArgumentHelp("Never colour the output (also: NO_COLOR).", discussion: "Example: tranche --no-color"))
    var noColor = false

    @Flag(
        help: ArgumentHelp(
            "No file reads or writes except the scripts named on the command line.",
            discussion: "Example: tranche --sandbox untrusted.deal"))
    var sandbox = false

    @Option(
        help: ArgumentHelp(
            "Override the scenario's random seed.",
            discussion: "Example: tranche --seed 7 -e 'simulate paths: 10k'"))
    var seed: UInt64?

    @Option(
        help: ArgumentHelp(
            "Cap worker threads (default: all cores).",
            discussion: "Example: tranche --threads 1 -e 'simulate paths: 100k'"))
    var threads: Int?

    @Option(
        name: .customLong("max-steps"),
        help: ArgumentHelp(
            "Stop a run after this many interpreter steps.",
            discussion: "Example: tranche --max-steps 1000000 examples/bear.deal"))
    var maxSteps: Int?

    mutating func validate() throws {
        if let threads = threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if let steps = maxSteps, steps < 1 { throw ValidationError("--max-steps must be at least 1") }
    }

    var launchOptions: LaunchOptions {
        var options = LaunchOptions()
        options.json = json
        options.noColor = noColor
        options.sandbox = sandbox
        options.seed = seed
        options.threads = threads
        options.maxSteps = maxSteps
        return options
    }
}
