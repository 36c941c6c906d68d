// Runs a simulation: splits the paths into fixed blocks, gives block k the random stream
// "seed jumped k times", runs blocks on worker threads (each block under every pass, from
// the same stream), and adds the blocks' tallies in a fixed tree, so the result depends on
// the seed and path count only, never on threads or on how the run is split into parts.
// The caller says how many threads (the library: `--threads`, else the cores).
/// The Monte Carlo engine for the warrant under GBM.
public enum MonteCarloEngine {
    /// Paths per block: the unit of work, of random streams and of reduction order.
    public static let blockSize = 1024

    /// Simulates `paths` paths of `input` from `seed`: real-world paths (drift μ) for the odds
    /// and the expected value, risk-neutral ones (drift = rate) for the fair value; one pass
    /// serves both when μ equals the rate.
    /// - Parameters:
    ///   - threads: worker threads (1 to 256; fewer when there are fewer blocks). The result
    ///     does not depend on it.
    ///   - limits: requests costing more are refused before any work (`SimulationError.tooLarge`).
    ///   - progress: called now and then from a worker thread with the share of blocks done.
    ///   - shouldStop: polled between blocks (from worker threads); true stops the run with
    ///     `SimulationError.interrupted`.
    public static func simulate(
        _ input: SimulationInput, paths: Int, seed: UInt64, threads: Int,
        method: SimulationMethod = .reduced, limits: SimulationLimits = SimulationLimits(),
        progress: (@Sendable (Double) -> Void)? = nil,
        shouldStop: @escaping @Sendable () -> Bool = { false }
    ) throws -> SimulationResult {
        let totals = try self.totals(
            input, paths: paths, seed: seed, threads: threads, method: method,
            limits: limits, progress: progress, shouldStop: shouldStop)
        guard let result = result(of: totals, outline: SimulationOutline(input)) else {
            preconditionFailure("a whole run's totals are complete")
        }
        return result
    }

    /// The result of complete totals (a whole run, or every part merged); nil when some block
    /// is missing or the outline does not fit.
    public static func result(of totals: SimulationTotals, outline: SimulationOutline) -> SimulationResult? {
        SimulationSummary.result(totals, outline: outline)
    }

    /// The totals of part `part` (1-based) of `of` (the whole run when nil): the blocks
    /// ⌊B(K−1)/M⌋ ..< ⌊BK/M⌋ of the run's B blocks, each from the same stream as in the whole run.
    public static func totals(
        _ input: SimulationInput, paths: Int, seed: UInt64, threads: Int,
        method: SimulationMethod = .reduced, part: (Int, of: Int)? = nil,
        limits: SimulationLimits = SimulationLimits(),
        progress: (@Sendable (Double) -> Void)? = nil,
        shouldStop: @escaping @Sendable () -> Bool = { false }
    ) throws -> SimulationTotals {
        if let problem = input.problem() { throw SimulationError.invalidInput(problem) }
        guard paths >= 1 else { throw SimulationError.invalidInput(.paths(paths)) }
        let blocks = (paths + blockSize - 1) / blockSize
        var whole = 0..<blocks
        if let (k, m) = part {
            guard m >= 1, m <= 1_000_000, k >= 1, k <= m else { throw SimulationError.invalidInput(.part(k, of: m)) }
            whole = blocks * (k - 1) / m..<blocks * k / m
        }
        let range = whole
        let requested = max(1, min(threads, 256))
        let passes = input.driftIsRate ? [input.drift] : [input.drift, input.rate]
        let share = Double(range.count) / Double(blocks)
        let cost = SimulationCost(
            paths: Double(paths) * share * Double(passes.count), lastDay: input.lastDay,
            tranches: input.tranches.count, threads: requested)
        guard cost.fits(limits) else { throw SimulationError.tooLarge(cost, limits) }

        let plans = passes.map { SimulationPlan(input, drift: $0) }
        let betas = plans.map { coefficients(plan: $0, method: method, seed: seed) }
        let layout = TallyLayout(n: input.tranches.count)
        let workers = BlockSchedule.workers(threads: requested, blocks: range.count)
        let storage = RunStorage(range: range, stride: layout.stride, passes: passes.count, workers: workers)
        let crew = Crew((0..<workers).map { _ in plans.map { BlockRunner(plan: $0, method: method) } })
        defer {
            storage.deallocate()
            crew.deallocate()
        }
        let streams = BlockSchedule.streams(seed: seed, range: range)
        try BlockSchedule.run(
            blocks: range.count, workers: workers, progress: progress,
            shouldStop: shouldStop
        ) { w, i in
            let first = (range.lowerBound + i) * blockSize
            for (pass, runner) in crew.runners[w].enumerated() {
                var rng = streams[i]  // every pass draws the block's same stream
                runner.run(
                    paths: min(blockSize, paths - first), rng: &rng, beta: betas[pass],
                    tally: storage.tally(block: i, pass: pass), counts: pass == 0 ? storage.counts[w] : nil)
            }
        }
        return storage.totals(
            paths: paths, seed: seed, method: method, tranches: input.tranches.count,
            blocks: blocks)
    }

