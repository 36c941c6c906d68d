// The text form of a `simulate` result: a heading (model, valuation date, sampling), a table
// per tranche with its odds, fair value and expected value, the warrant's two values, the
// percentiles, and bar charts of tranches vested and of value, all within the given width.
import DealModel
import DealScript
import Foundation

/// Lays out a `SimulationObject` as text.
struct SimulationText {
    let object: SimulationObject

    init(_ object: SimulationObject) { self.object = object }

    func render(width: Int, color: Bool) -> String {
        let width = max(width, 20)
        return [
            heading(width), tranches.render(width: width, color: color), "",
            percentiles.render(width: width, color: color), "",
            vestedCounts(width: width), "",
            histogram(width: width),
        ].joined(separator: "\n")
    }

    private var result: SimulationResult { object.result }
    private var h: SimulationHeading { object.heading }

    func heading(_ width: Int) -> String {
        let m = h.model
        let from =
            h.asOfGiven
            ? "\(money(h.s0)) (the price path's close on \(h.start))"
            : "\(money(h.s0)) on \(h.start)"
        let valued =
            h.asOfGiven
            ? "valued as of \(h.valuationDate): what the price path shows by then is known"
            : "valued as of \(h.valuationDate), the warrant's issue"
        let title = "simulate (scenario \(h.scenario)): \(count(result.paths)) paths, seed \(result.seed)"
        return [
            TextTable.fit(title, width),
            TextTable.fit(
                "GBM from \(from), vol \(rate(m.volatility)), drift \(rate(m.drift)), "
                    + "rate \(rate(m.rate))", width),
            TextTable.fit(valued, width),
        ]
        .joined(separator: "\n")
    }

    /// How the paths were drawn, in words.
    static func sampling(_ method: SimulationMethod) -> String {
        switch (method.antithetic, method.controlVariate) {
        case (true, true): return "antithetic pairs with a control variate (standard errors over pairs)"
        case (true, false): return "antithetic pairs (standard errors over pairs)"
        case (false, true): return "a control variate"
        case (false, false): return "plain sampling"
        }
    }

    /// Each tranche's odds (real world) and values, a standard error beside each estimate.
    var tranches: TextTable {
        let rows = result.tranches.map { t -> [String] in
            if t.settled {
                return [
                    t.name, percent(t.probability, 2) + " known", t.meanVestDate.map { "vested \($0)" } ?? "lapsed",
                    money(t.fairValue.value) + " known", money(t.expectedValue.value) + " known",
                ]
            }
            return [
                t.name, percent(t.probability, 2) + " ± " + percent(t.stderr, 2),
                t.meanVestDate.map(\.description) ?? "–",
                money(t.fairValue.value) + " ± " + money(t.fairValue.stderr),
                money(t.expectedValue.value) + " ± " + money(t.expectedValue.stderr),
            ]
        }
        let m = h.model
        let notes = [
            "warrant: fair value \(money(result.fairValue.value)) ± \(money(result.fairValue.stderr)) "
                + "(risk-neutral: paths drift at the \(rate(m.rate)) rate)",
            "warrant: expected value \(money(result.expectedValue.value)) ± \(money(result.expectedValue.stderr)) "
                + "(real world: paths drift at \(rate(m.drift)))",
            "both discounted at \(rate(m.rate)) to \(h.valuationDate); probabilities and dates are real-world odds",
            "sampling: " + SimulationText.sampling(result.method),
        ]
        return TextTable(
            columns: [
                .init("tranche"), .init("probability", .right), .init("mean vest date"),
                .init("fair value", .right), .init("expected value", .right),
            ],
            rows: rows, notes: notes)
    }

    var percentiles: TextTable {
        let levels = Percentiles.levels.map { "p\(Int($0))" }
        return TextTable(
            columns: [.init("per path (real world)")] + levels.map { .init($0, .right) },
            rows: [
                ["vested shares"] + result.vestedShares.values.map { count(Int($0.rounded())) },
                ["value"] + result.value.values.map(money),
            ])
    }

    /// Paths by how many tranches vested (0 to all): the shape of the outcome at a glance.
    func vestedCounts(width: Int) -> String {
        let counts = result.tranchesVested
        return bars(
            "paths by tranches vested",
            labels: counts.indices.map { "\($0) of \(counts.count - 1)" },
            counts: counts, width: width)
    }

    /// Paths by discounted warrant value, in log-spaced buckets.
    func histogram(width: Int) -> String {
        let buckets = result.valueHistogram
        return bars(
            "paths by warrant value (discounted, log scale)",
            labels: buckets.map { b in
                b.lower == 0 && b.upper == 1 ? "under $1" : "\(money(b.lower)) – \(money(b.upper))"
            },
            counts: buckets.map(\.count), width: width)
    }

    /// One line per bucket: its label, a bar as long as its share of the fullest bucket, the count.
    private func bars(_ title: String, labels: [String], counts: [Int], width: Int) -> String {
        let shown = counts.map(count)
        let labelWidth = labels.map(\.count).max() ?? 0
        let countWidth = shown.map(\.count).max() ?? 0
        let barWidth = max(1, width - labelWidth - countWidth - 2)
        let fullest = max(1, counts.max() ?? 1)
        var lines = [TextTable.fit(title, width)]
        for i in counts.indices {
            let n = Int((Double(counts[i]) / Double(fullest) * Double(barWidth)).rounded())
            let bar = String(repeating: "█", count: n) + String(repeating: " ", count: barWidth - n)
            let label = String(repeating: " ", count: labelWidth - labels[i].count) + labels[i]
            let line = label + " " + bar + " " + String(repeating: " ", count: countWidth - shown[i].count) + shown[i]
            lines.append(TextTable.fit(line, width))
        }
        return lines.joined(separator: "\n")
    }

    func money(_ x: Double) -> String { Value.number(x, .dollars).display }
    func count(_ n: Int) -> String { Value.plain(Double(n)).display }
    func percent(_ x: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f%%", x * 100) }
    /// A yearly rate as written in scripts: 0.55 → `55%`, 0.045 → `4.5%`.
    func rate(_ x: Double) -> String { NumberFormat.plain(x * 100) + "%" }
}
