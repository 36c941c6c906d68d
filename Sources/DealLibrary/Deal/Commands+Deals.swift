// Several deals on one share price: `deal NAME` picks (or adds) the deal the terms commands
// edit; `uniform(a, b)` and `triangular(a, m, b)` write a phase's delivery risk as a distribution.
import CivilTime
import DealModel
import DealScript

extension CommandRegistry {
    func registerDealSelection() {
        register(
            Command(
                "deal",
                help:
                    "makes a counterparty's deal current (adding it when new): phase, milestone, warrant and tranche "
                    + "then edit it; without a name, lists the deals",
                parameters: [
                    .positional("name", .name, "the counterparty, e.g. Meta", required: false)
                ]
            ) { args, context in
                guard !args.positional.isEmpty else { return .object(DealList.table(context)) }
                let name = try args.name(0, "deal")
                try args.modelStep { try context.deal.book.scenario.selectDeal(named: name) }
                return .nil
            })

        register(
            Command(
                "uniform",
                help: "a delivery risk drawn per simulated path, evenly between two values: slip: uniform(0mo, 12mo)",
                parameters: [
                    .positional("low", .any, "the lowest value (a duration for slip:, a percent for delivers:)"),
                    .positional("high", .any, "the highest value"),
                ]
            ) { args, _ in
                .record(
                    ScriptRecord([
                        ("distribution", .string("uniform")), ("low", args.positional[0]),
                        ("high", args.positional[1]),
                    ]))
            })

        register(
            Command(
                "triangular",
                help: "a delivery risk drawn per simulated path from a triangle: slip: triangular(0mo, 3mo, 12mo)",
                parameters: [
                    .positional("low", .any, "the lowest value"),
                    .positional("mode", .any, "the most likely value"),
                    .positional("high", .any, "the highest value"),
                ]
            ) { args, _ in
                .record(
                    ScriptRecord([
                        ("distribution", .string("triangular")), ("low", args.positional[0]),
                        ("mode", args.positional[1]), ("high", args.positional[2]),
                    ]))
            })
    }
}

/// `deal` alone: the deals of the current scenario, the current one marked.
enum DealList {
    static func table(_ context: CommandContext) -> ReportTable {
        let s = context.deal.book.scenario
        let rows: [[(String, Value)]] = s.deals.enumerated().map { i, d in
            [
                ("name", .string(d.label)), ("current", .bool(i == s.currentDeal)),
                ("shares", d.warrant.map { .plain(Double($0.shares)) } ?? .nil),
                ("tranches", .plain(Double(d.tranches.count))), ("phases", .plain(Double(d.phases.count))),
            ]
        }
        return ReportTable(
            typeName: "deals", title: "deals of scenario \(context.scenarioName)",
            columns: [
                ReportColumn("name", "deal"), ReportColumn("current", "current"),
                ReportColumn("shares", "warrant shares", .right), ReportColumn("tranches", "tranches", .right),
                ReportColumn("phases", "phases", .right),
            ],
            rows: rows)
    }
}

/// Reads `slip:` and `delivers:` values: a fixed duration or percent, or a distribution record.
enum PhaseRisk {
    /// `slip: 6mo` or `slip: uniform(0mo, 12mo)`: every value a duration in one unit, none negative.
    static func slip(_ v: Value, _ args: CommandArguments, term: String) throws -> Slip {
        let (draw, values) = try distribution(v, args, label: "slip", term: term)
        var unit: CalendarDuration.Unit?
        var amounts: [Double] = []
        for value in values {
            guard case .duration(let d) = value, d.amount.isFinite, d.amount >= 0, d.years <= 50 else {
                throw args.error(
                    "\(term) slip: takes durations from 0 to 50 years (6mo, uniform(0mo, 12mo)), got \(value.display)",
                    label: "slip")
            }
            guard unit == nil || unit == d.unit else {
                throw args.error("\(term) slip: write every duration in one unit (all mo, or all d)", label: "slip")
            }
            unit = d.unit
            amounts.append(d.amount)
        }
        return Slip(try draw(amounts), unit ?? .months)
    }

    /// `delivers: 80%` or `delivers: uniform(70%, 100%)`: shares of the size from 0 to 1.
    static func delivers(_ v: Value, _ args: CommandArguments, term: String) throws -> Draw {
        let (draw, values) = try distribution(v, args, label: "delivers", term: term)
        let amounts = try values.map { value -> Double in
            guard case .number(let x, let d) = value, d.isNone, x.isFinite, x >= 0, x <= 1 else {
                throw args.error(
                    "\(term) delivers: takes shares from 0% to 100% (80%, uniform(70%, 100%)), got \(value.display)",
                    label: "delivers")
            }
            return x
        }
        return try draw(amounts)
    }

    /// `correlation: -50%`: from -100% to 100%, when given.
    static func correlation(_ args: CommandArguments, term: String) throws -> Double? {
        guard let rho = args.number("correlation") else { return nil }
        guard rho.isFinite, (-1.0...1.0).contains(rho) else {
            throw args.error(
                "\(term) correlation: takes -100% to 100%, got \(NumberFormat.plain(rho * 100))%", label: "correlation")
        }
        return rho
    }

    /// The values a distribution is written with, and how to build it from them once read.
    private static func distribution(_ v: Value, _ args: CommandArguments, label: String, term: String) throws -> (
        ([Double]) throws -> Draw, [Value]
    ) {
        guard case .record(let r) = v, case .string(let kind)? = r["distribution"] else {
            return ({ .fixed($0[0]) }, [v])
        }
        let ordered: (Double, Double, Double) throws -> Void = { lo, mode, hi in
            guard lo <= mode, mode <= hi else {
                throw args.error("\(term) \(label): needs low ≤ mode ≤ high", label: label)
            }
        }
        switch kind {
        case "uniform":
            let values = [r["low"] ?? .nil, r["high"] ?? .nil]
            return (
                { a in
                    try ordered(a[0], a[0], a[1])
                    return .uniform(low: a[0], high: a[1])
                }, values
            )
        default:
            let values = [r["low"] ?? .nil, r["mode"] ?? .nil, r["high"] ?? .nil]
            return (
                { a in
                    try ordered(a[0], a[1], a[2])
                    return .triangular(low: a[0], mode: a[1], high: a[2])
                }, values
            )
        }
    }
}
