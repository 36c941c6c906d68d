// `simulate` and `greeks` against closed forms and exact references: a one-tranche price
// target under GBM (the hit probability, its fair value with drift ≠ rate, its expected value,
// and the Greeks against bump-and-revalue of the same reference), and a time-only tranche.
import CivilTime
import DealModel
import Foundation
import Testing

@testable import DealLibrary
@testable import DealScript

/// A session on a one-year warrant with `tranche`, under GBM from $200 at 50% vol (`model`
/// gives the drift and rate; 4% each by default).
func oneTrancheSession(_ tranche: String, extra: String = "", model: String = "drift: 4%") -> Session {
    let session = DealSession.make(output: Buffer(), loadBuiltIn: false)
    let ok = session.runScript(
        """
        reset
        warrant shares: 1M strike: $0.01 issued: 2025-10-06 expires: 2026-10-06 outstanding: 1000M
        \(extra)
        \(tranche)
        price model gbm s0: $200 on: 2025-10-06 vol: 50% \(model) seed: 7
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

/// Exact figures for `tranche T1 shares: 1M price: $250 measure: close` on that warrant under
/// vol 50%, drift 20%, rate 4%, from `Tests/Reference/discrete_touch.py` (the first-passage
/// law carried on a fine grid, no simulation); `grid` is the size of its last refinement.
enum TouchReference {
    static let probability = 0.6734658450
    static let fairValue = 144_970_618.285943
    static let expectedValue = 169_393_967.243417
    static let grid = 2_000.0
    /// Fair values with S0 ±5% ($10), vol ±1 point, rate ±1 point (`GreekBumps`' defaults).
    static let price = (up: 164_491_673.677365, down: 126_023_564.027364)
    static let vol = (up: 146_209_146.819227, down: 143_687_703.225565)
    static let rate = (up: 146_071_628.003810, down: 143_860_551.674155)
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
        // Drift = rate: one set of paths gives both values, so they are the same number.
        #expect(t.fairValue == t.expectedValue && result.fairValue == result.expectedValue)
    }

    @Test("drift ≠ rate: fair value (risk-neutral) and expected value (real world) against exact references")
    func fairValueWithDriftAboveRate() throws {
        let session = oneTrancheSession(
            "tranche T1 shares: 1M price: $250 measure: close",
            model: "drift: 20% rate: 4%")
        let input = try SimulationSetup.input(for: session.book.scenario)
        #expect(input.drift == 0.2 && input.rate == 0.04)
        let result = try MonteCarloEngine.simulate(input, paths: 100_000, seed: 7, threads: 2)
        let t = result.tranches[0]
        #expect(
            abs(t.probability - TouchReference.probability) < 3 * t.stderr,
            "P \(t.probability) ± \(t.stderr)")
        #expect(
            abs(t.fairValue.value - TouchReference.fairValue) < 3 * t.fairValue.stderr + TouchReference.grid,
            "fair \(t.fairValue.value) ± \(t.fairValue.stderr)")
        #expect(
            abs(t.expectedValue.value - TouchReference.expectedValue)
                < 3 * t.expectedValue.stderr + TouchReference.grid,
            "expected \(t.expectedValue.value) ± \(t.expectedValue.stderr)")
        // The drift moves the odds and the expected value, never the fair value.
        #expect(t.expectedValue.value > t.fairValue.value * 1.1)
        let steady = try MonteCarloEngine.simulate(input.with(drift: 0.04), paths: 100_000, seed: 7, threads: 2)
        #expect(steady.tranches[0].fairValue == t.fairValue)
    }

    @Test("greeks: delta, gamma, vega and rho against bump-and-revalue of the exact reference")
    func greeksAgainstReference() throws {
        let session = oneTrancheSession(
            "tranche T1 shares: 1M price: $250 measure: close",
            model: "drift: 20% rate: 4%")
        let input = try SimulationSetup.input(for: session.book.scenario)
        let g = try MonteCarloEngine.greeks(input, paths: 40_000, seed: 7, threads: 2)
        let r = TouchReference.self
        // (reference, estimate, the reference's grid error carried through the same quotient,
        // the largest standard error, relative, that still says something at 40k paths)
        let expected = [
            ("delta", (r.price.up - r.price.down) / 20, g.tranches[0].delta, 2 * r.grid / 20, 0.05),
            ("gamma", (r.price.up - 2 * r.fairValue + r.price.down) / 100, g.tranches[0].gamma, 4 * r.grid / 100, 0.6),
            ("vega", (r.vol.up - r.vol.down) / 0.02 * 0.01, g.tranches[0].vega, r.grid, 0.05),
            ("rho", (r.rate.up - r.rate.down) / 0.02 * 0.01, g.tranches[0].rho, r.grid, 0.05),
        ]
        for (name, exact, estimate, slack, noise) in expected {
            #expect(
                abs(estimate.value - exact) < 3 * estimate.stderr + slack,
                "\(name): \(estimate.value) ± \(estimate.stderr), reference \(exact)")
            #expect(estimate.stderr < noise * abs(exact), "\(name) is too noisy to mean anything")
        }
        #expect(abs(g.tranches[0].fairValue.value - r.fairValue) < 3 * g.tranches[0].fairValue.stderr + r.grid)
        #expect(g.warrant.delta == g.tranches[0].delta)
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
        let exact = 1e6 * (200 - 0.01 * exp(-0.04 * Double(day) / 252))
        for method in [SimulationMethod.plain, .reduced] {
            let result = try MonteCarloEngine.simulate(input, paths: 50_000, seed: 11, threads: 2, method: method)
            let t = result.tranches[0]
            #expect(t.probability == 1)
            #expect(
                abs(t.expectedValue.value - exact) < 3 * t.expectedValue.stderr + 1e-9 * exact,
                "simulated \(t.expectedValue.value) ± \(t.expectedValue.stderr), exact \(exact)")
            #expect(t.meanVestDate == CivilDate(year: 2026, month: 4, day: 1))
        }
    }
}
