// `explain phase NAME` and `explain warrant`: a phase's deliveries and what they unlock,
// and the warrant as a whole (terms, public or assumed, what vests along the path).
import DealModel
import DealScript

enum TermExplanation {
    static func phase(_ name: String, _ s: Scenario, scenarioName: String) throws -> Page {
        guard let p = s.phase(named: name) else {
            var m = "explain phase: there is no phase \(name)"
            if let close = Suggestion.closest(to: name, in: s.phases.map(\.name)) { m += "; did you mean `\(close)`?" }
            throw ScriptError(m)
        }
        var blocks: [Page.Block] = [.heading("Phase \(p.name) (scenario \(scenarioName))")]
        let shape = p.shape == .linear ? "linearly" : "on a\(p.shape == .step ? "" : "n") \(p.shape.rawValue) curve"
        var s1 = "\(p.name) delivers \(Wording.gigawatts(p.size)) of \(p.generation) GPUs"
        if p.end > p.start {
            s1 += ", \(shape), from \(p.start) over \(Wording.duration(p.ramp)); it is complete on \(p.end)."
        } else {
            s1 += ", all on \(p.start)."
        }
        blocks.append(.paragraph(s1))
        if let g = s.generation(named: p.generation) {
            let gpus = g.wholeGPUs(forWatts: p.size)
            var s2 =
                "At \(NumberFormat.quantity(g.power, .watts)) of facility power per GPU that is about "
                + "\(Wording.count(gpus)) GPUs"
            if let price = g.price {
                s2 += "; at \(Wording.money(price)) a GPU, \(Wording.money(gpus * price)) of AMD revenue"
            }
            blocks.append(.paragraph(s2 + "."))
        }
        let before = s.deployment.deliveredWatts(on: p.start)
        let after = s.deployment.deliveredWatts(on: p.end)
        blocks.append(
            .paragraph(
                "Cumulative delivered power (all phases): \(Wording.gigawatts(before)) when it starts, "
                    + "\(Wording.gigawatts(after)) when it is complete."
            ))
        let unlocked = s.tranches.compactMap { t -> (String, String)? in
            guard let w = t.deliveredPower, let day = s.deployment.firstDate(reaching: w),
                s.deployment.phasesDelivering(on: day).contains(p)
            else { return nil }
            return (t.name, "its \(Wording.gigawatts(w)) level is reached on \(day), during \(p.name)")
        }
        if unlocked.isEmpty {
            blocks.append(.paragraph("No tranche's power level is reached during \(p.name)."))
        } else {
            blocks.append(.paragraph("Power levels reached during \(p.name):"))
            blocks.append(.definitions(unlocked))
        }
        blocks.append(.paragraph("Next: deployment at: \(p.end), explain tranche NAME, help phase."))
        return Page("explanation", blocks)
    }

    static func warrant(_ s: Scenario, scenarioName: String) throws -> Page {
        guard let w = s.warrant else {
            throw ScriptError(
                "explain warrant: the scenario has no warrant (set it with `warrant shares: ... expires: ...`)")
        }
        var blocks: [Page.Block] = [.heading("The warrant (scenario \(scenarioName))")]
        blocks.append(
            .paragraph(
                "OpenAI may buy \(Wording.shares(w.shares)) AMD shares at \(Wording.money(w.strike)) each. "
                    + "The warrant was issued on \(w.issued) and expires on \(w.expires). AMD has "
                    + "\(Wording.shares(w.outstanding)) shares outstanding, "
                    + "so all of it would be \(percent(Double(w.shares) / Double(w.outstanding))) of today's count."))
        let t = s.tranches
        let conditions = Set(
            t.flatMap { x -> [String] in
                (x.deliveredPower != nil ? ["delivered GW"] : [])
                    + (x.priceTarget != nil ? ["a share-price target"] : [])
                    + (x.milestone != nil ? ["a milestone"] : []) + (x.deadline != nil ? ["a deadline"] : [])
            }
        ).sorted()
        blocks.append(
            .paragraph(
                "It vests in \(t.count) tranche\(t.count == 1 ? "" : "s"); each needs "
                    + (conditions.isEmpty ? "nothing more" : conditions.joined(separator: ", "))
                    + ", and vests on the first trading day on which all its conditions hold. Unvested tranches "
                    + "lapse at expiry."
            ))
        if s.pricePath != nil, let outcome = try? s.vestingOutcome() {
            let vested = outcome.tranches.filter { $0.vestDate != nil }
            let shares = vested.reduce(0) { $0 + $1.tranche.shares }
            let value = vested.reduce(0.0) { $0 + ($1.valueAtVest ?? 0) }
            let dilution = shares > 0 ? Double(shares) / Double(w.outstanding + shares) : 0
            blocks.append(
                .paragraph(
                    "Along the price path \(vested.count) of \(t.count) tranches vest: "
                        + "\(Wording.shares(shares)) shares, "
                        + "worth \(Wording.money(value)) on their vesting days; dilution \(percent(dilution))."))
        }
        let terms = ["shares", "strike", "issued", "expires", "outstanding"]
        let sourced = terms.compactMap { term in s.provenance(of: TermKey.warrant(term)).map { (term, $0) } }
        if !sourced.isEmpty {
            blocks.append(.paragraph("Public or assumed (a workshop's first lesson):"))
            blocks.append(.definitions(sourced.map { ($0.0, $0.1.description) }))
        }
        blocks.append(
            .paragraph("Next: show warrant, show tranches, explain tranche \(t.first?.name ?? "NAME"), vesting."))
        return Page("explanation", blocks)
    }

    static func percent(_ x: Double) -> String { NumberFormat.plain((x * 10000).rounded() / 100) + "%" }
}
