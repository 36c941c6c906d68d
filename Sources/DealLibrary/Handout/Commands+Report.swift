// `report to: "deal.html"`: writes the workshop handout of the current scenario.
import DealModel
import DealScript

extension CommandRegistry {
    /// Registers `report`.
    func registerReportCommand() {
        register(
            Command(
                "report",
                help:
                    "writes a self-contained HTML handout for a workshop: terms marked public or assumed, "
                    + "charts, vesting, deployment, timeline",
                parameters: [
                    .labeled("to", .string, "the .html file to write", required: true),
                    .labeled("paths", .number, "paths for the value section (default 20k; 0 leaves it out)"),
                    .labeled(
                        "seed", .number, "the value section's random seed (default: --seed, else the price model's)"),
                    .labeled("as_of", .date, "the value section's valuation date (default: the issue date)"),
                    .labeled("compare", .name, "another scenario, compared tranche by tranche in a section of its own"),
                ]
            ) { args, context in
                let path = try args.required(args.word("to"), "to", "report")
                let lower = path.lowercased()
                guard lower.hasSuffix(".html") || lower.hasSuffix(".htm") else {
                    throw ScriptError(
                        "report writes HTML: name the file with .html, like `report to: \"deal.html\"`, got \"\(path)\""
                    )
                }
                let s = context.deal.book.scenario
                var handout = Handout(scenario: s, name: context.scenarioName)
                var fairValues: [Double?] = []
                if s.priceModel != nil, args.number("paths") != 0 {
                    if s.hasSeveralDeals {
                        var options = args
                        if options["paths"] == nil { options.labeled["paths"] = .plain(20_000) }
                        let joint = try JointSimulation.run(options, context)
                        handout.joint = joint
                        fairValues = joint.deals.map { $0.object.result.fairValue.value }
                    } else {
                        let valuation = try Valuation(args, context)
                        let request = try SimulationRun(
                            args, context, model: valuation.model, input: valuation.input,
                            defaultPaths: 20_000, command: "report")
                        let object = SimulationObject(try request.run(valuation.input), heading: valuation.heading)
                        handout.valuation = object
                        fairValues = [object.result.fairValue.value]
                    }
                }
                // Fair values at issue only: a valuation as of a later date is not what economics compares.
                if args.date("as_of") != nil { fairValues = [] }
                handout.economics = try Economics.object(s, name: context.scenarioName, fairValues: fairValues)
                if let other = args.word("compare") {
                    let b: Scenario
                    do {
                        b = try modelStep { try context.deal.book.scenario(named: other) }
                    } catch var e as ScriptError {
                        e.range = e.range ?? args.range(of: "compare")
                        throw e
                    }
                    let table: ReportTable
                    if s.hasSeveralDeals || b.hasSeveralDeals {
                        table = try SeveralDeals.compare((context.scenarioName, s), (other, b), at: nil)
                    } else {
                        table = ReportTable.compare(
                            (context.scenarioName, try Reports.vestingTable(s, at: nil, name: context.scenarioName)),
                            (other, try Reports.vestingTable(b, at: nil, name: other)))
                    }
                    handout.comparison = (table, other)
                }
                let html = try handout.html()
                try OutputFile.replace(path, with: html, for: "report", context: context)
                return .nil
            })
    }
}
