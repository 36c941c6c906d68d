// The words people read for the model's error values: the same cases the model tests assert
// as values, worded exactly as the shell prints them, and placed under the label at fault.
import CivilTime
import DealModel
import Testing

@testable import DealLibrary
@testable import DealScript

@Suite struct ModelErrorWordingTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    @Test func eachValueReadsAsTheTermThenWhatItAccepts() {
        let t = ModelTerm("tranche", "T")
        let cases: [(ModelError, String)] = [
            (
                .unknownName(ModelTerm("phase", "P9", label: "gen"), .generation, given: "MI999", known: ["MI450"]),
                "phase P9 gen: names no generation: `MI999`; known: MI450"
            ),
            (
                .unknownName(ModelTerm("phase", "P9", label: "gen"), .generation, given: "MI999", known: []),
                "phase P9 gen: names no generation: `MI999` (none defined yet)"
            ),
            (
                .notPositive(t.labelled("price"), .priceTarget, given: -5, limit: .greatestFiniteMagnitude),
                "tranche T price: must be a positive price target (like $250), got -5"
            ),
            (
                .deadlineAfterExpiry(t.labelled("by"), given: day(2029, 1, 1), expiry: day(2028, 1, 3)),
                "tranche T by: must be on or before the warrant's expiry 2028-01-03, got 2029-01-01"
            ),
            (
                .trancheShares(t.labelled("shares"), given: 1001, warrantShares: 1000),
                "tranche T shares: must be from 1 to the warrant's 1,000 shares, got 1,001"
            ),
            (
                .sharesPastWarrant(
                    ModelTerm("tranche", "B", label: "shares"), given: 401, total: 1001, warrantShares: 1000),
                "tranche B shares: 401 brings the tranches' total to 1,001, past the warrant's 1,000 shares "
                    + "(B can hold at most 400)"
            ),
            (
                .unknownName(t.labelled("milestone"), .milestone, given: "nope", known: []),
                "tranche T milestone: names no milestone: `nope` (define it with `milestone nope`)"
            ),
            (
                .rateOutOfRange(
                    ModelTerm("price model", "gbm", label: "vol"), .volatility, given: 11, accepted: 0...10),
                "price model gbm vol: accepts a yearly volatility from 0% to 1000%, got 1,100%"
            ),
            (
                .notPositive(ModelTerm("generation", "G", label: "power"), .powerPerGPU, given: 0, limit: 1e7),
                "generation G power: must be a positive power per GPU (all-in facility watts), got 0"
            ),
            (
                .nameLength(ModelTerm("milestone"), given: "", accepted: 1...64),
                "milestone needs a name of 1 to 64 characters"
            ),
            (
                .dateOutOfRange(
                    ModelTerm("phase", "P", label: "start"), given: day(1899, 12, 31),
                    accepted: day(1900, 1, 1)...day(2299, 12, 31)),
                "phase P start: accepts dates from 1900-01-01 to 2299-12-31, got 1899-12-31"
            ),
            (
                .unknownName(ModelTerm("use"), .scenario, given: "bear", known: ["base", "bull"]),
                "use names no scenario: `bear`; known: base, bull"
            ),
            (
                .notSet(ModelTerm("price path")),
                "price path is not set (set it with `price path growth|constant|linear|points|csv ...`)"
            ),
            (.notSet(ModelTerm("warrant")), "warrant is not set (set it with `warrant shares: ... expires: ...`)"),
            (
                .growthOutOfRange(ModelTerm("price path", "growth", label: "rate"), given: -1, above: -1, upTo: 100),
                "price path growth rate: accepts a yearly rate above -100% and up to 10000%, got -100%"
            ),
            (
                .endNotAfterStart(ModelTerm("price path", "linear"), start: day(2026, 2, 1), end: day(2026, 1, 1)),
                "price path linear needs its second date after the first, got 2026-02-01 and 2026-01-01"
            ),
            (
                .datesNotIncreasing(
                    ModelTerm("price path", point: 2), given: day(2026, 1, 2), previous: day(2026, 1, 5)),
                "price path point 2 dates must increase, but 2026-01-02 follows 2026-01-05"
            ),
            (
                .shareCount(ModelTerm("warrant", label: "shares"), given: 0, limit: 1_000_000_000_000),
                "warrant shares: must be a positive share count up to 1T, got 0"
            ),
            (
                .windowOutOfRange(t.labelled("measure"), given: 3000, accepted: 1...2520),
                "tranche T measure: accepts close or avg(Ntd) with N from 1 to 2520, got avg(3000td)"
            ),
            (
                .rampOutOfRange(
                    ModelTerm("phase", "P", label: "ramp"), given: CalendarDuration(700, .months),
                    maxYears: 50),
                "phase P ramp: accepts a duration from 0 to 50 years (like 12mo), got 700mo"
            ),
            (
                .negative(ModelTerm("generation", "G", label: "memory"), .memory, given: -1.5),
                "generation G memory: must be a memory size of zero or more, got -1.5"
            ),
        ]
        for (error, message) in cases { #expect(error.message == message) }
    }

    @Test func theShellPrintsTheSameWordsUnderTheLabel() {
        let cases: [(String, String, Int)] = [
            ("tranche T1 price: -$5", "tranche T1 price: must be a positive price target (like $250), got -5", 19),
            (
                "phase P9 gen: MI999 size: 1GW start: 2027-01-01 ramp: 12mo",
                "phase P9 gen: names no generation: `MI999`; known: MI300X, MI325X, MI350X, MI355X, MI450, MI500", 15
            ),
            (
                "price model gbm s0: $200 on: 2025-10-06 vol: 1100% drift: 4%",
                "price model gbm vol: accepts a yearly volatility from 0% to 1000%, got 1,100%", 46
            ),
            ("use bear", "use names no scenario: `bear`; known: base", 5),
        ]
        for (source, message, column) in cases {
            let (session, _) = dealSession()
            #expect(!session.runScript(source, file: "t"))
            #expect(session.lastDiagnostic?.message == message, "\(source)")
            #expect(session.lastDiagnostic?.column == column, "\(source)")
        }
    }

    @Test func simulationErrorsReadAsBefore() {
        #expect(
            SimulationError.invalidInput(.volatility(11, accepted: 0...10)).message
                == "cannot simulate: volatility must be between 0% and 1000%")
        #expect(
            SimulationError.invalidInput(.drift(11, accepted: -10...10)).message
                == "cannot simulate: drift must be between -1000% and 1000%")
        #expect(
            SimulationError.invalidInput(.gridDays(-1, accepted: 0...1_000_000)).message
                == "cannot simulate: the grid must have 0 to 1,000,000 trading days")
        #expect(
            SimulationError.invalidInput(.window(0, accepted: 1...10_000)).message
                == "cannot simulate: a measure's window must be 1 to 10,000 trading days")
        #expect(
            SimulationError.invalidInput(.tooManyTranches(65, limit: 64)).message
                == "cannot simulate: at most 64 tranches can be simulated")
        #expect(SimulationError.invalidInput(.paths(0)).message == "cannot simulate: paths must be at least 1")
        let cost = SimulationCost(paths: 1e15, lastDay: 1250, tranches: 10, threads: 2)
        let refusal = SimulationError.tooLarge(cost, SimulationLimits()).message
        #expect(
            refusal == "simulate: 1e15 paths would take about 198 years and 561 TB of memory (1.3e18 path-steps); "
                + "the limit is 2e11 path-steps and 2.0 GB; use fewer paths")
    }
}