    /// The control's coefficient per tranche, fitted on a pilot block drawn from the seed's
    /// stream long-jumped once (apart from every block's stream); zeros without the control.
    static func coefficients(plan: SimulationPlan, method: SimulationMethod, seed: UInt64) -> [Double] {
        let layout = TallyLayout(n: plan.tranches.count)
        guard method.controlVariate else { return [Double](repeating: 0, count: layout.n) }
        let runner = BlockRunner(plan: plan, method: method)
        defer { runner.deallocate() }
        var rng = Xoshiro256StarStar(seed: seed)
        rng.longJump()
        var moments = [Double](repeating: 0, count: layout.pilotStride)
        moments.withUnsafeMutableBufferPointer { m in
            guard let base = m.baseAddress else { return }
            runner.pilot(paths: SimulationMethod.pilotPaths, rng: &rng, moments: base)
        }
        return layout.coefficients(pilot: moments)
    }
}

/// The run's shared buffers. Workers write disjoint slices (by block, and their own counts),
/// so no locking is needed; they are read once every worker has finished.
final class RunStorage: @unchecked Sendable {
    let range: Range<Int>
    let stride: Int
    let passes: Int
    let workers: Int
    let tallies: UnsafeMutablePointer<Double>
    let counts: [PathCounts]

    init(range: Range<Int>, stride: Int, passes: Int, workers: Int) {
        self.range = range
        self.stride = stride
        self.passes = passes
        self.workers = workers
        let size = max(1, range.count * stride * passes)
        tallies = .allocate(capacity: size)
        tallies.initialize(repeating: 0, count: size)
        counts = (0..<workers).map { _ in PathCounts() }
    }

    /// Block `i` of the range (0-based within it), pass `pass`: its tally.
    func tally(block i: Int, pass: Int) -> UnsafeMutablePointer<Double> {
        tallies + (pass * range.count + i) * stride
    }

    /// The range's totals: per pass, the subtrees covering it; the workers' counts added up.
    func totals(paths: Int, seed: UInt64, method: SimulationMethod, tranches: Int, blocks: Int) -> SimulationTotals {
        let nodes = DyadicSum.cover(range, blocks: blocks)
        let passNodes: [[TallyNode]] = (0..<passes).map { pass in
            let base = UnsafePointer(tally(block: 0, pass: pass)) - range.lowerBound * stride
            return nodes.map { node in
                TallyNode(
                    first: node.first, size: node.size,
                    sums: DyadicSum.sums(
                        first: node.first, size: node.size, blocks: blocks, stride: stride,
                        tallies: base))
            }
        }
        var values: [Int: Int] = [:]
        var sets: [UInt64: Int] = [:]
        for c in counts {
            for (i, n) in c.values.enumerated() where n > 0 { values[i - ValueScale.top, default: 0] += n }
            for (s, n) in c.vestedSets { sets[s, default: 0] += n }
        }
        return SimulationTotals(
            paths: paths, seed: seed, method: method, tranches: tranches, covered: [range],
            passes: passNodes, valueCounts: values, vestedSets: sets)
    }

    func deallocate() { tallies.deallocate() }
}

/// Each worker's block runners (one per pass or variant), used by that worker alone.
final class Crew: @unchecked Sendable {
    let runners: [[BlockRunner]]

    init(_ runners: [[BlockRunner]]) { self.runners = runners }

    func deallocate() { for r in runners.joined() { r.deallocate() } }
}
