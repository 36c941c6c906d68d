// Checks that a run split into parts puts back together exactly: the fixed tree of block
// sums, parts merged into the whole run's result bit for bit, and merges that must fail.
import Testing

@testable import DealModel

@Suite struct SimulationPartsTests {
    /// Two tranches on the close and one on a 5-day average, with drift ≠ rate (two passes).
    func input() -> SimulationInput {
        let tranches = [
            CompiledTranche(earliestDay: 0, lastDay: 300, priceTarget: 130),
            CompiledTranche(earliestDay: 40, lastDay: 300, priceTarget: 115, window: 5),
            CompiledTranche(earliestDay: 100, lastDay: 300, priceTarget: nil),
        ]
        return SimulationInput(
            s0: 100, volatility: 0.5, drift: 0.12, rate: 0.04, lastDay: 300, tranches: tranches,
            shares: [10, 20, 30], strike: 1, start: SimulationFixtures.start)
    }

    @Test func coversPartitionEveryRangeIntoWholeSubtrees() {
        for blocks in [1, 2, 5, 13, 64, 100] {
            for m in [1, 2, 3, 7, 16] {
                var seen: [Int] = []
                for k in 1...m {
                    let range = blocks * (k - 1) / m..<blocks * k / m
                    for node in DyadicSum.cover(range, blocks: blocks) {
                        #expect(node.first % node.size == 0)  // aligned subtrees only
                        seen += Array(node.first..<min(node.first + node.size, blocks))
                    }
                }
                #expect(seen == Array(0..<blocks))
            }
        }
    }

    @Test(arguments: [2, 3, 7, 40])
    func partsMergeIntoTheWholeRunBitForBit(parts: Int) throws {
        let input = input()
        let paths = 20 * MonteCarloEngine.blockSize + 37  // 21 blocks, the last one short
        let whole = try MonteCarloEngine.simulate(input, paths: paths, seed: 5, threads: 2)
        let split = try (1...parts).map { k in
            try MonteCarloEngine.totals(input, paths: paths, seed: 5, threads: 1, part: (k, of: parts))
        }
        let merged = try #require(SimulationTotals.merged(split.shuffled()))
        #expect(merged.isComplete)
        #expect(MonteCarloEngine.result(of: merged, outline: SimulationOutline(input)) == whole)
        // Any part missing, or one given twice, does not make a whole run.
        let missing = try #require(SimulationTotals.merged(Array(split.dropLast())))
        #expect(!missing.isComplete || split.last?.covered.allSatisfy(\.isEmpty) == true)
        #expect(SimulationTotals.merged(split + [split[0]]) == nil || split[0].covered.allSatisfy(\.isEmpty))
    }

    @Test func partsOfDifferentRunsDoNotMerge() throws {
        let a = try MonteCarloEngine.totals(input(), paths: 4096, seed: 5, threads: 1, part: (1, of: 2))
        let b = try MonteCarloEngine.totals(input(), paths: 4096, seed: 6, threads: 1, part: (2, of: 2))
        #expect(SimulationTotals.merged([a, b]) == nil)
        #expect(throws: SimulationError.invalidInput(.part(3, of: 2))) {
            try MonteCarloEngine.totals(input(), paths: 4096, seed: 5, threads: 1, part: (3, of: 2))
        }
    }
}
