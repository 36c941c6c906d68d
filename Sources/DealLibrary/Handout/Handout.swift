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

    /// The page; throws (naming the command that fixes it) when the warrant or price path is missing.
    func html() throws -> String {
        let s = scenario
        let terms = try ReportTable.warrantTerms(s, scenario: name)
        guard let warrant = s.warrant else {
            throw ScriptError("warrant is not set (set it with `warrant shares: ... expires: ...`)")
        }
        let vestingTable = try Reports.vestingTable(s, at: warrant.expires, name: name)
        let vesting = ReportTable.vesting(vestingTable, scenario: name)
        let timeline = ReportTable.timeline(try modelStep { try s.timeline() }, scenario: name)
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

        body.append("<h2>Vesting on \(warrant.expires)</h2>")
        body.append(
            "<p>A tranche vests on the first trading day on which all its conditions hold: its GW delivered, "
                + "its price target met (latched), its milestone achieved.</p>"
        )
        body.append(HTMLText.table(vesting))
        body.append(figure(vestingChart))

        if let valuation { body.append(Handout.valueSection(valuation)) }

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
