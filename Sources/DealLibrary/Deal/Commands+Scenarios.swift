// Scenario commands: reset, load (the built-in or a script file), scenario NAME from:,
// scenario drop/rename, use, undo and redo.
import DealModel
import DealScript

extension CommandRegistry {
    func registerScenarioCommands() {
        register(
            Command("reset", help: "empties the current scenario") { _, context in
                context.deal.book.scenario = Scenario()
                return .nil
            })

        register(
            Command(
                "load",
                help:
                    "replaces the current scenario with a built-in (\"amd-openai\"), or every scenario with "
                    + "those a script file builds from an empty session",
                parameters: [
                    .positional("source", .string, "\"amd-openai\", or a .deal file run in a fresh scenario")
                ]
            ) { args, context in
                guard case .string(let source) = args.positional[0] else { return .nil }
                if let builtIn = Scenario.builtIn(named: source) {
                    context.deal.book.scenario = builtIn
                    return .nil
                }
                guard source.hasSuffix(".deal") else {
                    throw args.error(
                        "load accepts a built-in "
                            + "(\(Scenario.builtInNames.map { "\"\($0)\"" }.joined(separator: ", "))) or a "
                            + ".deal file, got \"\(source)\"",
                        positional: 0)
                }
                context.deal.book = try ScriptLoad.book(from: source, context)
                return .nil
            })

        register(
            Command(
                "scenario", help: "copies a scenario under a new (unused) name and makes it current",
                parameters: [
                    .positional("name", .name, "the new scenario's name"),
                    .labeled("from", .name, "the scenario to copy (default: the current one)"),
                ]
            ) { args, context in
                let name = try args.name(0, "scenario")
                try args.blame(positional: 0) { try context.deal.book.create(name, from: args.word("from")) }
                return .nil
            })

        register(
            Command(
                "scenario drop", help: "forgets a scenario (not the current one)",
                parameters: [
                    .positional("name", .name, "the scenario to forget")
                ]
            ) { args, context in
                let name = try args.name(0, "scenario drop")
                try args.blame(positional: 0) { try context.deal.book.drop(name) }
                return .nil
            })

        register(
            Command(
                "scenario rename", help: "gives a scenario a new, unused name",
                parameters: [
                    .positional("old", .name, "the scenario's name"),
                    .positional("new", .name, "its new name"),
                ]
            ) { args, context in
                let old = try args.name(0, "scenario rename")
                let new = try args.name(1, "scenario rename")
                let blamed = context.deal.book.scenarios[old] == nil ? 0 : 1
                try args.blame(positional: blamed) { try context.deal.book.rename(old, to: new) }
                return .nil
            })

        register(
            Command("undo", help: "takes back the last statement that changed the scenarios (again for the one before)")
            { _, context in
                let undone = context.deal.history.undo(context)
                context.output.write(undone.map { "undone: \(BookHistory.oneLine($0))\n" } ?? "nothing to undo\n")
                return .nil
            })

        register(
            Command("redo", help: "puts back the last change `undo` took back") { _, context in
                let redone = context.deal.history.redo(context)
                context.output.write(redone.map { "redone: \(BookHistory.oneLine($0))\n" } ?? "nothing to redo\n")
                return .nil
            })

        register(
            Command(
                "use", help: "makes a named scenario current",
                parameters: [
                    .positional("name", .name, "the scenario's name")
                ]
            ) { args, context in
                let name = try args.name(0, "use")
                try args.blame(positional: 0) { try context.deal.book.use(name) }
                return .nil
            })
    }
}

/// `load "file.deal"`: runs the file in a fresh session and takes every scenario it leaves,
/// with the one it leaves current.
enum ScriptLoad {
    /// Nested loads (a file loading a file) stop at this depth.
    static let maxDepth = 8

    static func book(from path: String, _ context: CommandContext) throws -> ScenarioBook {
        let source = try context.readText(path, for: "load")
        let depth = context.deal.loadDepth + 1
        guard depth <= maxDepth else {
            throw ScriptError("load \"\(path)\": files load each other more than \(maxDepth) deep")
        }
        // The file runs in a session of its own, one level deeper (the depth is per session
        // chain, so sessions running side by side do not share it).
        let nested = DealSession.make(
            options: context.options, output: context.output, loadBuiltIn: false, loadDepth: depth)
        let first = nested.book.currentName
        guard nested.runScript(source, file: path) else {
            let line = nested.lastDiagnostic.map { ":\($0.line)" } ?? ""
            throw ScriptError("load \"\(path)\" failed at \(path)\(line); the scenarios are unchanged")
        }
        var book = nested.book
        // Each block's `# source:` comments go back to the scenario that block builds.
        // Within a block, a deal's comments go back to that deal (`deal NAME` starts its part).
        for (name, block) in ProvenanceComment.blocksByScenario(source, first: first) {
            guard var scenario = book.scenarios[name] else { continue }
            let current = scenario.currentDeal
            for (dealName, found) in ProvenanceComment.parseByDeal(block) {
                scenario.currentDeal = dealName.isEmpty ? 0 : scenario.dealIndex(named: dealName) ?? 0
                for (key, p) in found where scenario.hasTerm(forKey: key) { scenario[provenanceOf: key] = p }
            }
            scenario.currentDeal = current
            book.insert(scenario, named: name)
        }
        return book
    }
}
