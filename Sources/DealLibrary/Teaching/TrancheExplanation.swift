// `explain tranche NAME [at: DATE]`: why a tranche vests when it does, condition by
// condition, with the day each was met, in sentences a workshop can read aloud.
import CivilTime
import DealModel
import DealScript

/// Builds the explanation of one tranche from the vesting engine's outcome.
struct TrancheExplanation {
    let scenario: Scenario
    let outcome: VestingOutcome
    let story: TrancheOutcome
    let scenarioName: String
    let calendar = TradingCalendar.nyse

    var tranche: Tranche { story.tranche }
    var name: String { tranche.name }

    init(_ name: String, in scenario: Scenario, scenarioName: String) throws {
        guard let tranche = scenario.tranche(named: name) else {
            var m = "explain tranche: there is no tranche \(name)"
            let names = scenario.tranches.map(\.name)
            if let close = Suggestion.closest(to: name, in: names) {
                m += "; did you mean `\(close)`?"
            } else if !names.isEmpty {
                m += " (tranches: \(names.joined(separator: ", ")))"
            }
            throw ScriptError(m)
        }
        self.scenario = scenario
        self.scenarioName = scenarioName
        outcome = try modelStep { try scenario.vestingOutcome() }
        guard let story = outcome.tranches.first(where: { $0.tranche.name == tranche.name }) else {
            throw ScriptError("explain tranche: \(name) has no outcome")
        }
        self.story = story
    }

    /// The page: the verdict first, then each condition, then how the day follows.
    func page(at date: CivilDate?) -> Page {
        let title = story.vestDate == nil ? "Why \(name) never vests" : "Why \(name) vests when it does"
        var blocks: [Page.Block] = [.heading("\(title) (scenario \(scenarioName), along the price path)")]
        blocks.append(.paragraph(verdict))
        let conditions = self.conditions
        if conditions.isEmpty {
            blocks.append(.paragraph("\(name) has no conditions: it vests on the warrant's first trading day."))
        } else {
            let count =
                conditions.count == 1 ? "one condition" : "\(conditions.count) conditions, all of which must hold"
            blocks.append(.paragraph("It has \(count):"))
            blocks.append(.definitions(conditions.enumerated().map { ("\($0.offset + 1).", $0.element) }))
        }
        blocks.append(.paragraph(conclusion))
        if let date { blocks.append(contentsOf: status(on: date)) }
        blocks.append(.paragraph("Next: explain tranche \(name) at: DATE, vesting at: DATE, timeline, help tranche."))
        return Page("explanation", blocks)
    }

    /// One sentence: when it vests and for what, or that it lapses.
    var verdict: String {
        if let vest = story.vestDate {
            return "\(name) (\(Wording.shares(tranche.shares)) shares) vests on \(vest)."
        }
        return "\(name) (\(Wording.shares(tranche.shares)) shares) never vests along this price path: it lapses at the "
            + "close of \(lapseWords)."
    }

    /// `2030-10-04, the last trading day before the warrant expires on 2030-10-05`.
    var lapseWords: String {
        guard let lapse = story.lapseDate else { return "its last trading day" }
        let end = story.termEnd ?? outcome.warrant.expires
        let term = story.lapseReason == .deadline ? "its by: date \(end)" : "the warrant's expiry on \(end)"
        let what = story.lapseReason == .deadline ? "its by: date" : "the warrant's expiry"
        if lapse == end { return "\(lapse), \(what)" }
        return "\(lapse), the last trading day before \(term)"
    }

    /// When the path's market closes begin after the warrant's first day: the first day with a
    /// price measure, in words (nil when every day of the term has a price).
    var noPriceBefore: String? {
        guard let first = scenario.pricePath?.firstPricedDate, story.compiled.firstPricedDay > 0 else { return nil }
        var s = "The price path is market closes that begin on \(first): there is no price before that day"
        let window = tranche.measure.window
        if window > 1 {
            let day = outcome.grid.date(at: story.compiled.firstPricedDay).map { "on \($0)" } ?? "never within the term"
            s += ", and the average needs \(window) closes, so it is first known \(day)"
        }
        return s + ". No price target can be met before then."
    }

    /// Each condition in words, with the day it was met (or why it never was).
    var conditions: [String] {
        var lines: [String] = []
        if let watts = tranche.deliveredPower {
            var s = "Delivered power must reach \(Wording.gigawatts(watts)) (cumulative, all phases). "
            if let day = story.powerDate {
                s += "It reaches \(Wording.gigawatts(watts)) on \(Wording.day(day))"
                let phases = scenario.deployment.phasesDelivering(on: day).map { "\($0.name) (\($0.generation))" }
                if !phases.isEmpty {
                    s += ", during phase" + (phases.count > 1 ? "s " : " ") + phases.joined(separator: " and ")
                }
                s += "."
            } else {
                s += "It never does: the phases deliver \(Wording.gigawatts(scenario.deployment.totalWatts)) in all."
            }
            lines.append(s)
        }
        if let target = tranche.priceTarget {
            var s =
                "\(capitalised(Wording.measure(tranche.measure))) must be at or above \(Wording.money(target)) "
                + "on a trading day"
            s +=
                tranche.latched
                ? "; once met, it stays met (latched). "
                : ", and it must hold on the vesting day itself (latch: false). "
            if let day = story.targetMetDate {
                s += "It is first met on \(day)"
                if let value = measure(on: day) { s += ", at \(Wording.money(value))" }
                s += "."
            } else {
                s += "It is never met before the warrant expires."
            }
            if let none = noPriceBefore { s += " " + none }
            lines.append(s)
        }
        if let m = tranche.milestone {
            var s = "Milestone \(m) must be achieved. "
            if let day = story.milestoneDate {
                s += "It is achieved on \(Wording.day(day))."
            } else if scenario.milestone(named: m) != nil {
                s += "It is not achieved (it has no on: date)."
            } else {
                s += "There is no milestone \(m), so it never is."
            }
            lines.append(s)
        }
        if let by = tranche.deadline {
            lines.append("It must vest by \(by); after that day it lapses.")
        }
        return lines
    }

