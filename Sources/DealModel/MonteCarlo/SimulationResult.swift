// What `simulate` reports: per tranche the chance and expected timing and value of vesting,
// and for the whole warrant the distribution of vested shares and value.
import CivilTime

/// One tranche's Monte Carlo outcome.
public struct TrancheSimulation: Sendable, Equatable {
    public var name: String
    /// Share of paths on which it vests.
    public var probability: Double
    /// Binomial standard error √(p(1−p)/n).
    public var stderr: Double
    /// Mean vest day over the paths where it vests (grid days); nil if it never vests.
    public var meanVestDay: Double?
    /// `meanVestDay` rounded to a grid day and mapped to its date.
    public var meanVestDate: CivilDate?
    /// E[shares × (S_vest − strike) × e^(−μ t_vest)], discounted to the issue date (0 on paths
    /// where it does not vest).
    public var expectedValue: Double
    /// Standard error of `expectedValue`.
    public var valueStderr: Double
}

/// Percentiles 5, 25, 50, 75 and 95 of a per-path quantity.
public struct Percentiles: Sendable, Equatable {
    public var p5, p25, p50, p75, p95: Double

    /// The levels reported, in order.
    public static let levels: [Double] = [5, 25, 50, 75, 95]

    /// The values in `levels` order.
    public var values: [Double] { [p5, p25, p50, p75, p95] }
}

/// A histogram bucket of warrant value: paths with lower ≤ value < upper (the last bucket
/// includes its upper edge).
public struct ValueBucket: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var count: Int
}

/// The whole run's result.
public struct SimulationResult: Sendable, Equatable {
    /// Paths simulated.
    public var paths: Int
    /// The seed the streams were derived from.
    public var seed: UInt64
    /// Per tranche, in the warrant's order.
    public var tranches: [TrancheSimulation]
    /// Expected discounted value of the whole warrant, and its standard error.
    public var expectedValue: Double
    public var valueStderr: Double
    /// Percentiles of vested shares and of discounted value per path.
    public var vestedShares: Percentiles
    public var value: Percentiles
    /// `tranchesVested[k]`: paths on which exactly k tranches vest (k = 0...tranche count).
    public var tranchesVested: [Int]
    /// Paths by discounted warrant value, in equal-width buckets from the smallest to the largest.
    public var valueHistogram: [ValueBucket]
    /// Path-steps actually simulated (early exit makes it less than paths × grid days).
    public var pathSteps: Int
}
