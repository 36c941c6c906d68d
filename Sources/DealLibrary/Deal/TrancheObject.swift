// A tranche as a script object: its terms, and what happens to it along the price path.
import DealModel
import DealScript

/// `tranche("T2")`: terms (name, shares, gw, price, measure, latch, milestone, by) and, when
/// the scenario has a warrant and a price path, its fate along that path at expiry (status,
/// waiting_for, vest_date, lapse_date, close, value, gw_reached, target_met); nil otherwise.
final class TrancheObject: TermObject {
    let tranche: Tranche
    let outcome: TrancheOutcome?
    let status: TrancheStatus?

    init(_ t: Tranche, outcome: TrancheOutcome?, status: TrancheStatus?) {
        tranche = t
        self.outcome = outcome
        self.status = status
    }

    /// Every tranche of `scenario`, with outcomes when the path allows.
    static func all(in scenario: Scenario) -> [TrancheObject] {
        let outcome = try? scenario.vestingOutcome()
        return scenario.tranches.enumerated().map { i, t in
            let o = outcome.flatMap { i < $0.tranches.count ? $0.tranches[i] : nil }
            let status = outcome.flatMap { out in o.map { out.status(of: $0, at: out.warrant.expires) } }
            return TrancheObject(t, outcome: o, status: status)
        }
    }

    var typeName: String { "tranche" }

    var fields: [(String, Value)] {
        let t = tranche
        let terms: [(String, Value)] = [
            ("name", .string(t.name)), ("shares", .plain(Double(t.shares))),
            ("gw", optional(t.deliveredPower) { .number($0, .watts) }),
            ("price", optional(t.priceTarget) { .number($0, .dollars) }),
            ("measure", .string(t.measure.description)), ("latch", .bool(t.latched)),
            ("milestone", optional(t.milestone) { .string($0) }), ("by", optional(t.deadline) { .date($0) }),
        ]
        let fate =
            status.map { StatusFields.fields($0) }
            ?? ["status", "waiting_for", "vest_date", "lapse_date"].map { ($0, Value.nil) }
        return terms + fate + [
            ("close", optional(outcome?.closeOnVest) { .number($0, .dollars) }),
            ("value", optional(outcome?.valueAtVest) { .number($0, .dollars) }),
            ("gw_reached", optional(outcome?.powerDate) { .date($0) }),
            ("target_met", optional(outcome?.targetMetDate) { .date($0) }),
        ]
    }

    var definition: String {
        let t = tranche
        var s = "tranche \(t.name) shares: \(ScriptLiteral.count(t.shares))"
        if let g = t.deliveredPower { s += " gw: \(ScriptLiteral.watts(g))" }
        if let p = t.priceTarget { s += " price: \(ScriptLiteral.dollars(p))" }
        s += " measure: \(t.measure)"
        if !t.latched { s += " latch: false" }
        if let m = t.milestone { s += " milestone: \(m)" }
        if let by = t.deadline { s += " by: \(by)" }
        return s
    }

    /// The conditions in a few words: `2 GW, avg(20td) ≥ $250, M2, by 2029-01-01`.
    static func conditions(_ t: Tranche) -> String {
        var parts: [String] = []
        if let g = t.deliveredPower { parts.append(Value.number(g, .watts).display) }
        if let p = t.priceTarget {
            parts.append("\(t.measure) ≥ \(Value.number(p, .dollars).display)" + (t.latched ? "" : " same day"))
        }
        if let m = t.milestone { parts.append(m) }
        if let by = t.deadline { parts.append("by \(by)") }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }
}
