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

    /// The report: rows keyed `vol`, `drift`, each tranche's name (its probability),
    /// `expected_value` and `value_stderr`.
    static func report(_ points: [Point], names: [String], paths: Int, seed: UInt64, scenario: String) -> ReportTable {
        let rows: [[(String, Value)]] = points.map { p in
            [("vol", .plain(p.vol)), ("drift", .plain(p.drift))]
                + zip(names, p.result.tranches).map { ($0, .plain($1.probability)) }
                + [
                    ("expected_value", .number(p.result.expectedValue, .dollars)),
                    ("value_stderr", .number(p.result.valueStderr, .dollars)),
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
            + [ReportColumn("expected_value", "warrant value", .right)]
        return ReportTable(
            typeName: "sweep",
            title: "sweep (scenario \(scenario)): \(NumberFormat.plain(Double(paths))) paths each, seed \(seed)",
            columns: columns, rows: rows,
            summary: [("paths", .plain(Double(paths))), ("seed", .plain(Double(seed)))],
            notes: ["tranche columns: probability of vesting; the same seed for every row"])
    }
}
