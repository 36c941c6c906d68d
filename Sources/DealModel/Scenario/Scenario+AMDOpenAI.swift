// The built-in scenario `amd-openai`: exactly the default assumptions of deal-facts.md,
// each term tagged public (with its source) or assumption.
import CivilTime

extension Scenario {
    /// Names of the built-in scenarios (`load "amd-openai"`).
    public static let builtInNames = ["amd-openai", "amd-meta", "amd-both"]

    /// A built-in scenario by name, nil when there is none.
    public static func builtIn(named name: String) -> Scenario? {
        switch name {
        case "amd-openai": return amdOpenAI
        case "amd-meta": return amdMeta
        case "amd-both": return amdBoth
        default: return nil
        }
    }

    /// The AMD-OpenAI warrant with the default assumptions (see docs/MODEL.md).
    public static let amdOpenAI: Scenario = {
        var s = Scenario()
        func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(dayNumber: CivilDate.days(fromCivil: y, m, d)) }
        let exhibit = Provenance.disclosed(source: "AMD 8-K and Exhibit 4.1, 2025-10-05")
        let press = Provenance.disclosed(source: "AMD-OpenAI press release, 2025-10-06")
        let specs = Provenance.disclosed(source: "AMD product specifications")
        let GB = 1e9
        let PF = 1e15

        // Earlier generations: public specs, all-in power assumed at twice the board power.
        let public_: [(String, CivilDate, Double, Double, Double, Double?)] = [
            ("MI300X", day(2023, 12, 1), 750, 192, 2.6, nil),
            ("MI325X", day(2024, 10, 1), 1000, 256, 2.6, nil),
            ("MI350X", day(2025, 6, 1), 1000, 288, 4.6, 9.2),
            ("MI355X", day(2025, 10, 1), 1400, 288, 5.0, 10),
        ]
        for (name, shipped, board, hbm, fp8, fp4) in public_ {
            s.generations.append(
                Generation(
                    name: name, shipped: shipped, power: 2 * board, boardPower: board,
                    memoryBytes: hbm * GB, fp8: fp8 * PF, fp4: fp4.map { $0 * PF }))
            for f in ["shipped", "board", "memory", "fp8", "fp4"] {
                s[provenanceOf: TermKey.generation(name, f)] = specs
            }
            s[provenanceOf: TermKey.generation(name, "power")] = .assumption(
                note: "all-in facility power: twice the board power")
        }
        s.generations.append(
            Generation(
                name: "MI450", shipped: day(2026, 7, 1), power: 3000, boardPower: 2000,
                memoryBytes: 432 * GB, fp8: 20 * PF, fp4: 40 * PF, price: 45_000))
        s[provenanceOf: TermKey.generation("MI450", "shipped")] = press
        for f in ["memory", "fp8", "fp4"] { s[provenanceOf: TermKey.generation("MI450", f)] = specs }
        s[provenanceOf: TermKey.generation("MI450", "board")] = .assumption(note: "not disclosed; 2.0 kW assumed")
        s[provenanceOf: TermKey.generation("MI450", "power")] = .assumption(
            note: "3.0 kW all-in; 1 GW is about 333k GPUs")
        s[provenanceOf: TermKey.generation("MI450", "price")] = .assumption(
            note: "about $3M a 72-GPU Helios rack, all-in; low confidence")
        s.generations.append(
            Generation(
                name: "MI500", shipped: day(2027, 7, 1), power: 3500, boardPower: 2500,
                memoryBytes: 576 * GB, fp8: 40 * PF, fp4: 80 * PF, price: 55_000))
        for f in ["shipped", "power", "board", "memory", "fp8", "fp4", "price"] {
            s[provenanceOf: TermKey.generation("MI500", f)] = .assumption(
                note: "named on AMD's roadmap for 2027; figures assumed")
        }

        s.deals[0].name = "OpenAI"
        // Deployment: the first 1 GW of MI450 from 2H 2026 is public; the rest of the schedule is assumed.
        s.phases = [
            Phase(
                name: "P1", generation: "MI450", size: 1.0 * GB, start: day(2026, 7, 1),
                ramp: CalendarDuration(12, .months)),
            Phase(
                name: "P2", generation: "MI450", size: 1.5 * GB, start: day(2027, 7, 1),
                ramp: CalendarDuration(12, .months)),
            Phase(
                name: "P3", generation: "MI500", size: 3.5 * GB, start: day(2028, 7, 1),
                ramp: CalendarDuration(24, .months)),
        ]
        s[provenanceOf: TermKey.phase("P1", "size")] = press
        s[provenanceOf: TermKey.phase("P1", "start")] = press
        s[provenanceOf: TermKey.phase("P1", "ramp")] = .assumption(note: "linear over 12 months")
        for p in ["P2", "P3"] {
            for f in ["size", "start", "ramp"] {
                s[provenanceOf: TermKey.phase(p, f)] = .assumption(
                    note: "6 GW in total is public; the schedule is assumed")
            }
        }

        s.warrant = Warrant(
            shares: 160_000_000, strike: 0.01, issued: day(2025, 10, 5),
            expires: day(2030, 10, 5), outstanding: 1_630_000_000)
        for f in ["shares", "strike", "issued"] { s[provenanceOf: TermKey.warrant(f)] = exhibit }
        s[provenanceOf: TermKey.warrant("expires")] = .assumption(
            note: "\"exercisable through 2030\" reported; a five-year term assumed")
        s[provenanceOf: TermKey.warrant("outstanding")] = .disclosed(source: "AMD 10-K, 1,630M shares on 2025-12-27")

        let targets: [Double?] = [nil, 250, 320, 400, 500, 600]
        for (i, target) in targets.enumerated() {
            let name = "T\(i + 1)"
            s.tranches.append(
                Tranche(
                    name: name, shares: i == 5 ? 26_666_665 : 26_666_667,
                    deliveredPower: Double(i + 1) * GB, priceTarget: target,
                    measure: .average(tradingDays: 20), latched: true))
            s[provenanceOf: TermKey.tranche(name, "shares")] = .assumption(
                note: "tranche count and sizes not disclosed; six equal tranches")
            s[provenanceOf: TermKey.tranche(name, "gw")] =
                i == 0
                ? .disclosed(source: "AMD 8-K 2025-10-05: first tranche on the first 1 GW")
                : .assumption(note: "one tranche per GW; 6 GW for full vesting is public")
            if i == 5 {
                s[provenanceOf: TermKey.tranche(name, "price")] = .disclosed(
                    source: "AMD 8-K 2025-10-05: targets escalate to $600")
            } else if target != nil {
                s[provenanceOf: TermKey.tranche(name, "price")] = .assumption(
                    note: "intermediate targets not disclosed")
            }
            s[provenanceOf: TermKey.tranche(name, "measure")] = .assumption(
                note: "price test not disclosed; 20-day average, latched")
        }

        s.pricePath = .growth(from: 203.71, start: day(2025, 10, 6), rate: 0.30)
        s[provenanceOf: TermKey.pricePath] = .assumption(
            note: "close of 2025-10-06 ($203.71, public) growing 30% a year")
        s.priceModel = GBMModel(
            s0: 203.71, start: day(2025, 10, 6), volatility: 0.55, drift: 0.04, rate: 0.04,
            seed: 2025)
        s[provenanceOf: TermKey.priceModel] = .assumption(
            note: "GBM, 55% volatility (45-68% reported), drift = 4% risk-free rate, seed 2025")
        return s
    }()
}
