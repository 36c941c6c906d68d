// `explain deals`: several warrants on one AMD share price, in plain words: each deal's
// warrant and plan, why their price targets are met on the same days, and what the
// shareholders face together (combined dilution), along the price path.
import DealModel
import DealScript

enum DealsExplanation {
    static func page(_ s: Scenario, scenarioName: String) throws -> Page {
        var blocks: [Page.Block] = [.heading("The deals of scenario \(scenarioName), on one AMD share price")]
        guard s.hasSeveralDeals else {
            blocks.append(
                .paragraph(
                    "This scenario holds one deal. `load \"amd-both\"` puts AMD-OpenAI and AMD-Meta on one share "
                        + "price; `deal NAME` adds a counterparty's deal to this one."))
            return Page("explanation", blocks)
        }
        var items: [(String, String)] = []
        var total = 0
        for deal in s.deals {
            guard let w = deal.warrant else {
                items.append((deal.label, "no warrant yet"))
                continue
            }
            total += w.shares
            let gw = Deployment(phases: deal.phases.map(\.planned)).totalWatts
            items.append(
                (
                    deal.label,
                    "\(Wording.shares(w.shares)) shares at \(Wording.money(w.strike)), issued \(w.issued), expiring "
                        + "\(w.expires); \(deal.tranches.count) tranches over \(Wording.gigawatts(gw))"
                ))
        }
        blocks.append(.definitions(items))
        let outstanding = SeveralDeals.outstanding(s)
        let full = SeveralDeals.dilution(vested: total, outstanding: outstanding)
        blocks.append(
            .paragraph(
                "Each warrant's tranches need their own deal's gigawatts, but the price targets are tested on the "
                    + "same AMD share price: a price that meets one deal's target meets the same target of the "
                    + "other on the same day. On the price side the deals rise and fall together; their deliveries "
                    + "and terms are what differ."))
        blocks.append(
            .paragraph(
                "Fully vested, the warrants give \(Wording.shares(total)) shares: the existing "
                    + "\(Wording.shares(outstanding)) "
                    + "are diluted by \(TermExplanation.percent(full)) (\(Wording.shares(total)) over "
                    + "\(Wording.shares(outstanding)) + \(Wording.shares(total)))."))
        if s.pricePath != nil, let v = try? SeveralDeals.vesting(s, at: nil, name: scenarioName),
            case .number(let vested, _)? = v.field("vested_shares"), case .number(let d, _)? = v.field("dilution")
        {
            blocks.append(
                .paragraph(
                    "Along the price path, \(Wording.count(vested)) shares vest by the expiries: dilution "
                        + "\(TermExplanation.percent(d))."))
        }
        blocks.append(.paragraph("Next: vesting, timeline, simulate (P(both fully vest)), economics, deal NAME."))
        return Page("explanation", blocks)
    }
}
