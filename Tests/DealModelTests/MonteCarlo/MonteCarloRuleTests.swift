// Checks that the Monte Carlo applies exactly the one vesting rule: single-path runs (and an
// antithetic pair) are replayed from the same random stream and judged by
// `CompiledTranche.vestingDay(measure:)`.
import CivilTime
import Foundation
import Testing

@testable import DealModel

@Suite struct MonteCarloRuleTests {
    let tranches = [
        CompiledTranche(earliestDay: 50, lastDay: 300, priceTarget: 130),  // close, latched
        // avg(5), same day
        CompiledTranche(earliestDay: 20, lastDay: 250, priceTarget: 115, window: 5, latched: false),
        CompiledTranche(earliestDay: 100, lastDay: 300, priceTarget: 120, window: 20),  // avg(20), latched
        CompiledTranche(earliestDay: 30, lastDay: 300, priceTarget: nil),  // no price condition
        CompiledTranche(earliestDay: 0, lastDay: 150, priceTarget: 160, latched: false),  // close, same day
    ]
    let shares: [Double] = [10, 20, 30, 40, 50]

    /// The deal's shape: one averaging window (the kernel's one-window loop) beside close targets.
    let oneWindow = [
        CompiledTranche(earliestDay: 40, lastDay: 300, priceTarget: 125, window: 20),
        CompiledTranche(earliestDay: 0, lastDay: 300, priceTarget: 140),
        CompiledTranche(earliestDay: 60, lastDay: 200, priceTarget: 110, window: 20, latched: false),
        CompiledTranche(earliestDay: 150, lastDay: 300, priceTarget: 160, window: 20),
        CompiledTranche(earliestDay: 10, lastDay: 300, priceTarget: nil),
    ]

    func input(_ tranches: [CompiledTranche]) -> SimulationInput {
        SimulationInput(
            s0: 100, volatility: 0.6, drift: 0.04, lastDay: 300, tranches: tranches,
            shares: shares, strike: 1, valuationToDayZero: 0.01, start: SimulationFixtures.start)
    }

    /// The closes of the first unit's path (`sign` −1: its antithetic twin) from `seed`: block 0's
    /// stream is the seed's own, and the unit's generator is split off it.
    func closes(seed: UInt64, input: SimulationInput, sign: Double = 1) -> [Double] {
        var block = Xoshiro256StarStar(seed: seed)
        var rng = Xoshiro256StarStar(splitting: &block)
        let a = (input.drift - 0.5 * input.volatility * input.volatility) * input.dt
        let b = input.volatility * input.dt.squareRoot()
        var walk = 0.0
        var result = [input.s0]
        for day in 1...input.lastDay {
            walk += b * ZigguratNormal.shared.draw(&rng)
            result.append(input.s0 * exp(Double(day) * a + sign * walk))
        }
        return result
    }

    /// The rule's measure: the close, or the mean of the last `window` closes, flat s0 before day 0.
    func measure(_ closes: [Double], window: Int, day: Int) -> Double {
        guard window > 1 else { return closes[day] }
        var sum = 0.0
        for d in (day - window + 1)...day { sum += d < 0 ? closes[0] : closes[d] }
        return sum / Double(window)
    }

