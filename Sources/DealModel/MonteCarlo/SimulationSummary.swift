// Turns the blocks' tallies and the per-path outcomes into a `SimulationResult`: reduction
// in block order, standard errors, percentiles and histograms.

/// Builds the result of a finished run.
struct SimulationSummary {
    let plan: SimulationPlan
    let storage: RunStorage
    let paths: Int
    let seed: UInt64

    func result() -> SimulationResult {
        let n = plan.tranches.count
        let stride = plan.tallyStride
        var total = [Double](repeating: 0, count: stride)
        for k in 0..<storage.blocks {  // block order: the same sums whatever the thread count
            let row = storage.tallies + k * stride
            for i in 0..<stride { total[i] += row[i] }
        }
        let count = Double(paths)
        let input = plan.input
        let outcomes: [TrancheSimulation] = (0..<n).map { t in
            let vested = total[4 * t]
            let dayTotal = total[4 * t + 1]
            let p = vested / count
            let (mean, error) = SimulationSummary.meanAndError(
                sum: total[4 * t + 2], squares: total[4 * t + 3], n: count)
            let meanDay: Double? = vested > 0 ? dayTotal / vested : nil
            let date = meanDay.map { input.calendar.advance(input.start, tradingDays: Int($0.rounded())) }
            return TrancheSimulation(
                name: input.names[t], probability: p, stderr: (p * (1 - p) / count).squareRoot(),
                meanVestDay: meanDay, meanVestDate: date, expectedValue: mean, valueStderr: error)
        }
        let (value, valueError) = SimulationSummary.meanAndError(sum: total[4 * n], squares: total[4 * n + 1], n: count)
        var shares = UnsafeMutableBufferPointer(start: storage.shares, count: paths)
        var values = UnsafeMutableBufferPointer(start: storage.values, count: paths)
        shares.sort()
        values.sort()
        return SimulationResult(
            paths: paths, seed: seed, tranches: outcomes, expectedValue: value, valueStderr: valueError,
            vestedShares: SimulationSummary.percentiles(sorted: shares),
            value: SimulationSummary.percentiles(sorted: values),
            tranchesVested: (0...n).map { Int(total[4 * n + 3 + $0]) },
            valueHistogram: SimulationSummary.histogram(sorted: values, buckets: 10),
            pathSteps: Int(total[4 * n + 2]))
    }

    /// Sample mean and its standard error √(s²/n) from a sum and a sum of squares.
    static func meanAndError(sum: Double, squares: Double, n: Double) -> (Double, Double) {
        let mean = sum / n
        guard n > 1 else { return (mean, 0) }
        let variance = max(0, (squares - n * mean * mean) / (n - 1))
        return (mean, (variance / n).squareRoot())
    }

    /// Percentiles by linear interpolation between order statistics (rank (n−1)·q).
    static func percentiles(sorted x: UnsafeMutableBufferPointer<Double>) -> Percentiles {
        func at(_ q: Double) -> Double {
            guard x.count > 1 else { return x.first ?? 0 }
            let rank = Double(x.count - 1) * q / 100
            let lo = Int(rank.rounded(.down))
            let hi = min(lo + 1, x.count - 1)
            return x[lo] + (x[hi] - x[lo]) * (rank - Double(lo))
        }
        return Percentiles(p5: at(5), p25: at(25), p50: at(50), p75: at(75), p95: at(95))
    }

    /// Equal-width buckets from the smallest to the largest value (one bucket if all equal).
    static func histogram(sorted x: UnsafeMutableBufferPointer<Double>, buckets: Int) -> [ValueBucket] {
        guard let lo = x.first, let hi = x.last else { return [] }
        guard hi > lo else { return [ValueBucket(lower: lo, upper: hi, count: x.count)] }
        let width = (hi - lo) / Double(buckets)
        var counts = [Int](repeating: 0, count: buckets)
        for v in x { counts[min(buckets - 1, max(0, Int((v - lo) / width)))] += 1 }
        return (0..<buckets).map { i in
            ValueBucket(
                lower: lo + Double(i) * width, upper: i == buckets - 1 ? hi : lo + Double(i + 1) * width,
                count: counts[i])
        }
    }
}
