// The built-in scenarios `amd-meta` (AMD-Meta alone) and `amd-both` (AMD-OpenAI and AMD-Meta
// on one share price): deal-facts.md's default assumptions for Meta, each term tagged public
// (with its source) or assumption, on the generations and price of `amd-openai`.
import CivilTime

extension Scenario {
    /// AMD-Meta alone: the Meta deal on `amd-openai`'s generations, price path and price model.
    public static let amdMeta: Scenario = {
        var s = amdOpenAI
        s.deals = [metaDeal]
        s.currentDeal = 0
        return s
    }()

    /// Both warrants on one AMD share price: OpenAI's deal first (current), then Meta's.
    public static let amdBoth: Scenario = {
        var s = amdOpenAI
        s.deals.append(metaDeal)
        s.currentDeal = 0
        return s
    }()

    /// The AMD-Meta deal with the default assumptions (see docs/MODEL.md and deal-facts.md).
    static let metaDeal: Deal = {
        func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(dayNumber: CivilDate.days(fromCivil: y, m, d)) }
        let filing = Provenance.disclosed(source: "AMD 8-K, 2026-02-24")
        let template = Provenance.assumption(
            note: "the same template as OpenAI's is reported; its numbers are not disclosed")
        let schedule = Provenance.assumption(note: "up to 6 GW is public; the schedule is assumed")
        let GB = 1e9
        var d = Deal(name: "Meta")
        d.phases = [
            Phase(
                name: "M1", generation: "MI450", size: 1.0 * GB, start: day(2026, 10, 1),
                ramp: CalendarDuration(12, .months)),
            Phase(
                name: "M2", generation: "MI450", size: 2.0 * GB, start: day(2027, 10, 1),
                ramp: CalendarDuration(12, .months)),
            Phase(
                name: "M3", generation: "MI500", size: 3.0 * GB, start: day(2028, 10, 1),
                ramp: CalendarDuration(24, .months)),
        ]
        d.provenance[TermKey.phase("M1", "size")] = .disclosed(
            source: "AMD 8-K 2026-02-24: the first 1 GW on a custom MI450")
        d.provenance[TermKey.phase("M1", "start")] = .assumption(
            note: "shipments from 2H 2026 are public; 2026-10-01 assumed")
        d.provenance[TermKey.phase("M1", "ramp")] = .assumption(note: "linear over 12 months")
        for p in ["M2", "M3"] {
            for f in ["size", "start", "ramp"] { d.provenance[TermKey.phase(p, f)] = schedule }
        }
        d.warrant = Warrant(
            shares: 160_000_000, strike: 0.01, issued: day(2026, 2, 24),
            expires: day(2031, 2, 24), outstanding: 1_630_000_000)
        for f in ["shares", "strike", "issued"] { d.provenance[TermKey.warrant(f)] = filing }
        d.provenance[TermKey.warrant("expires")] = .assumption(
            note: "\"exercisable until February 2031\" is public; the day is assumed")
        d.provenance[TermKey.warrant("outstanding")] = .disclosed(source: "AMD 10-K, 1,630M shares on 2025-12-27")
        let targets: [Double?] = [nil, 250, 320, 400, 500, 600]
        for (i, target) in targets.enumerated() {
            let name = "T\(i + 1)"
            d.tranches.append(
                Tranche(
                    name: name, shares: i == 5 ? 26_666_665 : 26_666_667,
                    deliveredPower: Double(i + 1) * GB, priceTarget: target,
                    measure: .average(tradingDays: 20), latched: true))
            d.provenance[TermKey.tranche(name, "shares")] = template
            d.provenance[TermKey.tranche(name, "gw")] =
                i == 0
                ? .disclosed(source: "AMD 8-K 2026-02-24: tranches from the first 1 GW")
                : .assumption(note: "one tranche per GW; up to 6 GW is public")
            if i == 5 {
                d.provenance[TermKey.tranche(name, "price")] = .disclosed(
                    source: "AMD 8-K 2026-02-24: thresholds up to $600")
            } else if target != nil {
                d.provenance[TermKey.tranche(name, "price")] = template
            }
            d.provenance[TermKey.tranche(name, "measure")] = template
        }
        return d
    }()
}
