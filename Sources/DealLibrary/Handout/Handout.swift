// The workshop handout (`report to: "deal.html"`): one self-contained HTML page with the
// warrant's terms marked public or assumed, the charts inline, vesting, deployment and
// the timeline. Built from the same report values the commands print, so they agree.
import DealModel
import DealScript

/// The handout of one scenario, as HTML text; the same scenario always gives the same bytes.
struct Handout {
    let scenario: Scenario
    let name: String
    /// The value section's simulation (nil: the scenario has no price model, or `paths: 0`).
    var valuation: SimulationObject? = nil
    /// With several deals: each deal's simulation and their odds together.
    var joint: JointSimulationObject? = nil
    /// The economics section (per deal, and together with several).
    var economics: EconomicsObject? = nil
    /// `report compare: NAME`: this scenario and another, tranche by tranche.
    var comparison: (table: ReportTable, other: String)? = nil

    /// The page; throws (naming the command that fixes it) when the warrant or price path is missing.
    func html() throws -> String {
        let s = scenario
        let several = s.hasSeveralDeals
        let terms =
            several ? try SeveralDeals.warrantTerms(s, name: name) : try ReportTable.warrantTerms(s, scenario: name)
        guard let warrant = s.warrant else {
            throw ScriptError("warrant is not set (set it with `warrant shares: ... expires: ...`)")
        }
        let vestingTable = try Reports.vestingTable(s, at: warrant.expires, name: name)
        let vesting =
            several
            ? try SeveralDeals.vesting(s, at: nil, name: name) : ReportTable.vesting(vestingTable, scenario: name)
        let timeline =
            several
            ? try SeveralDeals.timeline(s, name: name)
            : ReportTable.timeline(try modelStep { try s.timeline() }, scenario: name)
        let priceChart = try Chart.price(s, from: nil, scenario: name)
        let vestingChart = try Chart.vesting(s, scenario: name)

        let vested = Value.plain(Double(vestingTable.vestedShares)).display
        let value = Value.number(vestingTable.vestedValue, .dollars).display
        let dilution = percentText(.plain(vestingTable.dilution))
        let vestedCount = vestingTable.rows.filter { if case .vested = $0.status { return true } else { return false } }
            .count

        var body: [String] = []
        body.append("<h1>Compute for equity: the warrant, tranche by tranche</h1>")
        body.append(
            "<p class=\"lead\">Scenario <strong>\(e(name))</strong>: "
                + "\(e(Value.plain(Double(warrant.shares)).display)) shares at "
                + "\(e(Value.number(warrant.strike, .dollars).display)), issued \(warrant.issued), expiring \(warrant.expires), in \(s.tranches.count) tranches.</p>"
        )
        body.append("<dl class=\"terms\">")
        body.append(
            "<dt>Vested by expiry</dt><dd>\(vestedCount) of \(s.tranches.count) tranches, \(e(vested)) shares, "
                + "worth \(e(value)) at vest</dd>"
        )
        body.append(
            "<dt>Dilution</dt><dd>\(e(dilution)) of AMD's shares after exercise (outstanding "
                + "\(e(Value.plain(Double(warrant.outstanding)).display)))</dd>"
        )
        if several, case .number(let all, _)? = vesting.field("vested_shares"),
            case .number(let d, _)? = vesting.field("dilution")
        {
            body.append(
                "<dt>Deals</dt><dd>\(e(s.deals.map(\.label).joined(separator: ", "))) on one AMD share price; "
                    + "the figures above are deal \(e(s.deals[s.currentDeal].label))'s</dd>")
            body.append(
                "<dt>All deals</dt><dd>\(e(Value.plain(all).display)) shares vested by the expiries; combined "
                    + "dilution \(e(percentText(.plain(d))))</dd>")
        }
        if let path = s.pricePath { body.append("<dt>Price path</dt><dd>\(e(PriceDescription.path(path)))</dd>") }
        body.append("</dl>")

        body.append("<h2>What is public, what is assumed</h2>")
        body.append(
            "<p>Each term is marked <span class=\"mark public\">public</span> (with its source), <span "
                + "class=\"mark assumption\">assumption</span> (with the reason) or <span class=\"mark "
                + "yours\">yours</span> (defined or changed in this session).</p>"
        )
        body.append(HTMLText.table(terms))

        body.append("<h2>The price path</h2>")
        body.append(
            "<p>Vesting follows one what-if price path. Dotted lines are the tranches' price targets; dots mark "
                + "the vest dates.</p>"
        )
        body.append(figure(priceChart))
        body.append(HTMLText.table(ReportTable.priceTerms(s, scenario: name)))

        body.append(several ? "<h2>Vesting by each warrant's expiry</h2>" : "<h2>Vesting on \(warrant.expires)</h2>")
        body.append(
            "<p>A tranche vests on the first trading day on which all its conditions hold: its GW delivered, "
                + "its price target met (latched), its milestone achieved.</p>"
        )
        if several {
            // One table a deal (a deal column would not fit A4), then the deals' totals.
            for (deal, alone) in zip(s.deals, s.eachDeal) {
                let t = try Reports.vestingTable(alone, at: nil, name: name)
                let table = ReportTable.vesting(t, scenario: name)
                body.append(
                    HTMLText.table(
                        ReportTable(
                            typeName: table.typeName, title: "deal \(deal.label): vesting on \(t.date)",
                            columns: table.columns, rows: table.rows, notes: table.notes)))
            }
            for note in vesting.notes.filter({ $0.hasPrefix("together") || $0.hasPrefix("nominal") }) {
                body.append("<p class=\"note\">\(e(note))</p>")
            }
        } else {
            body.append(HTMLText.table(vesting))
        }
        if several { body.append("<p>The charts show deal \(e(s.deals[s.currentDeal].label)).</p>") }
        body.append(figure(vestingChart))

        if let valuation {
            body.append(Handout.valueSection(valuation))
            body.append(Handout.bindsSection(valuation))
        }
        if several {
            body.append(Handout.dealsSection(joint: joint, economics: economics))
        } else if let economics {
            body.append(Handout.economicsSection(economics))
        }
        if let comparison { body.append(Handout.comparisonSection(comparison.table, a: name, b: comparison.other)) }

        body.append("<h2>Deployment</h2>")
        if let lastEnd = s.phases.map(\.end).max() {
            body.append(figure(try Chart.deployment(s, scenario: name)))
            body.append(HTMLText.table(ReportTable.deployment(s.deploymentReport(at: lastEnd), scenario: name)))
        } else {
            body.append("<p>No phases are defined in this scenario.</p>")
        }

        body.append("<h2>Timeline</h2>")
        body.append(HTMLText.table(timeline))

        body.append(
            "<footer>Made with tranche (<code>report to:</code>) from scenario \(e(name)). Values follow the "
                + "price path, one what-if story; <code>simulate</code> draws the distribution from the price "
                + "model.</footer>"
        )

        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Tranche handout: scenario \(e(name))</title>
            <style>
            \(HandoutStyle.css)
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    private func figure(_ chart: Chart) -> String {
        "<figure>\n" + SVGChart(chart: chart).render(standalone: false) + "</figure>"
    }

    private func e(_ s: String) -> String { HTMLText.escape(s) }
}
