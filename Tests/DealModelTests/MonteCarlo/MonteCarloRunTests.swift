// Checks how a run behaves as a whole: the same result whatever the thread count, seeds
// that matter, the warrant-level distribution, refusal of huge requests and interruption.
import Foundation
import Testing

@testable import DealModel

@Suite struct MonteCarloRunTests {
    /// A ten-tranche schedule like the benchmark's: targets $250...$1000 on the close.
    func tenTranches(days: Int = 1250) -> SimulationInput {
        let targets = (0..<10).map { 250 + Double($0) * 750 / 9 }
        let tranches = targets.enumerated().map { i, target in
            CompiledTranche(earliestDay: i * 100, lastDay: days, priceTarget: target)
        }
        return SimulationInput(
            s0: 203.71, volatility: 0.55, drift: 0.04, lastDay: days, tranches: tranches,
            shares: [Double](repeating: 16_000_000, count: 10), strike: 0.01,
            start: SimulationFixtures.start)
    }

    @Test func sameSeedSameResultWhateverTheThreads() throws {
        let input = tenTranches()
        let one = try MonteCarloEngine.simulate(input, paths: 5000, seed: 2025, threads: 1)
        let two = try MonteCarloEngine.simulate(input, paths: 5000, seed: 2025, threads: 2)
        let four = try MonteCarloEngine.simulate(input, paths: 5000, seed: 2025, threads: 4)
        #expect(one == two)
        #expect(one == four)
        let other = try MonteCarloEngine.simulate(input, paths: 5000, seed: 2026, threads: 2)
        #expect(other.expectedValue.value != one.expectedValue.value)
        #expect(other.tranches.map(\.probability) != one.tranches.map(\.probability))
    }

    @Test func warrantDistributionIsConsistent() throws {
        let input = tenTranches()
        let r = try MonteCarloEngine.simulate(input, paths: 3000, seed: 5, threads: 2)
        #expect(r.paths == 3000 && r.seed == 5)
        #expect(r.tranchesVested.count == 11)
        #expect(r.tranchesVested.reduce(0, +) == 3000)
        #expect(r.valueHistogram.map(\.count).reduce(0, +) == 3000)
        // Log-spaced rows: each 2x, 2.5x or 2x wider than the last (1-2-5 edges).
        for row in r.valueHistogram where row.lower > 1 {
            let ratio = row.upper / row.lower
            #expect(abs(ratio - 2) < 1e-9 || abs(ratio - 2.5) < 1e-9 || abs(ratio - 10) < 1e-9)
        }
        // Mean number of vested tranches equals the sum of the tranche probabilities.
        let meanVested = r.tranchesVested.enumerated().map { Double($0 * $1) }.reduce(0, +) / 3000
        #expect(abs(meanVested - r.tranches.map(\.probability).reduce(0, +)) < 1e-12)
        // Higher targets vest less often; percentiles are ordered; vested shares are whole tranches.
        let p = r.tranches.map(\.probability)
        #expect(zip(p, p.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(r.value.values == r.value.values.sorted())
        #expect(r.vestedShares.values.allSatisfy { $0.truncatingRemainder(dividingBy: 16_000_000) == 0 })
        #expect(r.pathSteps <= 3000 * 1250)
    }

    @Test func degenerateWarrantPercentiles() throws {
        let tranches = [
            CompiledTranche(earliestDay: 3, lastDay: 10, priceTarget: nil),
            CompiledTranche(earliestDay: nil, lastDay: 10, priceTarget: 50),
        ]
        let input = SimulationInput(
            s0: 100, volatility: 0.4, drift: 0, lastDay: 10, tranches: tranches,
            shares: [10, 99], strike: 0, start: SimulationFixtures.start)
        let r = try MonteCarloEngine.simulate(input, paths: 100, seed: 1, threads: 2)
        #expect(r.vestedShares == Percentiles(p5: 10, p25: 10, p50: 10, p75: 10, p95: 10))
        #expect(r.tranchesVested == [0, 100, 0])
        #expect(r.tranches[1].probability == 0 && r.tranches[1].meanVestDate == nil)
    }

    @Test func hugeRequestsAreRefusedWithFigures() {
        let input = tenTranches()
        #expect {
            try MonteCarloEngine.simulate(input, paths: 1_000_000_000_000_000, seed: 1, threads: 2)
        } throws: { error in
            guard case SimulationError.tooLarge(let cost, let limits) = error else { return false }
            return cost.paths == 1e15 && cost.pathSteps == 1e15 * 1251 && cost.bytes >= 1e15 / 1024 * 8 * 75
                && cost.threads == 2 && limits == SimulationLimits()
        }
        let fine = SimulationCost(paths: 200_000, lastDay: 1250, tranches: 10, threads: 2)
        #expect(fine.fits(SimulationLimits()))
        #expect(!SimulationCost(paths: 1e30, lastDay: 1250, tranches: 10, threads: 2).fits(SimulationLimits()))
    }

    @Test func stopsWhenAsked() {
        #expect(throws: SimulationError.interrupted) {
            try MonteCarloEngine.simulate(tenTranches(), paths: 50_000, seed: 1, threads: 2, shouldStop: { true })
        }
    }

    @Test func badInputIsAnErrorCarryingTheValue() {
        var input = tenTranches()
        input.volatility = 11
        #expect(throws: SimulationError.invalidInput(.volatility(11, accepted: 0...10))) {
            try MonteCarloEngine.simulate(input, paths: 10, seed: 1, threads: 2)
        }
        input.volatility = .nan  // NaN equals nothing, so the case is matched and the value tested
        guard case .volatility(let v, 0...10)? = input.problem() else {
            Issue.record("not refused")
            return
        }
        #expect(v.isNaN)
        #expect(throws: SimulationError.invalidInput(.paths(0))) {
            try MonteCarloEngine.simulate(tenTranches(), paths: 0, seed: 1, threads: 2)
        }
        input = tenTranches()
        input.tranches[3].window = 20_000
        #expect(input.problem() == .window(20_000, accepted: 1...10_000))
    }
}
