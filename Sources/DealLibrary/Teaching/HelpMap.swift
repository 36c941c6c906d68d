// `help` with no topic: the commands grouped by the task they serve, so a newcomer finds
// where to start; commands added later that no group names are listed at the end.
import DealModel
import DealScript

/// The short map of commands by task.
enum HelpMap {
    /// Task groups: a heading and the commands (names as registered) it lists, in order.
    static let groups: [(task: String, commands: [String])] = [
        ("Look at the deal", ["show", "timeline", "explain"]),
        ("What vests, when", ["vesting", "explain", "compare"]),
        ("GPUs and gigawatts", ["deployment", "generation", "phase", "milestone"]),
        ("The share price", ["price path", "price path extend", "price model", "simulate", "sweep", "plot"]),
        ("Change the terms", ["warrant", "tranche", "reset", "load", "undo", "redo"]),
        ("What-if scenarios", ["scenario", "use", "scenario drop", "scenario rename", "compare"]),
        ("Save and share", ["save", "load", "source", "export", "report", "record"]),
        ("Learn", ["tour", "help"]),
    ]

    /// The map for the commands `registry` knows.
    static func page(_ registry: CommandRegistry) -> Page {
        var blocks: [Page.Block] = [.heading("Tranche: commands by task")]
        var pairs: [(String, String)] = []
        var listed: Set<String> = []
        for group in groups {
            let known = group.commands.filter { registry.command(named: $0) != nil }
            guard !known.isEmpty else { continue }
            listed.formUnion(known)
            pairs.append((group.task, known.joined(separator: ", ")))
        }
        let others = registry.names.filter { !listed.contains($0) && !HelpTopics.languageBuiltins.contains($0) }
        if !others.isEmpty { pairs.append(("Other commands", others.joined(separator: ", "))) }
        let builtins = HelpTopics.languageBuiltins.filter { registry.command(named: $0) != nil }
        pairs.append(("Language", "let, fn, if/else, while, for ... in, assert; " + builtins.joined(separator: ", ")))
        blocks.append(.definitions(pairs))
        blocks.append(.paragraph("Start here:"))
        blocks.append(.commands(["tour", "show warrant", "vesting", "explain tranche T3"]))
        blocks.append(
            .paragraph(
                "help COMMAND shows a command's labels, units and an example; "
                    + "help units and help dates explain how to write quantities and dates."))
        return Page("help", blocks)
    }
}
