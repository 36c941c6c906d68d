// The flags every tranche command accepts, turned into the shell's launch options.
import ArgumentParser
import DealShell

/// `--json`, `--no-color`, `--sandbox`, `--seed`, `--threads`, `--max-steps`.
struct CommonFlags: ParsableArguments {
    @Flag(help: "Print results as JSON, one document per printed value.")
    var json = false

    @Flag(name: .customLong("no-color"), help: "Never colour the output (also: NO_COLOR).")
    var noColor = false

    @Flag(help: "No file reads or writes except the scripts named on the command line.")
    var sandbox = false

    @Option(help: "Override the scenario's random seed.")
    var seed: UInt64?

    @Option(help: "Cap worker threads (default: all cores).")
    var threads: Int?

    @Option(name: .customLong("max-steps"), help: "Stop a run after this many interpreter steps.")
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
