// Turns a run's totals into a `SimulationResult`: estimates and their standard errors from
// the summed tallies, percentiles and the histogram from the whole-number path counts.
import CivilTime

/// What a summary needs besides the totals: the tranches' names, shares and settled
/// outcomes, and the date of grid day 0 (to date the mean vest days).
public struct SimulationOutline: Sendable, Equatable {
    public var names: [String]
    public var shares: [Double]
    public var settled: [SettledTranche?]
    public var start: CivilDate

    public init(names: [String], shares: [Double], settled: [SettledTranche?], start: CivilDate) {
        self.names = names
        self.shares = shares
        self.settled = settled
        self.start = start
    }

    public init(_ input: SimulationInput) {
        self.init(names: input.names, shares: input.shares, settled: input.settled, start: input.start)
    }
}

/// Builds the result of finished totals.
enum SimulationSummary {
    static func result(
        _ totals: SimulationTotals, outline: SimulationOutline,
        calendar: TradingCalendar = .nyse
    ) -> SimulationResult? {
        let n = totals.tranches
        guard outline.names.count == n, outline.shares.count == n, outline.settled.count == n,
            let world = totals.tally(pass: 0)
        else { return nil }
        let neutral = totals.passes.count > 1 ? totals.tally(pass: 1) : world
        guard let neutral else { return nil }
        let l = TallyLayout(n: n)
        let paths = Double(totals.paths)
        let units = world[l.units]
        let tranches: [TrancheSimulation] = (0..<n).map { t in
            if let s = outline.settled[t] {
                let known = Estimate(s.value, stderr: 0)
                return TrancheSimulation(
                    name: outline.names[t], probability: s.vested == nil ? 0 : 1, stderr: 0,
                    meanVestDay: nil, meanVestDate: s.vested, fairValue: known,
                    expectedValue: known, settled: true)
            }
            let vested = world[l.vested + t]
            let meanDay: Double? = vested > 0 ? world[l.vestDays + t] / vested : nil
            let date = meanDay.map { calendar.advance(outline.start, tradingDays: Int($0.rounded())) }
            let spread = estimate(world, at: l.vestMoments + 2 * t, units: units)
            return TrancheSimulation(
                name: outline.names[t], probability: vested / paths, stderr: spread.stderr,
                meanVestDay: meanDay, meanVestDate: date,
                fairValue: estimate(neutral, at: l.valueMoments + 2 * t, units: units),
                expectedValue: estimate(world, at: l.valueMoments + 2 * t, units: units),
                settled: false)
        }
        let settledValue = outline.settled.reduce(0) { $0 + ($1?.value ?? 0) }
        var fair = estimate(neutral, at: l.warrant, units: units)
        var expected = estimate(world, at: l.warrant, units: units)
        fair.value += settledValue
        expected.value += settledValue
        let values = totals.valueCounts.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        var steps = world[l.pathSteps]
        if totals.passes.count > 1 { steps += neutral[l.pathSteps] }
        return SimulationResult(
            paths: totals.paths, seed: totals.seed, method: totals.method, tranches: tranches,
            fairValue: fair, expectedValue: expected,
            vestedShares: vestedShares(totals.vestedSets, shares: outline.shares),
            value: ValueScale.percentiles(values),
            tranchesVested: (0...n).map { Int(world[l.vestedCounts + $0]) },
            valueHistogram: ValueScale.histogram(values),
            pathSteps: Int(steps))
    }

    /// Mean over units and its standard error √(s²/units), from a sum at `index` and the sum of
    /// squares after it.
    static func estimate(_ tally: [Double], at index: Int, units: Double) -> Estimate {
        let (mean, error) = meanAndError(sum: tally[index], squares: tally[index + 1], n: units)
        return Estimate(mean, stderr: error)
    }

    /// Sample mean and its standard error √(s²/n) from a sum and a sum of squares.
    static func meanAndError(sum: Double, squares: Double, n: Double) -> (Double, Double) {
        guard n > 0 else { return (0, 0) }
        let mean = sum / n
        guard n > 1 else { return (mean, 0) }
        let variance = max(0, (squares - n * mean * mean) / (n - 1))
        return (mean, (variance / n).squareRoot())
    }

    /// Percentiles of vested shares, exactly as on the sorted per-path values: each set of
    /// vested tranches is one value, held by as many paths as it counts.
    static func vestedShares(_ sets: [UInt64: Int], shares: [Double]) -> Percentiles {
        var byShares: [Double: Int] = [:]
        for (set, count) in sets where count > 0 {
            var total = 0.0
            for t in shares.indices where set & (1 << UInt64(t)) != 0 { total += shares[t] }
            byShares[total, default: 0] += count
        }
        let sorted = byShares.sorted { $0.key < $1.key }
        let n = sorted.reduce(0) { $0 + $1.value }
        guard n > 0 else { return Percentiles(p5: 0, p25: 0, p50: 0, p75: 0, p95: 0) }
        func orderStatistic(_ r: Int) -> Double {
            var seen = 0
            for (value, count) in sorted {
                seen += count
                if r < seen { return value }
            }
            return sorted.last?.key ?? 0
        }
        func at(_ q: Double) -> Double {
            let rank = Double(n - 1) * q / 100
            let lo = Int(rank.rounded(.down))
            let a = orderStatistic(lo)
            let b = orderStatistic(min(lo + 1, n - 1))
            return a + (b - a) * (rank - Double(lo))
        }
        return Percentiles(p5: at(5), p25: at(25), p50: at(50), p75: at(75), p95: at(95))
    }
}
