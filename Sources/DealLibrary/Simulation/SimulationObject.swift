// A `simulate` result as a script value: SPEC §5 field names, a JSON form, and a text form
// (a table per tranche, the warrant's values, percentiles and a small histogram).
import CivilTime
import DealModel
import DealScript

/// What was simulated, for the heading, the JSON and a part file: the scenario's name, the
/// model, the valuation date, where paths start, and the tranches' shares.
struct SimulationHeading: Equatable {
    var scenario: String
    var model: GBMModel
    /// The date values are discounted to: the issue date, or `as_of:`.
    var valuationDate: CivilDate
    /// True when `as_of:` set the valuation date (paths then start from the price path's close).
    var asOfGiven: Bool
    /// Day 0 of the paths and the price there.
    var start: CivilDate
    var s0: Double
    var shares: [Double]

    init(scenario: String, model: GBMModel, valuationDate: CivilDate, asOfGiven: Bool, input: SimulationInput) {
        self.scenario = scenario
        self.model = model
        self.valuationDate = valuationDate
        self.asOfGiven = asOfGiven
        start = input.start
        s0 = input.s0
        shares = input.shares
    }

    init(
        scenario: String, model: GBMModel, valuationDate: CivilDate, asOfGiven: Bool, start: CivilDate,
        s0: Double, shares: [Double]
    ) {
        self.scenario = scenario
        self.model = model
        self.valuationDate = valuationDate
        self.asOfGiven = asOfGiven
        self.start = start
        self.s0 = s0
        self.shares = shares
    }
}

/// What `simulate` returns: `r.paths`, `r.seed`, `r.tranches` (records with `name`,
/// `probability`, `stderr`, `mean_vest_date`, `fair_value`, `expected_value`...),
/// `r.fair_value`, `r.expected_value`, `r.vested_shares` and `r.value` (percentile records),
/// `r.histogram`, and `r.greeks` when asked for.
final class SimulationObject: ScriptObject {
    let result: SimulationResult
    let heading: SimulationHeading
    let greeks: GreeksResult?

    init(_ result: SimulationResult, heading: SimulationHeading, greeks: GreeksResult? = nil) {
        self.result = result
        self.heading = heading
        self.greeks = greeks
    }

    var typeName: String { "simulation" }

    /// Fields in the order the JSON lists them.
    var fields: [(String, Value)] {
        let r = result
        let m = heading.model
        var list: [(String, Value)] = [
            ("paths", .plain(Double(r.paths))), ("seed", .plain(Double(r.seed))),
            ("scenario", .string(heading.scenario)), ("vol", .plain(m.volatility)), ("drift", .plain(m.drift)),
            ("rate", .plain(m.rate)), ("as_of", .date(heading.valuationDate)),
            ("method", .string(SimulationObject.methodName(r.method))),
            ("tranches", .list(ScriptList(trancheRecords.map { .record(ScriptRecord($0)) }))),
            ("fair_value", .number(r.fairValue.value, .dollars)),
            ("fair_value_stderr", .number(r.fairValue.stderr, .dollars)),
            ("expected_value", .number(r.expectedValue.value, .dollars)),
            ("expected_value_stderr", .number(r.expectedValue.stderr, .dollars)),
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
        if let greeks { list.append(("greeks", .object(GreeksObject(greeks, heading: heading)))) }
        return list
    }

    /// One record per tranche, in the warrant's order.
    var trancheRecords: [[(String, Value)]] {
        result.tranches.enumerated().map { i, t in
            [
                ("name", .string(t.name)), ("shares", .plain(i < heading.shares.count ? heading.shares[i] : 0)),
                ("probability", .plain(t.probability)), ("stderr", .plain(t.stderr)),
                ("mean_vest_date", optional(t.meanVestDate) { .date($0) }),
                ("fair_value", .number(t.fairValue.value, .dollars)),
                ("fair_value_stderr", .number(t.fairValue.stderr, .dollars)),
                ("expected_value", .number(t.expectedValue.value, .dollars)),
                ("expected_value_stderr", .number(t.expectedValue.stderr, .dollars)),
                ("settled", .bool(t.settled)),
            ]
        }
    }

    /// The CSV rows of `export simulation`: each tranche's record, then the warrant's.
    var csvRows: [[(String, Value)]] {
        let r = result
        let warrant: [(String, Value)] = [
            ("name", .string("warrant")), ("shares", .plain(heading.shares.reduce(0, +))),
            ("probability", .nil), ("stderr", .nil), ("mean_vest_date", .nil),
            ("fair_value", .number(r.fairValue.value, .dollars)),
            ("fair_value_stderr", .number(r.fairValue.stderr, .dollars)),
            ("expected_value", .number(r.expectedValue.value, .dollars)),
            ("expected_value_stderr", .number(r.expectedValue.stderr, .dollars)), ("settled", .nil),
        ]
        return trancheRecords + [warrant]
    }

    static func percentiles(_ p: Percentiles, _ make: (Double) -> Value) -> [(String, Value)] {
        zip(Percentiles.levels, p.values).map { ("p\(Int($0))", make($1)) }
    }

    /// `reduced` (antithetic pairs with the control variate), `plain`, or the one used.
    static func methodName(_ m: SimulationMethod) -> String {
        switch (m.antithetic, m.controlVariate) {
        case (true, true): return "reduced"
        case (false, false): return "plain"
        case (true, false): return "antithetic"
        case (false, true): return "control"
        }
    }

    var fieldNames: [String] { fields.map(\.0) }

    func field(_ name: String) -> Value? { fields.first { $0.0 == name }?.1 }

    var json: JSONValue { .object([("type", .string(typeName))] + fields.map { ($0.0, $0.1.json) }) }

    func render(width: Int, color: Bool) -> String {
        var text = SimulationText(self).render(width: width, color: color)
        if let greeks {
            text += "\n\n" + GreeksObject(greeks, heading: heading).table.render(width: width, color: color)
        }
        return text
    }
}
