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
                ]
            ) { args, context in
                let path = try args.required(args.word("to"), "to", "report")
                let lower = path.lowercased()
                guard lower.hasSuffix(".html") || lower.hasSuffix(".htm") else {
                    throw ScriptError(
                        "report writes HTML: name the file with .html, like `report to: \"deal.html\"`, got \"\(path)\""
                    )
                }
                var handout = Handout(scenario: context.deal.book.scenario, name: context.scenarioName)
                if context.deal.book.scenario.priceModel != nil, args.number("paths") != 0 {
                    let valuation = try Valuation(args, context)
                    let request = try SimulationRun(
                        args, context, model: valuation.model, input: valuation.input,
                        defaultPaths: 20_000, command: "report")
                    handout.valuation = SimulationObject(try request.run(valuation.input), heading: valuation.heading)
                }
                let html = try handout.html()
                try OutputFile.replace(path, with: html, for: "report", context: context)
                return .nil
            })
    }
}
