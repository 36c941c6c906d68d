// Where the teaching commands are registered: help, explain and tour.
import DealModel
import DealScript

extension CommandRegistry {
    /// Registers `help` (replacing the language's plain listing), `explain` and `tour`.
    func registerTeaching() {
        register(
            Command(
                "help", help: "commands by task; help COMMAND, help units, help dates, help language",
                parameters: [
                    .variadic("topic", .name, "a command (e.g. vesting, price path) or units, dates, language")
                ]
            ) { args, context in
                let topic = args.positional.map { v -> String in
                    if case .command(let c) = v { return c.name }
                    return v.display
                }.joined(separator: " ")
                if topic.isEmpty { return .object(HelpMap.page(context.commands)) }
                if let page = HelpTopics.page(topic) { return .object(page) }
                if let command = context.commands.command(named: topic) { return .object(command.helpPage) }
                // `help price`: the commands whose names start with the word.
                let family = context.commands.names.filter { $0.hasPrefix(topic + " ") }
                if !family.isEmpty {
                    let rows = family.compactMap { name in
                        context.commands.command(named: name).map { (name, HelpTopics.summary(of: $0.help)) }
                    }
                    return .object(
                        Page("help", [.heading("\(topic): \(family.joined(separator: ", "))"), .definitions(rows)]))
                }
                if HelpTopics.keywords.contains(topic) { return .object(HelpTopics.language) }
                var m = "no help for `\(topic)`"
                if let s = Suggestion.closest(to: topic, in: HelpTopics.all(context.commands)) {
                    m += "; did you mean `help \(s)`?"
                }
                throw ScriptError(m + " (help lists the commands)")
            })

        let explainHelp =
            "why a tranche vests when it does, condition by condition; also a phase, the warrant, "
            + "or its value"
        register(
            Command(
                "explain", help: explainHelp,
                parameters: [
                    .positional("what", .name, "tranche, phase, warrant or value"),
                    .positional("name", .name, "the tranche's or phase's name, e.g. T3", required: false),
                    .labeled("at", .date, "also say where things stand on this date (tranche only)"),
                    .labeled("as_of", .date, "value: the valuation date (default: the issue date)"),
                ]
            ) { args, context in
                let what = try args.name(0, "explain")
                let s = context.deal.book.scenario
                let scenario = context.scenarioName
                func named() throws -> String {
                    guard args.positional.count > 1 else {
                        throw ScriptError(
                            "explain \(what) needs a name, e.g. explain \(what) \(what == "phase" ? "P1" : "T3")")
                    }
                    return try args.name(1, "explain")
                }
                switch what {
                case "tranche":
                    return .object(
                        try TrancheExplanation(try named(), in: s, scenarioName: scenario).page(at: args.date("at")))
                case "phase":
                    return .object(try TermExplanation.phase(try named(), s, scenarioName: scenario))
                case "warrant":
                    return .object(try TermExplanation.warrant(s, scenarioName: scenario))
                case "value":
                    return .object(try ValueExplanation.page(s, asOf: args.date("as_of"), scenarioName: scenario))
                default:
                    if s.tranche(named: what) != nil {
                        return .object(
                            try TrancheExplanation(what, in: s, scenarioName: scenario).page(at: args.date("at")))
                    }
                    if s.phase(named: what) != nil {
                        return .object(try TermExplanation.phase(what, s, scenarioName: scenario))
                    }
                    throw ScriptError("explain accepts tranche NAME, phase NAME, warrant or value, got \(what)")
                }
            })

        let guide = TourGuide()
        register(
            Command(
                "tour", help: "a guided walk through the deal for a workshop; tour next, tour back, tour end",
                parameters: [
                    .positional("step", .name, "next, back or end; tour 3 jumps to step 3", required: false)
                ]
            ) { args, _ in
                .object(try guide.page(args.positional.first.map(\.display)))
            })
    }
}
