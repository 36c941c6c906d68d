// `source "FILE"` (sqlite's `.read`): a script's statements run in the running session, all or
// nothing; where `load` builds a whole new book from a file, `source` applies a file to this one.
import DealScript
import Foundation

extension CommandRegistry {
    /// Registers `source`.
    func registerSourceCommand() {
        register(
            Command(
                "source",
                help:
                    "runs a script's statements in this session, on its scenarios and variables, all or nothing "
                    + "(`load` replaces them instead)",
                parameters: [
                    .positional("file", .string, "the .deal script to run")
                ]
            ) { args, context in
                guard case .string(let path) = args.positional[0] else { return .nil }
                try ScriptSource.run(path, args, context)
                return .nil
            })
    }
}

/// Files being sourced, so a file sourcing itself (directly or through others) is refused.
enum ScriptSource {
    /// Files sourcing files stop at this depth.
    static let maxDepth = 8

    static func run(_ path: String, _ args: CommandArguments, _ context: CommandContext) throws {
        guard path.hasSuffix(".deal") else {
            throw args.error("source runs a .deal script, got \"\(path)\"", positional: 0)
        }
        let source: String
        do { source = try context.readText(path, for: "source") } catch let e as ScriptError {
            throw args.error(e.message, positional: 0)
        }
        let state = context.deal
        let key = ((path as NSString).expandingTildeInPath as NSString).standardizingPath
        let absolute =
            key.hasPrefix("/")
            ? key
            : (FileManager.default.currentDirectoryPath as NSString)
                .appendingPathComponent(key)
        if state.sourcing.contains(absolute) {
            throw args.error("source \"\(path)\": the file is already being sourced (it sources itself)", positional: 0)
        }
        guard state.sourcing.count < maxDepth else {
            throw args.error("source \"\(path)\": files source each other more than \(maxDepth) deep", positional: 0)
        }
        state.sourcing.append(absolute)
        defer { state.sourcing.removeLast() }
        do {
            try context.runNested(source: source, file: path)
        } catch var d as Diagnostic where state.sourcing.count == 1 {
            // Said once, by the outermost `source`: the error points into the file it ran.
            d.message += " (`source \"\(path)\"` took back everything it did)"
            throw d
        }
    }
}
