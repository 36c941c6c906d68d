// The tranche executable: argument parsing only; everything else lives in DealShell.
import ArgumentParser
import DealShell
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses the command line; usage errors exit 2 (ArgumentParser's own would be 64).
/// `test` first selects the test runner; anything else is the run command.
func launch() -> Int32 {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "test" {
        return parse(TestCommand.self, Array(arguments.dropFirst()))?.status() ?? ExitStatus.usage
    }
    return parse(RunCommand.self, arguments)?.status() ?? ExitStatus.usage
}

/// The parsed command, or nil after printing help (exit 0) or a usage error (exit 2).
func parse<Command: ParsableCommand>(_ type: Command.Type, _ arguments: [String]) -> Command? {
    do {
        return try type.parse(arguments)
    } catch {
        let message = type.fullMessage(for: error)
        if type.exitCode(for: error) == .success {
            print(message)
            exit(ExitStatus.success)
        }
        StandardOutput().writeError(message + "\n")
        return nil
    }
}

exit(launch())
