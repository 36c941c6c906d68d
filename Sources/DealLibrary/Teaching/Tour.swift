// `tour`: a guided walk through the deal for a workshop, a few short steps, each saying
// what to look at and which commands to type next. Where the walk is lives in the session.
import DealModel
import DealScript

/// One step of the tour.
struct TourStep {
    var title: String
    var text: String
    var commands: [String]
}

/// The session's place in the tour (each session's registry holds its own).
final class TourGuide {
    /// The step shown last (0-based); nil before the tour starts.
    private(set) var current: Int?

    static let steps: [TourStep] = [
        TourStep(
            title: "The deal in one screen",
            text: "AMD gave OpenAI a warrant: 160M AMD shares at one cent, issued 2025-10-05, vesting as OpenAI buys "
                + "6 GW of AMD GPUs and as AMD's share price climbs toward $600. Some terms are public (the 8-K), "
                + "others are assumptions: show warrant says which is which.",
            commands: ["show warrant"]),
        TourStep(
            title: "Six tranches",
            text:
                "The warrant vests in tranches. Each needs a level of delivered gigawatts and, from T2 on, a "
                + "share-price "
                + "target met by the 20-trading-day average close. Once met, a price target stays met.",
            commands: ["show tranches", "help tranche"]),
        TourStep(
            title: "The supply side: phases of GPUs",
            text:
                "Deliveries come in phases: P1 is the first 1 GW of MI450 from 2026-07-01. Delivered gigawatts add up "
                + "over the phases; each GPU draws about 3 kW of facility power and earns AMD about $45k.",
            commands: ["show phases", "deployment at: 2028-01-01", "explain phase P1"]),
        TourStep(
            title: "The price path",
            text: "To see one story, Tranche follows a price path: $203.71 on 2025-10-06 growing 30% a year, observed "
                + "once per NYSE trading day. It is an assumption to question, not a forecast.",
            commands: ["show price", "timeline"]),
        TourStep(
            title: "What vests, and when",
            text: "A tranche vests on the first trading day on which all its conditions hold. The vesting table shows "
                + "each tranche's status, vest date and value, with running totals and dilution.",
            commands: ["vesting at: 2028-01-01", "vesting"]),
        TourStep(
            title: "Why T3 vests when it does",
            text:
                "explain takes one tranche condition by condition, with the day each was met. T3's price target is met "
                + "long before its 3 GW arrive: the gigawatts decide its date.",
            commands: ["explain tranche T3", "explain tranche T3 at: 2028-01-01"]),
        TourStep(
            title: "What if? Scenarios",
            text: "Copy the base case into a named scenario, change one assumption, and compare. Here the share price "
                + "grows only 5% a year.",
            commands: [
                "scenario bear from: base", "price path growth from: $203.71 on: 2025-10-06 rate: 5%",
                "vesting", "compare base bear", "use base",
            ]),
        TourStep(
            title: "Many futures: simulation",
            text:
                "One path tells a story; a price model gives odds. simulate draws many paths (55% volatility, seeded) "
                + "and reports each tranche's probability of vesting and its expected value.",
            commands: ["simulate paths: 10k"]),
        TourStep(
            title: "Your turn",
            text: "Change a term (tranche T6 price: $500 ...), define your own milestone, write a function. "
                + "Save the scenario as a script to share or test.",
            commands: ["help", "help units", "save \"my-deal.deal\""]),
    ]

    /// Moves as `word` asks (`start`, `next`, `back`, `end`, or a step number) and returns the page.
    func page(_ word: String?) throws -> Page {
        let count = Self.steps.count
        switch word {
        case nil, "start"?: current = current ?? 0
        case "next"?:
            guard let c = current else {
                current = 0
                break
            }
            guard c + 1 < count else { return endPage }
            current = c + 1
        case "back"?: current = max((current ?? 0) - 1, 0)
        case "end"?, "stop"?:
            current = nil
            return endPage
        case let w?:
            guard let n = Int(w), n >= 1, n <= count else {
                throw ScriptError(
                    "tour accepts next, back or end (or a step number from 1 to \(count) in quotes), got \(w)")
            }
            current = n - 1
        }
        return page(step: current ?? 0)
    }

    private func page(step index: Int) -> Page {
        let step = Self.steps[index]
        let count = Self.steps.count
        var next = index + 1 < count ? "tour next" : "tour end"
        if index > 0 { next += " · tour back" }
        return Page(
            "tour",
            [
                .heading("Tour \(index + 1)/\(count): \(step.title)"),
                .paragraph(step.text),
                .paragraph("Type:"),
                .commands(step.commands),
                .paragraph("Then: \(next)"),
            ])
    }

    private var endPage: Page {
        Page(
            "tour",
            [
                .heading("End of the tour"),
                .paragraph("Type tour to start again, help for the commands by task."),
            ])
    }
}
