// `sweep` results as a report: one row per volatility/drift tried, with each tranche's
// probability and the warrant's expected value.
import DealModel
import DealScript
import Foundation

/// Builds the `sweep` report and reads its lists of rates.
enum SweepTable {
    /// One simulated point of the sweep.
    struct Point {
        var vol: Double
        var drift: Double
        var result: SimulationResult
    }

    /// Most values one sweep list may hold.
    static let maxValues = 50

    /// A `vol:`/`drift:` list as plain numbers (nil when the label was not given).
    static func rates(_ value: Value?, label: String) throws -> [Double]? {
        guard let value else { return nil }
        guard case .list(let list) = value, !list.items.isEmpty, list.items.count <= maxValues else {
            throw ScriptError("sweep \(label): needs a list of 1 to \(maxValues) values, like [30%, 45%, 60%]")
        }
        return try list.items.map { item in
            guard case .number(let x, let d) = item, d.isNone, x.isFinite else {
                throw ScriptError(
                    "sweep \(label): values must be plain numbers like 45%, got \(item.nested.prefix(40))")
            }
            return x
        }
    }

    static func pct(_ x: Double) -> String { NumberFormat.plain(x * 100) + "%" }

    /// The report: rows keyed `vol`, `drift`, each tranche's name (its probability),
    /// `fair_value`, `fair_value_stderr`, `expected_value` and `expected_value_stderr`.
    static func report(
        _ points: [Point], names: [String], paths: Int, seed: UInt64, scenario: String,
        heading: SimulationHeading
    ) -> ReportTable {
        let rows: [[(String, Value)]] = points.map { p in
            [("vol", .plain(p.vol)), ("drift", .plain(p.drift))]
                + zip(names, p.result.tranches).map { ($0, .plain($1.probability)) }
                + [
                    ("fair_value", .number(p.result.fairValue.value, .dollars)),
                    ("fair_value_stderr", .number(p.result.fairValue.stderr, .dollars)),
                    ("expected_value", .number(p.result.expectedValue.value, .dollars)),
                    ("expected_value_stderr", .number(p.result.expectedValue.stderr, .dollars)),
                ]
        }
        let rate: (Value) -> String = { v in
            guard case .number(let x, _) = v else { return v.display }
            return NumberFormat.plain(x * 100) + "%"
        }
        let probability: (Value) -> String = { v in
            guard case .number(let x, _) = v else { return v.display }
            return String(format: "%.1f%%", x * 100)
        }
        let columns =
            [ReportColumn("vol", "vol", .right, format: rate), ReportColumn("drift", "drift", .right, format: rate)]
            + names.map { ReportColumn($0, $0, .right, format: probability) }
            + [
                ReportColumn("fair_value", "fair value", .right),
                ReportColumn("expected_value", "expected value", .right),
            ]
        let m = heading.model
        return ReportTable(
            typeName: "sweep",
            title: "sweep (scenario \(scenario)): \(NumberFormat.plain(Double(paths))) paths each, seed \(seed)",
            columns: columns, rows: rows,
            summary: [
                ("paths", .plain(Double(paths))), ("seed", .plain(Double(seed))),
                ("rate", .plain(m.rate)), ("as_of", .date(heading.valuationDate)),
            ],
            notes: [
                "tranche columns: odds of vesting under the row's drift; the same seed every row",
                "fair value: paths drift at the \(pct(m.rate)) rate, so it stays put as the "
                    + "drift moves",
                "expected value: paths drift at the row's drift",
                "both discounted at \(pct(m.rate)) to \(heading.valuationDate)",
            ])
    }
}
