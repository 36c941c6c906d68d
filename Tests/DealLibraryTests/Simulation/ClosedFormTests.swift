// `simulate` against closed forms: a one-tranche price target under GBM (reflection with the
// Broadie-Glasserman-Kou discrete-monitoring shift), and a time-only tranche's value.
import CivilTime
import DealModel
import Foundation
import Testing

@testable import DealLibrary
@testable import DealScript

/// A session on a one-year warrant with `tranche`, under GBM from $200 at 50% vol, 4% drift.
func oneTrancheSession(_ tranche: String, extra: String = "") -> Session {
    let session = DealSession.make(output: Buffer(), loadBuiltIn: false)
    let ok = session.runScript(
        """
        reset
        warrant shares: 1M strike: $0.01 issued: 2025-10-06 expires: 2026-10-06 outstanding: 1000M
        \(extra)
        \(tranche)
        price model gbm s0: $200 on: 2025-10-06 vol: 50% drift: 4% seed: 7
        """, file: "t.deal")
    #expect(ok)
    return session
}

/// Standard normal distribution function.
func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.squareRoot()) }

/// P(max over days 0...n of S ≥ H) for GBM monitored daily: the continuous-monitoring
/// reflection formula with the barrier moved up by exp(0.5826 σ √dt) (Broadie-Glasserman-Kou).
func dailyBarrierHit(s0: Double, barrier: Double, vol: Double, drift: Double, days: Int) -> Double {
    let dt = 1.0 / 252
    let t = Double(days) * dt
    let shifted = barrier * exp(0.5826 * vol * dt.squareRoot())
    let nu = drift - vol * vol / 2
    let b = log(shifted / s0)
    let sd = vol * t.squareRoot()
    return normalCDF((-b + nu * t) / sd) + exp(2 * nu * b / (vol * vol)) * normalCDF((-b - nu * t) / sd)
}

@Suite("simulate against closed forms")
struct ClosedFormTests {
    @Test("a close-price target's probability matches the corrected reflection formula within 3 stderr")
    func barrierProbability() throws {
        let session = oneTrancheSession("tranche T1 shares: 1M price: $250 measure: close")
        let input = try SimulationSetup.input(for: session.book.scenario)
        #expect(input.lastDay == 251)  // trading days 2025-10-06 ... 2026-10-06, less day 0
        let result = try MonteCarloEngine.simulate(input, paths: 100_000, seed: 7, threads: 2)
        let exact = dailyBarrierHit(s0: 200, barrier: 250, vol: 0.5, drift: 0.04, days: input.lastDay)
        let t = result.tranches[0]
        #expect(
            abs(t.probability - exact) < 3 * t.stderr,
            "simulated \(t.probability) ± \(t.stderr), closed form \(exact)")
        #expect(exact > 0.57 && exact < 0.58)
    }

    @Test(
        "a tranche vesting on a fixed day is worth shares × (S0 − K e^(−μt)): the discounted price is a martingale"
    )
    func timeOnlyValue() throws {
        let session = oneTrancheSession("tranche T1 shares: 1M milestone: M1", extra: "milestone M1 on: 2026-04-01")
        let input = try SimulationSetup.input(for: session.book.scenario)
        let day = try #require(input.tranches[0].earliestDay)
        #expect(input.start == CivilDate(year: 2025, month: 10, day: 6))
        #expect(TradingDayGrid(from: input.start, through: CivilDate(year: 2026, month: 4, day: 1)!).count - 1 == day)
        let result = try MonteCarloEngine.simulate(input, paths: 50_000, seed: 11, threads: 2)
        let t = result.tranches[0]
        let exact = 1e6 * (200 - 0.01 * exp(-0.04 * Double(day) / 252))
        #expect(t.probability == 1)
        #expect(
            abs(t.expectedValue - exact) < 3 * t.valueStderr,
            "simulated \(t.expectedValue) ± \(t.valueStderr), exact \(exact)")
        #expect(t.meanVestDate == CivilDate(year: 2026, month: 4, day: 1))
    }
}
