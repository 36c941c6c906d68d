// The scenario-to-engine mapping: the price model's start is day 0, tranche days move with it.
import CivilTime
import DealModel
import Foundation
import Testing

@testable import DealLibrary
@testable import DealScript

private func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

/// The built-in scenario with its price model moved to start on `start`.
private func builtIn(modelStart start: String) throws -> SimulationInput {
    let session = DealSession.make(output: Buffer())
    #expect(session.runScript("price model gbm s0: $200 on: \(start) vol: 55% drift: 4% seed: 1", file: "t.deal"))
    return try SimulationSetup.input(for: session.book.scenario)
}

@Suite("simulation setup")
struct SimulationSetupTests {
    @Test("the built-in scenario: day 0 is 2025-10-06 (the issue's first trading day), T2 from 2027-07-01")
    func builtInGrid() throws {
        let input = try SimulationSetup.input(for: DealSession.make(output: Buffer()).book.scenario)
        #expect(input.start == date(2025, 10, 6))
        #expect(input.s0 == 203.71 && input.volatility == 0.55 && input.drift == 0.04)
        #expect(input.valuationToDayZero == 0)
        #expect(input.names == ["T1", "T2", "T3", "T4", "T5", "T6"])
        #expect(input.shares.reduce(0, +) == 160_000_000)
        let grid = TradingDayGrid(from: date(2025, 10, 6), through: date(2030, 10, 5))
        #expect(input.lastDay == grid.count - 1)
        // T2 needs 2 GW: P1's 1 GW is done 2027-07-01, then P2 (1.5 GW over the 366 days from
        // 2027-07-01) adds the second GW after 2/3 of them, 244 days: 2028-03-01, a Wednesday.
        let t2 = input.tranches[1]
        #expect(t2.priceTarget == 250 && t2.window == 20 && t2.latched)
        #expect(t2.earliestDay.flatMap(grid.date(at:)) == date(2028, 3, 1))
    }

    @Test("a model starting after issue: day 0 moves, tranche days shift back by the trading days between")
    func modelAfterIssue() throws {
        let base = try builtIn(modelStart: "2025-10-06")
        let later = try builtIn(modelStart: "2026-01-05")
        let shift = TradingDayGrid(from: date(2025, 10, 6), through: date(2026, 1, 4)).count
        #expect(later.start == date(2026, 1, 5))
        #expect(later.lastDay == base.lastDay - shift)
        #expect(later.valuationToDayZero == Double(shift) / 252)
        for (a, b) in zip(base.tranches, later.tranches) {
            #expect(b.earliestDay == a.earliestDay.map { max(0, $0 - shift) })
            #expect(b.lastDay == a.lastDay - shift)
        }
        // Discounting still reaches back to issue.
        #expect(abs(later.discount(day: 0) - exp(-0.04 * Double(shift) / 252)) < 1e-15)
    }

    @Test("a model starting before issue: the run starts earlier, tranches still vest no earlier than issue")
    func modelBeforeIssue() throws {
        let base = try builtIn(modelStart: "2025-10-06")
        let earlier = try builtIn(modelStart: "2025-09-02")
        let shift = TradingDayGrid(from: date(2025, 9, 2), through: date(2025, 10, 5)).count
        #expect(shift == 24)
        #expect(earlier.valuationToDayZero == -Double(shift) / 252)
        #expect(earlier.lastDay == base.lastDay + shift)
        for (a, b) in zip(base.tranches, earlier.tranches) {
            #expect(b.earliestDay == a.earliestDay.map { $0 + shift })
        }
    }

    @Test("missing pieces name the command that sets them; a model after expiry is refused")
    func missingPieces() {
        let noModel = run("reset\nsimulate")
        #expect(!noModel.ok && noModel.err.contains("price model gbm s0:"))
        let noWarrant = run("reset\nprice model gbm s0: $200 on: 2025-10-06 vol: 55% drift: 4%\nsimulate")
        #expect(!noWarrant.ok && noWarrant.err.contains("`warrant shares:"))
        let session = DealSession.make(output: Buffer())
        #expect(session.runScript("price model gbm s0: $200 on: 2031-01-02 vol: 55% drift: 4%", file: "t.deal"))
        #expect(throws: ScriptError.self) { try SimulationSetup.input(for: session.book.scenario) }
    }
}
