// `explain value [as_of: DATE]`: how `simulate` values the warrant, in words: the valuation
// date, where paths start, fair value against expected value, and tranche by tranche what is
// already known on that date (vested, target met, waiting).
import CivilTime
import DealModel
import DealScript

/// The explanation of a valuation as of a date.
enum ValueExplanation {
    static func page(_ scenario: Scenario, asOf: CivilDate?, scenarioName: String) throws -> Page {
        guard let model = scenario.priceModel, let warrant = scenario.warrant else {
            throw ScriptError(
                "explain value needs a price model and a warrant: "
                    + "`price model gbm ...` and `warrant ...` set them")
        }
        let input = try SimulationSetup.input(for: scenario, asOf: asOf)
        let date = asOf ?? warrant.issued
        let rate = percent(model.rate)
        let drift = percent(model.drift)
        var blocks: [Page.Block] = [.heading("How the warrant is valued as of \(date) (scenario \(scenarioName))")]
        if asOf == nil {
            blocks.append(
                .paragraph(
                    "The valuation date is \(date), the warrant's issue (`simulate as_of: DATE` "
                        + "values it later). Every path starts from the price model's \(Wording.money(model.s0)) on \(input.start)."
                ))
        } else {
            blocks.append(
                .paragraph(
                    "The valuation date is \(date). What the price path shows by then is known, and "
                        + "every path starts from its close on \(input.start), \(Wording.money(input.s0)); averaging windows "
                        + "start filled with its closes before that day, and delivered power follows the phases."))
        }
        blocks.append(
            .paragraph(
                "Two values, kept apart. The fair value is what the warrant is worth on \(date): "
                    + "paths drift at the \(rate) risk-free rate (the risk-neutral model) and each tranche's value on its "
                    + "vest day is discounted at \(rate) back to \(date). The expected value is the real world's average "
                    + "payoff: paths drift at \(drift), discounted the same way. "
                    + (model.drift == model.rate
                        ? "Here the drift is the rate, so they are the same number."
                        : "A drift above the rate makes the expected value the larger.")
                    + " The odds of vesting and the mean vest dates are real-world figures."))
        if asOf != nil {
            let outcome = try modelStep { try scenario.vestingOutcome() }
            blocks.append(.paragraph("Tranche by tranche, on \(date):"))
            blocks.append(
                .definitions(
                    zip(outcome.tranches, input.settled).map { story, settled in
                        (story.tranche.name, known(story, settled: settled, on: input.start, outcome: outcome))
                    }))
        }
        blocks.append(
            .paragraph(
                "Next: simulate as_of: \(date), greeks as_of: \(date), "
                    + "explain tranche T3 at: \(date)."))
        return Page("explanation", blocks)
    }

    /// What is known of one tranche on day 0 of the valuation.
    static func known(
        _ story: TrancheOutcome, settled: SettledTranche?, on day: CivilDate,
        outcome: VestingOutcome
    ) -> String {
        if let s = settled {
            if let vested = s.vested { return "vested on \(vested): counts at \(Wording.money(s.value)), known" }
            return "lapsed: counts at nothing"
        }
        var parts: [String] = []
        let t = story.tranche
        if let watts = t.deliveredPower {
            if let d = story.powerDate, d <= day {
                parts.append("\(Wording.gigawatts(watts)) delivered")
            } else {
                parts.append("waits for \(Wording.gigawatts(watts))" + (story.powerDate.map { " (due \($0))" } ?? ""))
            }
        }
        if let target = t.priceTarget {
            if t.latched, let met = story.targetMetDate, met <= day {
                parts.append("target \(Wording.money(target)) met on \(met), stays met")
            } else {
                var s = "target \(Wording.money(target)) not met"
                if let i = outcome.grid.index(onOrBefore: day), let m = outcome.measures[story.compiled.window]?[i] {
                    s += " (\(Wording.measure(t.measure)) \(Wording.money(m)))"
                }
                parts.append(s)
            }
        }
        if let m = t.milestone { parts.append("milestone \(m)") }
        return parts.isEmpty ? "no conditions left" : parts.joined(separator: "; ")
    }

    static func percent(_ x: Double) -> String { NumberFormat.plain(x * 100) + "%" }
}
