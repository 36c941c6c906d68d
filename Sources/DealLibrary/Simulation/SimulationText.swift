// The text form of a `simulate` result: a heading, a table per tranche, the warrant's value
// and percentiles, and bar charts of tranches vested and of value, all within the given width.
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

    func heading(_ width: Int) -> String {
        let m = object.model
        return [
            TextTable.fit(
                "simulate (scenario \(object.scenario)): \(count(result.paths)) paths, seed \(result.seed)", width),
            TextTable.fit(
                "GBM from \(money(m.s0)) on \(m.start), vol \(rate(m.volatility)), drift \(rate(m.drift))", width),
        ]
        .joined(separator: "\n")
    }

    var tranches: TextTable {
        let rows = object.result.tranches.enumerated().map { i, t in
            [
                t.name, count(Int(i < object.shares.count ? object.shares[i] : 0)), percent(t.probability, 2),
                "± " + percent(t.stderr, 2), t.meanVestDate.map(\.description) ?? "–",
                money(t.expectedValue),
            ]
        }
        let note =
            "warrant: expected value \(money(result.expectedValue)) ± \(money(result.valueStderr)), "
            + "discounted at \(rate(object.model.drift)) to \(object.issued)"
        return TextTable(
            columns: [
                .init("tranche"), .init("shares", .right), .init("probability", .right),
                .init("stderr", .right), .init("mean vest date"), .init("expected value", .right),
            ],
            rows: rows, notes: [note])
    }

    var percentiles: TextTable {
        let levels = Percentiles.levels.map { "p\(Int($0))" }
        return TextTable(
            columns: [.init("per path")] + levels.map { .init($0, .right) },
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

    /// Paths by discounted warrant value, in equal-width buckets.
    func histogram(width: Int) -> String {
        let buckets = result.valueHistogram
        return bars(
            "paths by warrant value (discounted)",
            labels: buckets.map { "\(money($0.lower)) – \(money($0.upper))" },
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