    @Test(arguments: [0, 1])
    func singlePathsFollowTheRule(set: Int) throws {
        let tranches = set == 0 ? self.tranches : oneWindow
        let input = input(tranches)
        var vestedSomething = Set<Int>()
        var missedSomething = Set<Int>()
        for seed in UInt64(1)...60 {
            let result = try MonteCarloEngine.simulate(input, paths: 1, seed: seed, threads: 1, method: .plain)
            let path = closes(seed: seed, input: input)
            var total = 0.0
            for (t, tranche) in tranches.enumerated() {
                let day = tranche.vestingDay { measure(path, window: tranche.window, day: $0) }
                let outcome = result.tranches[t]
                #expect(outcome.probability == (day == nil ? 0 : 1), "seed \(seed) tranche \(t)")
                #expect(outcome.meanVestDay == day.map(Double.init), "seed \(seed) tranche \(t)")
                if let day {
                    vestedSomething.insert(t)
                    let value = shares[t] * (path[day] - 1) * input.discount(day: day)
                    #expect(abs(outcome.expectedValue.value - value) <= 1e-9 * abs(value))
                    #expect(outcome.fairValue == outcome.expectedValue)  // drift = rate: one pass
                    total += value
                } else {
                    missedSomething.insert(t)
                }
            }
            #expect(abs(result.expectedValue.value - total) <= 1e-9 * max(1, abs(total)))
        }
        // The seeds exercise both outcomes for every priced tranche.
        #expect(vestedSomething == [0, 1, 2, 3, 4])
        #expect(missedSomething == Set(tranches.indices.filter { tranches[$0].priceTarget != nil }))
    }

    @Test func antitheticTwinFollowsTheRuleOnNegatedDraws() throws {
        let input = input(oneWindow)
        let twins = SimulationMethod(antithetic: true, controlVariate: false)
        for seed in UInt64(1)...20 {
            let result = try MonteCarloEngine.simulate(input, paths: 2, seed: seed, threads: 1, method: twins)
            let paths = [closes(seed: seed, input: input), closes(seed: seed, input: input, sign: -1)]
            for (t, tranche) in oneWindow.enumerated() {
                let days = paths.map { path in tranche.vestingDay { measure(path, window: tranche.window, day: $0) } }
                let outcome = result.tranches[t]
                #expect(outcome.probability == Double(days.compactMap { $0 }.count) / 2, "seed \(seed) tranche \(t)")
                let values = zip(paths, days).map { path, day in
                    day.map { shares[t] * (path[$0] - 1) * input.discount(day: $0) } ?? 0
                }
                let mean = values.reduce(0, +) / 2
                #expect(
                    abs(outcome.expectedValue.value - mean) <= 1e-9 * max(1, abs(mean)),
                    "seed \(seed) tranche \(t)")
            }
        }
    }

    @Test func meanVestDateMapsTheGridDay() throws {
        let tranche = CompiledTranche(earliestDay: 5, lastDay: 10, priceTarget: nil)
        let input = SimulationFixtures.single(tranche, days: 10, vol: 0.3, drift: 0)
        let result = try MonteCarloEngine.simulate(input, paths: 10, seed: 1, threads: 2)
        // 2025-10-06 is a Monday: five trading days later is Monday 2025-10-13.
        #expect(result.tranches[0].meanVestDate == CivilDate(year: 2025, month: 10, day: 13))
    }
}

@Suite struct HistoryTests {
    /// A 5-day average at $115 watched from day 0: with four closes of $120 before day 0 the
    /// average on day 0 is (4 × 120 + 100) / 5 = $116, met at once on every path; with no
    /// history (flat at s0 = $100) it is $100, not met on day 0.
    @Test func averagingWindowsStartFilledWithHistory() throws {
        let tranche = CompiledTranche(earliestDay: 0, lastDay: 50, priceTarget: 115, window: 5)
        var input = SimulationFixtures.single(tranche, days: 50, vol: 0.3, drift: 0.04)
        let flat = try MonteCarloEngine.simulate(input, paths: 500, seed: 1, threads: 1).tranches[0]
        #expect(flat.probability < 1 && (flat.meanVestDay ?? 0) > 0)
        input.history = [90, 120, 120, 120, 120]
        let filled = try MonteCarloEngine.simulate(input, paths: 500, seed: 1, threads: 1).tranches[0]
        #expect(filled.probability == 1 && filled.meanVestDay == 0)
        // One close fewer of $120: (90 + 3 × 120 + 100) / 5 = $110, no longer met on day 0.
        input.history = [90, 90, 120, 120, 120]
        #expect(try MonteCarloEngine.simulate(input, paths: 500, seed: 1, threads: 1).tranches[0].meanVestDay != 0)
    }
}
