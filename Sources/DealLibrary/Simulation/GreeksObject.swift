// `greeks` results as a script value: per tranche and for the warrant, the fair value and its
// delta, gamma, vega and rho with their standard errors, as a table, records and JSON.
import DealModel
import DealScript
import Foundation

/// What `greeks` returns (and `simulate ... greeks: true` carries as `r.greeks`):
/// `g.tranches` (records `name, fair_value, delta, delta_stderr, gamma, ...`) and `g.warrant`.
final class GreeksObject: ScriptObject {
    let result: GreeksResult
    let heading: SimulationHeading

    init(_ result: GreeksResult, heading: SimulationHeading) {
        self.result = result
        self.heading = heading
    }

    var typeName: String { "greeks" }

    var fields: [(String, Value)] {
        [
            ("paths", .plain(Double(result.paths))), ("seed", .plain(Double(result.seed))),
            ("scenario", .string(heading.scenario)), ("as_of", .date(heading.valuationDate)),
            ("price_bump", .plain(result.bumps.price)), ("vol_bump", .plain(result.bumps.volatility)),
            ("rate_bump", .plain(result.bumps.rate)),
            ("tranches", .list(ScriptList(result.tranches.map { .record(ScriptRecord(GreeksObject.record($0))) }))),
            ("warrant", .record(ScriptRecord(GreeksObject.record(result.warrant)))),
        ]
    }

    /// `name, fair_value, fair_value_stderr, delta, delta_stderr, gamma, ..., rho_stderr`.
    static func record(_ s: Sensitivities) -> [(String, Value)] {
        [
            ("name", .string(s.name)),
            ("fair_value", .number(s.fairValue.value, .dollars)),
            ("fair_value_stderr", .number(s.fairValue.stderr, .dollars)),
            ("delta", .plain(s.delta.value)), ("delta_stderr", .plain(s.delta.stderr)),
            ("gamma", .plain(s.gamma.value)), ("gamma_stderr", .plain(s.gamma.stderr)),
            ("vega", .number(s.vega.value, .dollars)), ("vega_stderr", .number(s.vega.stderr, .dollars)),
            ("rho", .number(s.rho.value, .dollars)), ("rho_stderr", .number(s.rho.stderr, .dollars)),
        ]
    }

    /// The CSV rows of `export greeks`: each tranche, then the warrant.
    var csvRows: [[(String, Value)]] { (result.tranches + [result.warrant]).map(GreeksObject.record) }

    var table: TextTable {
        func cells(_ s: Sensitivities) -> [String] {
            [
                s.name, money(s.fairValue.value), cell(s.delta, compact), cell(s.gamma, compact),
                cell(s.vega, money), cell(s.rho, money),
            ]
        }
        let b = result.bumps
        let title =
            "greeks of the fair value (scenario \(heading.scenario)): \(compact(Double(result.paths))) paths, "
            + "seed \(result.seed), as of \(heading.valuationDate)"
        return TextTable(
            title: title,
            columns: [
                .init("tranche"), .init("fair value", .right), .init("delta", .right), .init("gamma", .right),
                .init("vega", .right), .init("rho", .right),
            ],
            rows: result.tranches.map(cells) + [cells(result.warrant)],
            notes: [
                "delta: value per $1 of the share price (in shares); gamma: delta's change per $1;",
                "vega: per volatility point; rho: per rate point; ± is the standard error, as a share",
                "central differences on common random numbers: price ±\(percent(b.price)),",
                "vol ±\(points(b.volatility)), rate ±\(points(b.rate))",
            ])
    }

    /// `177.7M ±0.4%`: the figure and its standard error relative to it.
    private func cell(_ e: Estimate, _ format: (Double) -> String) -> String {
        guard e.value != 0 else { return e.stderr == 0 ? format(0) : format(0) + " ±" + format(e.stderr) }
        let share = e.stderr / abs(e.value) * 100
        let digits = share < 1 ? 1 : 0
        return format(e.value) + " ±" + String(format: "%.\(digits)f%%", share)
    }

    var fieldNames: [String] { fields.map(\.0) }
    func field(_ name: String) -> Value? { fields.first { $0.0 == name }?.1 }
    var json: JSONValue { .object([("type", .string(typeName))] + fields.map { ($0.0, $0.1.json) }) }
    func render(width: Int, color: Bool) -> String { table.render(width: width, color: color) }

    private func money(_ x: Double) -> String { Value.number(x, .dollars).display }
    /// Three significant digits with k, M, B: `177.7M`, `-8.76`, `42.6k`.
    private func compact(_ x: Double) -> String {
        let m = abs(x)
        for (scale, suffix) in [(1e9, "B"), (1e6, "M"), (1e3, "k")] where m >= scale {
            return NumberFormat.plain((x / scale * 10).rounded() / 10, grouped: false) + suffix
        }
        return NumberFormat.plain((x * 100).rounded() / 100, grouped: false)
    }
    private func percent(_ x: Double) -> String { NumberFormat.plain(x * 100) + "%" }
    private func points(_ x: Double) -> String {
        let n = NumberFormat.plain(x * 100)
        return n + (n == "1" ? " point" : " points")
    }
}
