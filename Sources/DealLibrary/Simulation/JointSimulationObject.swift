// A several-deal `simulate` result as a script value: each deal's result (as `simulate` gives it
// for that deal alone), and the deals together on the same paths: the chance each and all fully
// vest, the joint table, combined vested shares and dilution, and the total values.
import CivilTime
import DealModel
import DealScript
import Foundation

final class JointSimulationObject: ScriptObject {
    let deals: [(name: String, object: SimulationObject)]
    /// Every deal's tranches on the same paths.
    let joint: SimulationResult
    let masks: [UInt64]
    let shares: [Double]
    let outstanding: Int
    let scenario: String
    let valuationDate: CivilDate

    init(
        deals: [(name: String, object: SimulationObject)], joint: SimulationResult, masks: [UInt64], shares: [Double],
        outstanding: Int, scenario: String, valuationDate: CivilDate
    ) {
        self.deals = deals
        self.joint = joint
        self.masks = masks
        self.shares = shares
        self.outstanding = outstanding
        self.scenario = scenario
        self.valuationDate = valuationDate
    }

    var typeName: String { "simulation" }

    /// Share of paths on which each deal (by name), every deal, and none fully vests.
    var fullyVested: [(String, Double)] {
        let all = masks.reduce(0, |)
        return deals.indices.map { (deals[$0].name, joint.probability(allOf: masks[$0])) }
            + [("all", joint.probability(allOf: all)), ("none", jointRows.first?.probability ?? 0)]
    }

    /// The joint table: for each combination of deals fully vested (and the others not), its share of paths.
    var jointRows: [(vested: [String], probability: Double)] {
        let k = masks.count
        guard k <= 6 else { return [] }
        var counts = [Int](repeating: 0, count: 1 << k)
        for (set, n) in joint.vestedSets {
            var combination = 0
            for (d, mask) in masks.enumerated() where set & mask == mask { combination |= 1 << d }
            counts[combination] += n
        }
        return counts.indices.map { c in
            (
                masks.indices.filter { c & (1 << $0) != 0 }.map { deals[$0].name },
                Double(counts[c]) / Double(max(1, joint.paths))
            )
        }
    }

    /// Combined dilution for a number of vested shares.
    func dilution(_ vested: Double) -> Double { vested <= 0 ? 0 : vested / (Double(outstanding) + vested) }

    var fields: [(String, Value)] {
        let r = joint
        return [
            ("paths", .plain(Double(r.paths))), ("seed", .plain(Double(r.seed))), ("scenario", .string(scenario)),
            ("as_of", .date(valuationDate)),
            ("deals", .list(ScriptList(deals.map { .object($0.object) }))),
            ("deal_names", .list(ScriptList(deals.map { .string($0.name) }))),
            ("fully_vested", .record(ScriptRecord(fullyVested.map { ($0.0, .plain($0.1)) }))),
            (
                "joint",
                .list(
                    ScriptList(
                        jointRows.map { row in
                            .record(
                                ScriptRecord([
                                    ("fully_vested", .list(ScriptList(row.vested.map { .string($0) }))),
                                    ("probability", .plain(row.probability)),
                                ]))
                        }))
            ),
            ("fair_value", .number(r.fairValue.value, .dollars)),
            ("fair_value_stderr", .number(r.fairValue.stderr, .dollars)),
            ("expected_value", .number(r.expectedValue.value, .dollars)),
            ("expected_value_stderr", .number(r.expectedValue.stderr, .dollars)),
            ("vested_shares", .record(ScriptRecord(SimulationObject.percentiles(r.vestedShares) { .plain($0) }))),
            (
                "dilution",
                .record(ScriptRecord(SimulationObject.percentiles(r.vestedShares) { .plain(self.dilution($0)) }))
            ),
            ("path_steps", .plain(Double(r.pathSteps))),
        ]
    }

    var fieldNames: [String] { fields.map(\.0) }

    func field(_ name: String) -> Value? { fields.first { $0.0 == name }?.1 }

    var json: JSONValue { .object([("type", .string("joint simulation"))] + fields.map { ($0.0, $0.1.json) }) }

    func render(width: Int, color: Bool) -> String {
        var parts: [String] = []
        for (name, object) in deals {
            let text = SimulationText(object)
            parts.append(TextTable.fit("deal \(name)", width))
            parts.append(text.heading(width))
            parts.append(text.tranches.render(width: width, color: color))
            parts.append("")
            if object.deliveryBinds {
                parts.append(text.binds.render(width: width, color: color))
                parts.append("")
            }
        }
        parts.append(together.render(width: width, color: color))
        parts.append("")
        parts.append(combined.render(width: width, color: color))
        return parts.joined(separator: "\n")
    }

    /// Each combination of deals fully vested, with its share of paths.
    var together: TextTable {
        let rows = jointRows.map { row -> [String] in
            let names = row.vested.isEmpty ? "none" : row.vested.joined(separator: " and ")
            return [names, String(format: "%.2f%%", row.probability * 100)]
        }
        let money = { (x: Double) in Value.number(x, .dollars).display }
        let all = fullyVested.first { $0.0 == "all" }?.1 ?? 0
        let alone = deals.indices.map { "\(deals[$0].name) \(String(format: "%.2f%%", fullyVested[$0].1 * 100))" }
        return TextTable(
            title: "together on the same \(Value.plain(Double(joint.paths)).display) paths (scenario \(scenario))",
            columns: [.init("fully vested (real world)"), .init("share of paths", .right)],
            rows: rows,
            notes: [
                "P(every deal fully vests) = \(String(format: "%.2f%%", all * 100)); each alone: "
                    + alone.joined(separator: ", "),
                "fair value together \(money(joint.fairValue.value)) ± \(money(joint.fairValue.stderr)), expected "
                    + "value \(money(joint.expectedValue.value)) ± \(money(joint.expectedValue.stderr)), "
                    + "discounted to \(valuationDate)",
            ])
    }

    /// Combined vested shares and dilution (both warrants over outstanding plus all vested) per path.
    var combined: TextTable {
        let levels = Percentiles.levels.map { "p\(Int($0))" }
        let shares = joint.vestedShares.values
        return TextTable(
            columns: [.init("per path, all deals")] + levels.map { .init($0, .right) },
            rows: [
                ["vested shares"] + shares.map { Value.plain($0.rounded()).display },
                ["dilution"] + shares.map { String(format: "%.2f%%", dilution($0) * 100) },
            ])
    }
}
