// What `simulate` reports: per tranche the chance and expected timing of vesting (real-world
// odds), its fair value (risk-neutral) and expected value (real world), and for the whole
// warrant the same values and the distribution of vested shares and value.
import CivilTime

/// An estimate and its standard error.
public struct Estimate: Sendable, Equatable {
    public var value: Double
    public var stderr: Double

    public init(_ value: Double, stderr: Double) {
        self.value = value
        self.stderr = stderr
    }
}

/// One tranche's Monte Carlo outcome.
public struct TrancheSimulation: Sendable, Equatable {
    public var name: String
    /// Share of real-world paths on which it vests.
    public var probability: Double
    /// Standard error of `probability` (over antithetic pairs when paths run in pairs).
    public var stderr: Double
    /// Mean vest day over the real-world paths where it vests (grid days); nil if it never vests.
    public var meanVestDay: Double?
    /// `meanVestDay` rounded to a grid day and mapped to its date (a settled tranche: its vest date).
    public var meanVestDate: CivilDate?
    /// Risk-neutral value (paths drift at the rate), discounted at the rate to the valuation date.
    public var fairValue: Estimate
    /// Real-world expected value (paths drift at the model's drift), discounted at the rate.
    public var expectedValue: Estimate
    /// True when it was decided before the valuation date: its figures are known, not drawn.
    public var settled: Bool
}

/// Percentiles 5, 25, 50, 75 and 95 of a per-path quantity.
public struct Percentiles: Sendable, Equatable {
    public var p5, p25, p50, p75, p95: Double

    /// The levels reported, in order.
    public static let levels: [Double] = [5, 25, 50, 75, 95]

    /// The values in `levels` order.
    public var values: [Double] { [p5, p25, p50, p75, p95] }
}

/// A histogram bucket of warrant value: paths with lower ≤ value < upper.
public struct ValueBucket: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var count: Int
}

/// The whole run's result.
public struct SimulationResult: Sendable, Equatable {
    /// Paths simulated (per pass).
    public var paths: Int
    /// The seed the streams were derived from.
    public var seed: UInt64
    /// How the paths were sampled.
    public var method: SimulationMethod
    /// Per tranche, in the warrant's order.
    public var tranches: [TrancheSimulation]
    /// The whole warrant's fair value and expected value.
    public var fairValue: Estimate
    public var expectedValue: Estimate
    /// Percentiles over real-world paths of vested shares and of value discounted at the rate.
    /// Value percentiles are read from `ValueScale` buckets (within 0.14%).
    public var vestedShares: Percentiles
    public var value: Percentiles
    /// `tranchesVested[k]`: real-world paths on which exactly k tranches vest (k = 0...tranche count).
    public var tranchesVested: [Int]
    /// Real-world paths by value, in log-spaced buckets (`ValueScale.histogram`).
    public var valueHistogram: [ValueBucket]
    /// Path-steps actually simulated over every pass (early exit makes it less than paths × grid days).
    public var pathSteps: Int
}
