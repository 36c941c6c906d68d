// Checks the Monte Carlo against closed forms: barrier-hit probabilities under daily
// monitoring, the value of a tranche that vests for sure, and the reported standard errors.
import Foundation
import Testing

@testable import DealModel

@Suite struct MonteCarloAccuracyTests {
    @Test(arguments: [(120.0, 0.30), (150.0, 0.55), (250.0, 0.55), (130.0, 0.80)])
    func hitProbabilityMatchesClosedForm(barrier: Double, vol: Double) throws {
        let days = 252
        let tranche = CompiledTranche(earliestDay: 0, lastDay: days, priceTarget: barrier)
        let input = SimulationFixtures.single(tranche, days: days, vol: vol, drift: 0.04)
        let result = try MonteCarloEngine.simulate(input, paths: 60_000, seed: 11, threads: 2)
        let expected = SimulationFixtures.dailyHitProbability(
            s0: 100, barrier: barrier, vol: vol, drift: 0.04, days: days)
        let outcome = result.tranches[0]
        #expect(expected > 0.02 && expected < 0.98)  // a meaningful target
        #expect(
            abs(outcome.probability - expected) < 3 * outcome.stderr,
            "simulated \(outcome.probability) ± \(outcome.stderr), closed form \(expected)")
    }

    @Test func certainTrancheValueMatchesClosedForm() throws {
        // No price condition, vests on day 126 (t = 0.5 y): E = shares·(s0·e^{μt} − K)·e^{−μt}.
        let k = 126
        let mu = 0.04
        let vol = 0.55
        let t = Double(k) / 252
        let tranche = CompiledTranche(earliestDay: k, lastDay: 400, priceTarget: nil)
        let input = SimulationFixtures.single(tranche, days: 400, vol: vol, drift: mu)
        let paths = 50_000
        let result = try MonteCarloEngine.simulate(input, paths: paths, seed: 3, threads: 2, method: .plain)
        let outcome = result.tranches[0]
        let expected = 1000 * (100 * exp(mu * t) - 0.01) * exp(-mu * t)
        #expect(outcome.probability == 1)
        #expect(outcome.meanVestDay == Double(k))
        #expect(abs(outcome.expectedValue.value - expected) < 3 * outcome.expectedValue.stderr)
        // Its stderr is the lognormal's: shares·s0·√(e^{σ²t} − 1)/√n, within 3%.
        let sigmaError = 1000 * 100 * (exp(vol * vol * t) - 1).squareRoot() / Double(paths).squareRoot()
        #expect(abs(outcome.expectedValue.stderr / sigmaError - 1) < 0.03)
        #expect(abs(result.expectedValue.value - outcome.expectedValue.value) < 1e-6 * expected)
        #expect(result.pathSteps == paths * k)  // early exit on the vest day
        // The control (the discounted price on the vest day) is this payoff but for the strike:
        // with it the error all but vanishes, and the estimate stays on the exact value.
        let reduced = try MonteCarloEngine.simulate(input, paths: paths, seed: 3, threads: 2).tranches[0]
        #expect(reduced.expectedValue.stderr < 1e-6 * sigmaError)
        #expect(abs(reduced.expectedValue.value - expected) < 1e-6 * expected)
    }

    @Test(arguments: [SimulationMethod.plain, .reduced])
    func reportedStderrMatchesSpreadAcrossSeeds(method: SimulationMethod) throws {
        let tranche = CompiledTranche(earliestDay: 0, lastDay: 126, priceTarget: 130)
        let input = SimulationFixtures.single(tranche, days: 126, vol: 0.5, drift: 0.04)
        var estimates: [[Double]] = [[], []]
        var reported: [[Double]] = [[], []]
        for seed in 1...40 {
            let r = try MonteCarloEngine.simulate(input, paths: 2000, seed: UInt64(seed), threads: 2, method: method)
            let t = r.tranches[0]
            estimates[0].append(t.probability)
            reported[0].append(t.stderr)
            estimates[1].append(t.fairValue.value)
            reported[1].append(t.fairValue.stderr)
            if method == .plain {  // independent paths: the binomial error (n − 1 in the variance)
                let p = t.probability
                #expect(abs(t.stderr - (p * (1 - p) / 1999).squareRoot()) < 1e-12)
            }
        }
        for (values, errors) in zip(estimates, reported) {
            let mean = values.reduce(0, +) / 40
            let spread = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 39).squareRoot()
            let typical = errors.reduce(0, +) / 40
            // The sample standard deviation of 40 estimates is within about ±25% of the truth.
            #expect(abs(spread / typical - 1) < 0.3, "spread \(spread), reported \(typical)")
        }
    }
}
