// The report commands: vesting, timeline, deployment, compare, show.
import CivilTime
import DealModel
import DealScript

extension CommandRegistry {
    func registerReportCommands() {
        register(
            Command(
                "vesting",
                help: "each tranche's status on a date along the price path, with running totals and dilution",
                parameters: [
                    .labeled("at", .date, "the date to look at (default: the warrant's expiry)")
                ]
            ) { args, context in
                .object(
                    try Reports.vesting(context.deal.book.scenario, at: args.date("at"), name: context.scenarioName))
            })

        register(
            Command(
                "timeline", help: "the deal's dated events: deliveries, GW reached, targets met, vests, lapses, expiry"
            ) { _, context in
                let events = try modelStep { try context.deal.book.scenario.timeline() }
                return .object(ReportTable.timeline(events, scenario: context.scenarioName))
            })

        register(
            Command(
                "deployment", help: "delivered GW by phase and generation, GPUs, and AMD revenue on a date",
                parameters: [
                    .labeled("at", .date, "the date to look at (default: when the last phase completes)")
                ]
            ) { args, context in
                let s = context.deal.book.scenario
                guard let date = args.date("at") ?? s.phases.map(\.end).max() else {
                    throw ScriptError(
                        "deployment: the scenario has no phases (define one with `phase P1 gen: ... size: ... "
                            + "start: ...`)"
                    )
                }
                return .object(ReportTable.deployment(s.deploymentReport(at: date), scenario: context.scenarioName))
            })

        register(
            Command(
                "compare", help: "two scenarios' vesting side by side",
                parameters: [
                    .positional("a", .name, "the first scenario"),
                    .positional("b", .name, "the second scenario").missing("needs two scenarios: compare base bull"),
                    .labeled("at", .date, "the date to compare on (default: each warrant's expiry)"),
                ]
            ) { args, context in
                let names = [try args.name(0, "compare"), try args.name(1, "compare")]
                let tables = try names.map { name -> (name: String, table: VestingTable) in
                    let s = try modelStep { try context.deal.book.scenario(named: name) }
                    return (name, try Reports.vestingTable(s, at: args.date("at"), name: name))
                }
                return .object(ReportTable.compare(tables[0], tables[1]))
            })

        register(
            Command(
                "show",
                help:
                    "shows warrant (public or assumed, term by term), generations, phases, tranches, "
                    + "milestones, price, scenario, or a term by name",
                parameters: [
                    .positional(
                        "what", .name, "warrant, generations, phases, tranches, milestones, price, scenario, or a name")
                ]
            ) { args, context in
                try args.blame(positional: 0) { try Reports.show(try args.name(0, "show"), context) }
            })
    }
}

/// Builds the report values the commands return.
enum Reports {
    static func vestingTable(_ s: Scenario, at date: CivilDate?, name: String) throws -> VestingTable {
        try modelStep {
            let outcome = try s.vestingOutcome()
            return outcome.table(at: date ?? outcome.warrant.expires)
        }
    }

    static func vesting(_ s: Scenario, at date: CivilDate?, name: String) throws -> ReportTable {
        ReportTable.vesting(try vestingTable(s, at: date, name: name), scenario: name)
    }

    static func show(_ what: String, _ context: CommandContext) throws -> Value {
        let s = context.deal.book.scenario
        let name = context.scenarioName
        switch what {
        case "warrant": return .object(try ReportTable.warrantTerms(s, scenario: name))
        case "price": return .object(ReportTable.priceTerms(s, scenario: name))
        case "scenario", "scenarios": return .object(ReportTable.scenarios(context.deal.book))
        case "generations":
            return .object(
                ReportTable.objects(
                    s.generations.map(GenerationObject.init),
                    keys: [
                        ("name", "generation", .left), ("shipped", "shipped", .left), ("power", "power/GPU", .right),
                        ("board", "board", .right), ("memory", "memory", .right), ("fp8", "FP8", .right),
                        ("fp4", "FP4", .right), ("price", "price/GPU", .right),
                    ],
                    typeName: "generations", title: "generations", scenario: name))
        case "phases":
            return .object(
                ReportTable.objects(
                    s.phases.map(PhaseObject.init),
                    keys: [
                        ("name", "phase", .left), ("gen", "gen", .left), ("size", "size", .right),
                        ("start", "start", .left),
                        ("ramp", "ramp", .right), ("end", "complete", .left), ("shape", "shape", .left),
                    ],
                    typeName: "phases", title: "phases", scenario: name))
        case "tranches":
            return .object(
                ReportTable.objects(
                    TrancheObject.all(in: s),
                    keys: [
                        ("name", "tranche", .left), ("shares", "shares", .right), ("gw", "gw", .right),
                        ("price", "price", .right), ("measure", "measure", .left), ("latch", "latch", .left),
                        ("milestone", "milestone", .left), ("by", "by", .left), ("vest_date", "vests", .left),
                    ],
                    typeName: "tranches", title: "tranches", scenario: name))
        case "milestones":
            return .object(
                ReportTable.objects(
                    s.milestones.map(MilestoneObject.init),
                    keys: [
                        ("name", "milestone", .left), ("on", "achieved on", .left),
                    ],
                    typeName: "milestones", title: "milestones", scenario: name))
        default:
            if let g = s.generation(named: what) { return .object(GenerationObject(g)) }
            if let p = s.phase(named: what) { return .object(PhaseObject(p)) }
            if s.tranche(named: what) != nil { return try Accessor.tranche(what, s) }
            if let m = s.milestone(named: what) { return .object(MilestoneObject(m)) }
            if context.deal.book.scenarios[what] != nil { return .object(ReportTable.scenarios(context.deal.book)) }
            let topics = ["warrant", "generations", "phases", "tranches", "milestones", "price", "scenario"]
            let names =
                s.generations.map(\.name) + s.phases.map(\.name) + s.tranches.map(\.name) + s.milestones.map(\.name)
            var m = "show accepts \(topics.joined(separator: ", ")) or a term's name, got \(what)"
            if let close = Suggestion.closest(to: what, in: topics + names) { m += "; did you mean `\(close)`?" }
            throw ScriptError(m)
        }
    }
}
