// A `simulate` result as a script value: SPEC §5 field names, a JSON form, and a text form
// (a table per tranche, percentiles and a small histogram) that fits the terminal.
import CivilTime
import DealModel
import DealScript

/// What `simulate` returns: `r.paths`, `r.seed`, `r.tranches` (records with `name`,
/// `probability`, `stderr`, `mean_vest_date`, `expected_value`...), `r.expected_value`,
/// `r.vested_shares` and `r.value` (percentile records), `r.histogram`.
final class SimulationObject: ScriptObject {
    let result: SimulationResult
    /// What was simulated, for the heading: scenario name, the model, the issue date.
    let scenario: String
    let model: GBMModel
    let issued: CivilDate
    /// Shares per tranche, parallel to `result.tranches`.
    let shares: [Double]

    init(_ result: SimulationResult, scenario: String, model: GBMModel, issued: CivilDate, shares: [Double]) {
        self.result = result
        self.scenario = scenario
        self.model = model
        self.issued = issued
        self.shares = shares
    }

    var typeName: String { "simulation" }

    /// Fields in the order the JSON lists them.
    var fields: [(String, Value)] {
        let r = result
        return [
            ("paths", .plain(Double(r.paths))), ("seed", .plain(Double(r.seed))),
            ("scenario", .string(scenario)), ("vol", .plain(model.volatility)), ("drift", .plain(model.drift)),
            ("tranches", .list(ScriptList(trancheRecords.map { .record(ScriptRecord($0)) }))),
            ("expected_value", .number(r.expectedValue, .dollars)),
            ("value_stderr", .number(r.valueStderr, .dollars)),
            ("vested_shares", .record(ScriptRecord(SimulationObject.percentiles(r.vestedShares) { .plain($0) }))),
            ("value", .record(ScriptRecord(SimulationObject.percentiles(r.value) { .number($0, .dollars) }))),
            ("tranches_vested", .list(ScriptList(r.tranchesVested.map { .plain(Double($0)) }))),
            (
                "histogram",
                .list(
                    ScriptList(
                        r.valueHistogram.map { b in
                            .record(
                                ScriptRecord([
                                    ("lower", .number(b.lower, .dollars)), ("upper", .number(b.upper, .dollars)),
                                    ("count", .plain(Double(b.count))),
                                ]))
                        }))
            ),
            ("path_steps", .plain(Double(r.pathSteps))),
        ]
    }

    /// One record per tranche, in the warrant's order.
    var trancheRecords: [[(String, Value)]] {
        result.tranches.enumerated().map { i, t in
            [
                ("name", .string(t.name)), ("shares", .plain(i < shares.count ? shares[i] : 0)),
                ("probability", .plain(t.probability)), ("stderr", .plain(t.stderr)),
                ("mean_vest_date", optional(t.meanVestDate) { .date($0) }),
                ("expected_value", .number(t.expectedValue, .dollars)),
                ("value_stderr", .number(t.valueStderr, .dollars)),
            ]
        }
    }

    static func percentiles(_ p: Percentiles, _ make: (Double) -> Value) -> [(String, Value)] {
        zip(Percentiles.levels, p.values).map { ("p\(Int($0))", make($1)) }
    }

    var fieldNames: [String] { fields.map(\.0) }

    func field(_ name: String) -> Value? { fields.first { $0.0 == name }?.1 }

    var json: JSONValue { .object([("type", .string(typeName))] + fields.map { ($0.0, $0.1.json) }) }

    func render(width: Int, color: Bool) -> String {
        SimulationText(self).render(width: width, color: color)
    }
}
