// `economics`: per GW delivered, AMD's GPU revenue, the warrant value given up (at vest along
// the price path, and its fair value from a simulation), and that value as a share of the
// revenue (the effective discount on the GPUs), per deal and together.
import DealModel
import DealScript
import Foundation

extension CommandRegistry {
    func registerEconomics() {
        register(
            Command(
                "economics",
                help:
                    "per GW delivered: AMD's GPU revenue, the warrant value given up (at vest and fair value) and "
                    + "the effective discount on the GPUs, per deal and together",
                parameters: [
                    .labeled("paths", .number, "paths for the fair value (default 20k; 0 leaves it out)"),
                    .labeled("seed", .number, "the random seed (default: --seed, else the price model's)"),
                ]
            ) { args, context in
                .object(try Economics.object(args, context))
            })
    }
}

/// The runs behind `economics`.
enum Economics {
    static func object(_ args: CommandArguments, _ context: CommandContext) throws -> EconomicsObject {
        let scenario = context.deal.book.scenario
        let wantsFair = (args.number("paths") ?? 1) > 0
        var deals: [(String, DealEconomics)] = []
        for (deal, alone) in zip(scenario.deals, scenario.eachDeal) {
            var fair: Double?
            if wantsFair, alone.priceModel != nil {
                var options = args
                if options["paths"] == nil { options.labeled["paths"] = .plain(20_000) }
                let valuation = try Valuation(options, scenario: alone, name: context.scenarioName)
                let run = try SimulationRun(
                    options, context, model: valuation.model, input: valuation.input, defaultPaths: 20_000,
                    command: "economics")
                fair = try run.run(valuation.input).fairValue.value
            }
            let e = try modelStep { try alone.economics(fairValue: fair) }
            deals.append((deal.label, e))
        }
        return EconomicsObject(deals: deals, scenario: context.scenarioName)
    }

    /// The economics of every deal of `s` with fair values already simulated (nil: left out).
    static func object(_ s: Scenario, name: String, fairValues: [Double?]) throws -> EconomicsObject {
        var deals: [(String, DealEconomics)] = []
        for (i, (deal, alone)) in zip(s.deals, s.eachDeal).enumerated() {
            let fair = i < fairValues.count ? fairValues[i] : nil
            deals.append((deal.label, try modelStep { try alone.economics(fairValue: fair) }))
        }
        return EconomicsObject(deals: deals, scenario: name)
    }
}

/// `economics` as a value: `e.deals` (records per deal, and `together` with several), text
/// as a table of measures by deal.
final class EconomicsObject: ScriptObject {
    let deals: [(name: String, economics: DealEconomics)]
    let scenario: String

    init(deals: [(String, DealEconomics)], scenario: String) {
        self.deals = deals.map { (name: $0.0, economics: $0.1) }
        self.scenario = scenario
    }

    var typeName: String { "economics" }

    /// Each deal, then the total when there are several.
    var columns: [(name: String, economics: DealEconomics)] {
        deals.count > 1 ? deals + [("together", DealEconomics.total(deals.map(\.economics)))] : deals
    }

    static func record(_ e: DealEconomics) -> [(String, Value)] {
        func money(_ x: Double?) -> Value { x.map { .number($0, .dollars) } ?? .nil }
        func share(_ x: Double?) -> Value { x.map { .plain($0) } ?? .nil }
        return [
            ("gw", .number(e.watts, .watts)), ("gpus", .plain(e.gpus)), ("revenue", money(e.revenue)),
            ("revenue_per_gw", money(e.perGigawatt(e.revenue))), ("shares", .plain(e.shares)),
            ("shares_per_gw", share(e.perGigawatt(e.shares))),
            ("value_at_vest", money(e.valueAtVest)), ("value_at_vest_per_gw", money(e.perGigawatt(e.valueAtVest))),
            ("discount_at_vest", share(e.discount(e.valueAtVest))),
            ("fair_value", money(e.fairValue)), ("fair_value_per_gw", money(e.fairValue.flatMap(e.perGigawatt))),
            ("discount_fair_value", share(e.fairValue.flatMap(e.discount))),
        ]
    }

    var fields: [(String, Value)] {
        [
            ("scenario", .string(scenario)),
            (
                "deals",
                .list(
                    ScriptList(
                        columns.map { c in .record(ScriptRecord([("deal", .string(c.name))] + Self.record(c.economics)))
                        }
                    ))
            ),
        ] + (columns.count == 1 ? Self.record(columns[0].economics) : [])
    }

    var fieldNames: [String] { fields.map(\.0) }

    func field(_ name: String) -> Value? { fields.first { $0.0 == name }?.1 }

    var json: JSONValue { .object([("type", .string(typeName))] + fields.map { ($0.0, $0.1.json) }) }

    /// The measures the table shows, by record key, in order.
    static let measures: [(key: String, label: String)] = [
        ("gw", "GW delivered (plan)"), ("gpus", "GPUs"), ("revenue", "AMD GPU revenue"),
        ("revenue_per_gw", "revenue per GW"), ("shares", "warrant shares"), ("shares_per_gw", "shares per GW"),
        ("value_at_vest", "value at vest (price path)"), ("value_at_vest_per_gw", "value at vest per GW"),
        ("discount_at_vest", "value at vest / revenue"), ("fair_value", "fair value at issue"),
        ("fair_value_per_gw", "fair value per GW"), ("discount_fair_value", "fair value / revenue"),
    ]

    func render(width: Int, color: Bool) -> String { table.render(width: width, color: color) }

    /// The measures by deal, as printed.
    var table: TextTable {
        let records = columns.map { Self.record($0.economics) }
        let rows = Self.measures.map { m -> [String] in
            [m.label]
                + records.map { r in
                    let v = r.first { $0.0 == m.key }?.1 ?? .nil
                    if case .nil = v { return "–" }
                    if m.key.hasPrefix("discount"), case .number(let x, _) = v {
                        return String(format: "%.1f%%", x * 100)
                    }
                    if m.key == "shares_per_gw" || m.key == "gpus", case .number(let x, _) = v {
                        return Value.plain(x.rounded()).display
                    }
                    return v.display
                }
        }
        return TextTable(
            title: "deal economics (scenario \(scenario))",
            columns: [.init("")] + columns.map { .init($0.name, .right) },
            rows: rows,
            notes: [
                "revenue: whole GPUs × price per GPU over the plan; value at vest: vested shares × (close − strike) "
                    + "along the price path;",
                "fair value: risk-neutral, discounted to the warrant's issue; share of revenue: the effective "
                    + "discount on the GPUs",
            ])
    }
}
