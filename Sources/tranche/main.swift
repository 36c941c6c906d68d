// The tranche executable: argument parsing only; everything else lives in DealShell.
import ArgumentParser
import DealShell

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Parses the command line; usage errors exit 2 (ArgumentParser's own would be 64).
/// `test` or `merge` first (after any flags) selects the test runner or the merge of simulation
/// parts; the root's script-and-arguments capture would swallow a subcommand's name, so these,
/// the hidden `help-manual` and `help [test|merge]` are chosen here first.
func launch() -> Int32 {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let status = quickLaunch(arguments) { return status }
    if let i = subcommand(arguments) {
        var rest = arguments
        let word = rest.remove(at: i)
        if word == "test" { return parse(TestCommand.self, rest)?.status() ?? ExitStatus.usage }
        return parse(MergeCommand.self, rest)?.status() ?? ExitStatus.usage
    }
    let rest = Array(arguments.dropFirst())
    switch arguments.first {
    case "help-manual": return parse(HelpManualCommand.self, rest)?.status() ?? ExitStatus.usage
    case "help" where rest.isEmpty:
        print(RunCommand.helpMessage())
        return ExitStatus.success
    case "help" where rest == ["test"]:
        print(RunCommand.helpMessage(for: TestCommand.self))
        return ExitStatus.success
    case "help" where rest == ["merge"]:
        print(RunCommand.helpMessage(for: MergeCommand.self))
        return ExitStatus.success
    default: return parse(RunCommand.self, arguments)?.status() ?? ExitStatus.usage
    }
}

/// Where `test` or `merge` stands when only flags come before it (`tranche --json merge ...`).
func subcommand(_ arguments: [String]) -> Int? {
    let valued: Set = ["--seed", "--threads", "--max-steps"]
    var i = 0
    while i < arguments.count {
        let a = arguments[i]
        if a == "test" || a == "merge" { return i }
        guard a.hasPrefix("--") else { return nil }
        i += valued.contains(a) ? 2 : 1
    }
    return nil
}

/// The parsed command, or nil after printing help or the version (exit 0) or a usage error.
/// A subcommand's help is printed as the root sees it (`USAGE: tranche test ...`).
func parse<Command: ParsableCommand>(_ type: Command.Type, _ arguments: [String]) -> Command? {
    do {
        return try type.parse(arguments)
    } catch {
        if type.exitCode(for: error) == .success {
            let isHelp = type != RunCommand.self && (arguments.contains("--help") || arguments.contains("-h"))
            print(isHelp ? RunCommand.helpMessage(for: type) : type.fullMessage(for: error))
            exit(ExitStatus.success)
        }
        let name = type.configuration.commandName ?? ""
        // A subcommand parsed on its own names itself `test`; the person typed `tranche test`.
        let message = type.fullMessage(for: error)
            .replacing("See '\(name) --help'", with: "See 'tranche \(name) --help'")
            .replacing("Usage: \(name) ", with: "Usage: tranche \(name) ")
        StandardOutput().writeError((type == RunCommand.self ? type.fullMessage(for: error) : message) + "\n")
        return nil
    }
}

// A reader that stops early (`tranche ... | head -1`) ends us quietly by SIGPIPE, as it ends
// cat: set here in case a library left it ignored, which would turn it into write errors.
signal(SIGPIPE, SIG_DFL)
exit(launch())