    /// How the vesting day follows from the conditions' days (or why it never comes).
    var conclusion: String {
        guard let vest = story.vestDate else {
            var unmet: [String] = []
            if tranche.deliveredPower != nil && (story.powerDate.map { $0 > lastDay } ?? true) {
                unmet.append("the power level")
            }
            if tranche.priceTarget != nil && story.targetMetDate == nil { unmet.append("the price target") }
            if tranche.milestone != nil && (story.milestoneDate.map { $0 > lastDay } ?? true) {
                unmet.append("the milestone")
            }
            let why =
                unmet.isEmpty
                ? "its conditions never hold together" : unmet.joined(separator: " and ") + " never met in time"
            return "So \(name) never vests (\(why)); it lapses at the close of \(lapseWords), and its "
                + "\(Wording.shares(tranche.shares)) shares are not issued."
        }
        var met: [(String, CivilDate)] = []
        if let d = story.powerDate { met.append(("delivered power", d)) }
        if let d = story.targetMetDate { met.append(("the price target", d)) }
        if let d = story.milestoneDate { met.append(("the milestone", d)) }
        var s = ""
        if let last = met.max(by: { $0.1 < $1.1 }) {
            s = met.count > 1 ? "The last condition to be met is \(last.0), on \(last.1). " : ""
            if vest > last.1 {
                if let closed = Wording.closure(last.1) {
                    s += "\(last.1) is \(closed), not a trading day, so \(name) vests on the next one, \(vest). "
                } else if !tranche.latched {
                    s += "The price test must hold on the day itself; it next holds on \(vest). "
                } else {
                    s += "\(name) vests on \(vest), the first trading day of the warrant's term on which all hold. "
                }
            } else {
                s += "All hold on \(vest), so \(name) vests that day. "
            }
        }
        if let close = story.closeOnVest, let value = story.valueAtVest {
            s += "The close that day is \(Wording.money(close)), so the tranche is worth \(Wording.money(value)) "
            s +=
                "(\(Wording.shares(tranche.shares)) shares × (\(Wording.money(close)) − "
                + "\(Wording.money(outcome.warrant.strike))))."
        } else if let first = scenario.pricePath?.firstPricedDate {
            s += "The price path's market closes begin on \(first), so there is no close that day and no value at vest."
        }
        return s
    }

    /// Where things stand on `date`: each condition met or not yet, and the tranche's status.
    func status(on date: CivilDate) -> [Page.Block] {
        var lines: [(String, String)] = []
        if let watts = tranche.deliveredPower {
            let delivered = scenario.deployment.deliveredWatts(on: date)
            let met = story.powerDate.map { $0 <= date } ?? false
            lines.append(
                (
                    "power",
                    "\(Wording.gigawatts(delivered)) delivered of \(Wording.gigawatts(watts)): "
                        + (met ? "met" : "not yet")
                ))
        }
        if let target = tranche.priceTarget {
            var text = "not yet"
            if let since = story.targetMetDate, since <= date { text = "met (since \(since))" }
            if let i = outcome.grid.index(onOrBefore: date), let value = outcome.measures[story.compiled.window]?[i] {
                if value.isNaN {
                    let begins = scenario.pricePath?.firstPricedDate.map { ", closes begin on \($0)" } ?? ""
                    text = "no price yet\(begins); the target \(Wording.money(target)) is not met"
                } else {
                    text = "\(Wording.money(value)) against \(Wording.money(target)): " + text
                }
            }
            lines.append(("price", text))
        }
        if let m = tranche.milestone {
            let met = story.milestoneDate.map { $0 <= date } ?? false
            lines.append(("milestone", "\(m): " + (met ? "achieved" : "not yet")))
        }
        let verdict: String
        switch outcome.status(of: story, at: date) {
        case .vested(let vest): verdict = "vested on \(vest)"
        case .lapsed: verdict = "lapsed at the close of \(lapseWords)"
        case .waiting(let pending):
            let what = pending.isEmpty ? "" : " (waiting for " + pending.map(\.rawValue).joined(separator: ", ") + ")"
            if let vest = story.vestDate {
                verdict = "not vested yet\(what); it vests on \(vest)"
            } else {
                verdict = "not vested\(what); it will lapse at the close of \(lapseWords)"
            }
        }
        lines.append(("status", verdict))
        return [.heading("On \(date)"), .definitions(lines)]
    }

    private var lastDay: CivilDate { story.lapseDate ?? outcome.warrant.expires }

    /// The price measure on a grid day.
    private func measure(on day: CivilDate) -> Double? {
        guard let i = outcome.grid.index(of: day) else { return nil }
        return outcome.measures[story.compiled.window]?[i]
    }

    private func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
