// `simulate as_of:`: valuation on a later date from the price path's history. On a path the
// model follows exactly (no volatility, the path's own growth) it reproduces `vesting`; a
// tranche vested before the date counts at its known value.
import CivilTime
import DealModel
import Foundation
import Testing

@testable import DealLibrary
@testable import DealScript

private func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

/// The built-in scenario (price path: $203.71 growing 30% a year) with `model` as its price model.
private func builtIn(model: String) -> Session {
    let session = DealSession.make(output: Buffer())
    #expect(session.runScript(model, file: "t.deal"))
    return session
}

@Suite("simulate as of a date")
struct AsOfTests {
    /// Zero volatility and a drift of ln 1.3 a year: the model's closes are the path's own.
    let exactModel = "price model gbm s0: $203.71 on: 2025-10-06 vol: 0% drift: 26.236426446749106% rate: 4% seed: 1"

    @Test("on a deterministic path the valuation as of a date reproduces vesting, tranche by tranche")
    func reproducesVesting() throws {
        let session = builtIn(model: exactModel)
        let scenario = session.book.scenario
        let outcome = try scenario.vestingOutcome()
        for asOf in [date(2026, 12, 1), date(2028, 6, 1), date(2029, 9, 3)] {
            let input = try SimulationSetup.input(for: scenario, asOf: asOf)
            #expect(input.start == TradingCalendar.nyse.tradingDay(onOrBefore: asOf))
            #expect(abs(input.s0 - (scenario.pricePath?.close(on: input.start) ?? 0)) < 1e-9)
            let result = try MonteCarloEngine.simulate(input, paths: 2, seed: 1, threads: 1, method: .plain)
            for (story, t) in zip(outcome.tranches, result.tranches) {
                #expect(t.probability == (story.vestDate == nil ? 0 : 1), "\(t.name) as of \(asOf)")
                #expect(t.meanVestDate == story.vestDate, "\(t.name) as of \(asOf)")
                #expect(
                    t.settled == (story.vestDate.map { $0 <= input.start } ?? false)
                        || (story.vestDate == nil && (story.lapseDate.map { $0 < input.start } ?? false)))
            }
        }
    }

    @Test("a tranche vested before as_of counts at its value on its vest date, known: no error, every path")
    func vestedBeforeCountsAtKnownValue() throws {
        let session = builtIn(model: "price model gbm s0: $203.71 on: 2025-10-06 vol: 55% drift: 12% rate: 4% seed: 3")
        let scenario = session.book.scenario
        let outcome = try scenario.vestingOutcome()
        let asOf = date(2028, 6, 1)
        let input = try SimulationSetup.input(for: scenario, asOf: asOf)
        let result = try MonteCarloEngine.simulate(input, paths: 4000, seed: 3, threads: 2)
        let vestedBefore = outcome.tranches.filter { ($0.vestDate.map { $0 <= asOf }) ?? false }
        #expect(vestedBefore.map(\.tranche.name) == ["T1", "T2"])
        for story in vestedBefore {
            let t = try #require(result.tranches.first { $0.name == story.tranche.name })
            let known = try #require(story.valueAtVest)
            #expect(t.settled && t.probability == 1 && t.stderr == 0)
            #expect(t.fairValue == Estimate(known, stderr: 0) && t.expectedValue == Estimate(known, stderr: 0))
            #expect(t.meanVestDate == story.vestDate)
        }
        // The warrant counts them on every path: no path is worth less than their sum.
        let floor = vestedBefore.compactMap(\.valueAtVest).reduce(0, +)
        #expect(result.value.p5 >= floor * (1 - 0.0014))
        #expect(result.tranchesVested.prefix(2).allSatisfy { $0 == 0 })
        // Values are discounted to the as-of date; the open tranches are still uncertain.
        #expect(result.tranches[5].stderr > 0 && result.fairValue.value > floor)
    }

    @Test("as_of as a command: the heading and JSON name the date; bad dates and a missing path are refused")
    func asCommand() throws {
        let buffer = Buffer()
        let session = DealSession.make(output: buffer)
        #expect(
            session.runScript(
                """
                let r = simulate(paths: 2000, as_of: 2028-06-01)
                print r.as_of, r.tranches[0].settled, r.tranches[5].settled
                print r
                """, file: "t.deal"))
        #expect(buffer.out.hasPrefix("2028-06-01 true false\n"))
        #expect(buffer.out.contains("valued as of 2028-06-01"))
        #expect(buffer.out.contains("vested 2027-07-01"))
        let early = run("load \"amd-openai\"\nsimulate paths: 10 as_of: 2020-01-01")
        #expect(!early.ok && early.err.contains("within the warrant's term"))
        let noPath = run(
            """
            warrant shares: 1M strike: $0.01 issued: 2025-10-06 expires: 2026-10-06 outstanding: 1000M
            tranche T1 shares: 1M price: $250
            price model gbm s0: $200 on: 2025-10-06 vol: 50% seed: 7
            simulate paths: 10 as_of: 2026-01-02
            """)
        #expect(!noPath.ok && noPath.err.contains("needs a price path"))
    }
}
