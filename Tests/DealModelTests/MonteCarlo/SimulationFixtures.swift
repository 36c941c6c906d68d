// Small inputs for the Monte Carlo tests, and the closed forms they are checked against.
import CivilTime
import Foundation

@testable import DealModel

enum SimulationFixtures {
    static let start = CivilDate(year: 2025, month: 10, day: 6)!

    /// One tranche on a grid of `days` days (plus day 0), everything else plain.
    static func single(
        _ tranche: CompiledTranche, days: Int, s0: Double = 100, vol: Double, drift: Double,
        shares: Double = 1000, strike: Double = 0.01
    ) -> SimulationInput {
        SimulationInput(
            s0: s0, volatility: vol, drift: drift, lastDay: days, tranches: [tranche],
            shares: [shares], strike: strike, start: start)
    }

    static func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    /// P(some daily close on days 1...N reaches H) for GBM from s0: the continuous running-maximum
    /// formula for drifted Brownian motion in log space, with the barrier shifted up by
    /// exp(0.5826·σ·√dt) (Broadie, Glasserman and Kou) for daily monitoring.
    static func dailyHitProbability(s0: Double, barrier: Double, vol: Double, drift: Double, days: Int) -> Double {
        let dt = 1.0 / 252
        let t = Double(days) * dt
        let shifted = barrier * exp(0.5826 * vol * dt.squareRoot())
        let b = log(shifted / s0)
        let nu = drift - 0.5 * vol * vol
        let s = vol * t.squareRoot()
        return normalCDF((-b + nu * t) / s) + exp(2 * nu * b / (vol * vol)) * normalCDF((-b - nu * t) / s)
    }
}
