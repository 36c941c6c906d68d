// The two commonest launches without the argument parser: `tranche -e CODE [-e CODE...]` and
// `tranche FILE.deal [ARGS...]`, with no flags. The parser builds its command tree by
// reflection, about two thirds of the instructions of `tranche -e '1'`; anything else, or
// anything unusual in these (a value that starts with `-`), goes to the parser as before.
import DealShell

/// The exit status of a launch that needs no parsing, or nil when the parser must decide.
func quickLaunch(_ arguments: [String]) -> Int32? {
    guard let first = arguments.first else { return nil }
    if first == "-e" {
        var code: [String] = []
        var i = 0
        while i < arguments.count {
            guard arguments[i] == "-e", i + 1 < arguments.count, !arguments[i + 1].hasPrefix("-") else { return nil }
            code.append(arguments[i + 1])
            i += 2
        }
        return Launcher.runCode(code, options: LaunchOptions())
    }
    let words: Set = ["test", "merge", "help", "help-manual"]
    guard !first.hasPrefix("-"), !words.contains(first), !arguments.contains(where: { $0.hasPrefix("-") }) else {
        return nil
    }
    return Launcher.runFile(first, arguments: Array(arguments.dropFirst()), options: LaunchOptions())
}
