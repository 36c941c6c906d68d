// The up-front estimate of a Monte Carlo run's work and memory, so that `simulate paths: 1e15`
// is refused at once with figures instead of running for a week.

/// Limits a request must fit. The defaults allow about ten minutes on two cores.
public struct SimulationLimits: Sendable, Equatable {
    /// Largest number of path-steps (paths × grid days) accepted.
    public var maxPathSteps: Double
    /// Largest working memory accepted, in bytes.
    public var maxBytes: Double

    public init(maxPathSteps: Double = 2e11, maxBytes: Double = 2 * 1024 * 1024 * 1024) {
        self.maxPathSteps = maxPathSteps
        self.maxBytes = maxBytes
    }
}

/// Estimated work and memory of a request.
public struct SimulationCost: Sendable, Equatable {
    /// Paths requested (a Double, so that 1e30 can be judged before converting to Int).
    public var paths: Double
    /// Upper bound on path-steps: paths × (grid days + 1); early exit often does less.
    public var pathSteps: Double
    /// Working memory: each block's tally and random stream (per-path figures are counted
    /// into fixed buckets, not kept).
    public var bytes: Double
    /// Worker threads the estimate assumes.
    public var threads: Int

    /// Path-steps a second one core manages on this engine (measured by scripts/bench-mc,
    /// rounded down), used only to turn work into an estimated time.
    public static let stepsPerSecondPerCore = 1e8

    /// The cost of `paths` paths over a grid of `lastDay + 1` days on `threads` threads.
    public init(paths: Double, lastDay: Int, tranches: Int, threads: Int) {
        self.paths = paths
        self.threads = max(1, threads)
        pathSteps = paths * Double(max(0, lastDay) + 1)
        let blocks = (paths / Double(MonteCarloEngine.blockSize)).rounded(.up)
        bytes = blocks * Double(32 + 8 * TallyLayout(n: max(1, tranches)).stride)
    }

    /// Estimated wall time in seconds.
    public var seconds: Double { pathSteps / (SimulationCost.stepsPerSecondPerCore * Double(threads)) }

    /// True when the request fits `limits`.
    public func fits(_ limits: SimulationLimits) -> Bool {
        paths.isFinite && pathSteps <= limits.maxPathSteps && bytes <= limits.maxBytes
    }
}
