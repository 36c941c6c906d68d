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
                    .labeled("to", .string, "the .html file to write", required: true)
                ]
            ) { args, context in
                let path = try args.required(args.word("to"), "to", "report")
                let lower = path.lowercased()
                guard lower.hasSuffix(".html") || lower.hasSuffix(".htm") else {
                    throw ScriptError(
                        "report writes HTML: name the file with .html, like `report to: \"deal.html\"`, got \"\(path)\""
                    )
                }
                let html = try Handout(scenario: context.deal.book.scenario, name: context.scenarioName).html()
                try OutputFile.replace(path, with: html, for: "report", context: context)
                return .nil
            })
    }
}
