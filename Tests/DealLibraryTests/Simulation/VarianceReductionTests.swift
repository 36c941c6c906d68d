import DealModel
import Foundation
import Testing

// The variance reduction on the built-in scenario: the warrant's fair-value standard error
// falls at least 3x against plain sampling at the same paths, and the two estimates agree.
@testable import DealLibrary

@Suite("variance reduction")
struct VarianceReductionTests {
    /// Both errors shrink as 1/√paths, so their ratio at 20k paths is the ratio at 100k
    /// (`scripts/bench` reports the 100k figures).
    @Test("antithetic pairs and the control variate: at least 3x smaller error, the same value")
    func builtInScenario() throws {
        let input = try SimulationSetup.input(for: DealSession.make(output: Buffer()).book.scenario)
        let plain = try MonteCarloEngine.simulate(input, paths: 20_000, seed: 2025, threads: 2, method: .plain)
        let reduced = try MonteCarloEngine.simulate(input, paths: 20_000, seed: 2025, threads: 2)
        let ratio = plain.fairValue.stderr / reduced.fairValue.stderr
        #expect(ratio >= 3, "plain ± \(plain.fairValue.stderr), reduced ± \(reduced.fairValue.stderr)")
        let both = (pow(plain.fairValue.stderr, 2) + pow(reduced.fairValue.stderr, 2)).squareRoot()
        #expect(abs(plain.fairValue.value - reduced.fairValue.value) < 3 * both)
        for (p, r) in zip(plain.tranches, reduced.tranches) {
            #expect(r.fairValue.stderr <= p.fairValue.stderr, "\(r.name)")
            let error = (pow(p.fairValue.stderr, 2) + pow(r.fairValue.stderr, 2)).squareRoot()
            let gap = abs(p.fairValue.value - r.fairValue.value)
            #expect(gap <= 3 * error + 1e-9 * abs(p.fairValue.value), "\(r.name)")
        }
    }
}
