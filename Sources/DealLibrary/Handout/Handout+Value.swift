// The handout's value section: the warrant valued as of a date by `simulate`, its fair value
// and its expected value labelled apart, with each tranche's odds, so a workshop sees both.
import DealModel
import DealScript
import Foundation

extension Handout {
    /// The section's HTML for a finished simulation.
    static func valueSection(_ s: SimulationObject) -> String {
        let r = s.result
        let h = s.heading
        let m = h.model
        let rate = NumberFormat.plain(m.rate * 100) + "%"
        let drift = NumberFormat.plain(m.drift * 100) + "%"
        func money(_ x: Double) -> String { Value.number(x, .dollars).display }
        func estimate(_ e: Estimate) -> String {
            e.stderr == 0 ? money(e.value) : money(e.value) + " ± " + money(e.stderr)
        }
        let rows: [[(String, Value)]] = r.tranches.map { t in
            [
                ("name", .string(t.name)),
                ("probability", .string(String(format: "%.1f%%", t.probability * 100) + (t.settled ? " (known)" : ""))),
                (
                    "mean_vest_date",
                    t.meanVestDate.map { .string((t.settled ? "vested " : "") + $0.description) } ?? .nil
                ),
                ("fair_value", .string(estimate(t.fairValue))), ("expected_value", .string(estimate(t.expectedValue))),
            ]
        }
        let table = ReportTable(
            typeName: "value",
            title: "Value as of \(h.valuationDate): \(Value.plain(Double(r.paths)).display) paths, seed \(r.seed)",
            columns: [
                ReportColumn("name", "tranche"), ReportColumn("probability", "probability", .right),
                ReportColumn("mean_vest_date", "mean vest date"),
                ReportColumn("fair_value", "fair value (risk-neutral)", .right),
                ReportColumn("expected_value", "expected value (real world)", .right),
            ],
            rows: rows,
            notes: ["Warrant: fair value \(estimate(r.fairValue)); expected value \(estimate(r.expectedValue))."])
        let asOf =
            h.asOfGiven
            ? "as of \(h.valuationDate): what the price path shows by then is known (vested tranches count at "
                + "their value on the vest date, targets met stay met), and paths start from its close, \(money(h.s0))"
            : "as of \(h.valuationDate), the warrant's issue, with paths starting at \(money(h.s0)) on \(h.start)"
        return [
            "<h2>Value as of \(h.valuationDate)</h2>",
            "<p>The warrant is valued \(HTMLText.escape(asOf)). Two numbers, kept apart: the "
                + "<strong>fair value</strong> is what the warrant is worth today, with paths drifting at the "
                + "\(rate) risk-free rate (risk-neutral); "
                + "the <strong>expected value</strong> is the real world's average payoff, with paths drifting at "
                + "\(drift). Both are discounted at \(rate) to \(h.valuationDate). Probabilities and dates are "
                + "real-world odds; ± is one standard error.</p>",
            HTMLText.table(table),
        ].joined(separator: "\n")
    }
}
