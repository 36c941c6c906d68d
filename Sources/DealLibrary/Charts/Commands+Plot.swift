// `plot price|deployment|vesting [from: DATE] [to: "FILE.svg"]`: a terminal chart, or an
// SVG file with `to:`.
import CivilTime
import DealModel
import DealScript

extension CommandRegistry {
    /// Registers `plot`.
    func registerPlotCommand() {
        register(
            Command(
                "plot",
                help:
                    "charts the price path (price targets and vest dates marked), deployment (GW levels) or "
                    + "vested shares; in the terminal, or as SVG with to:",
                parameters: [
                    .positional("what", .name, "price, deployment or vesting"),
                    .labeled(
                        "from", .date, "the first date shown (default: the warrant's issue, or the first phase's start)"
                    ),
                    .labeled("to", .string, "an .svg file to write instead of drawing in the terminal"),
                ]
            ) { args, context in
                let what = try args.name(0, "plot")
                let chart = try Plots.chart(what, from: args.date("from"), context)
                guard let path = args.word("to") else { return .object(ChartObject(chart)) }
                guard path.lowercased().hasSuffix(".svg") else {
                    throw ScriptError(
                        "plot writes SVG: name the file with .svg, like `plot \(what) to: \"\(what).svg\"`, got "
                            + "\"\(path)\""
                    )
                }
                try OutputFile.replace(
                    path, with: SVGChart(chart: chart).render(standalone: true), for: "plot \(what)", context: context)
                return .nil
            })
    }
}

/// The charts `plot` knows, by name.
enum Plots {
    static let names = ["price", "deployment", "vesting"]

    static func chart(_ what: String, from: CivilDate?, _ context: CommandContext) throws -> Chart {
        let s = context.deal.book.scenario
        let name = context.scenarioName
        switch what {
        case "price": return try Chart.price(s, from: from, scenario: name)
        case "deployment": return try Chart.deployment(s, from: from, scenario: name)
        case "vesting": return try Chart.vesting(s, from: from, scenario: name)
        default:
            var m = "plot accepts \(names.joined(separator: ", ")), got \(what)"
            if let close = Suggestion.closest(to: what, in: names) { m += "; did you mean `\(close)`?" }
            throw ScriptError(m)
        }
    }
}
