// The stochastic price model a scenario carries for `simulate` (the simulation itself lives
// in DealModel/MonteCarlo).
import CivilTime

/// Geometric Brownian motion for the AMD share price:
/// `price model gbm s0: .. on: .. vol: .. drift: .. rate: .. seed: ..`.
/// Volatility, drift and rate are annual; one trading day is 1/252 year.
public struct GBMModel: Hashable, Sendable {
    /// The price on `start`.
    public var s0: Double
    /// The date the model starts from (its first observed close).
    public var start: CivilDate
    /// Annual volatility, 0.55 for 55%.
    public var volatility: Double
    /// Annual drift of the real-world price (the odds of vesting, the expected value).
    public var drift: Double
    /// Annual risk-free rate: the drift of the risk-neutral price (the fair value) and the rate
    /// every value is discounted at.
    public var rate: Double
    /// Seed of the random stream; the same seed gives the same paths.
    public var seed: UInt64

    /// The risk-free rate when none is given: 4% a year.
    public static let defaultRate = 0.04

    /// A model; `drift` defaults to `rate` (the risk-neutral model).
    public init(
        s0: Double, start: CivilDate, volatility: Double, drift: Double? = nil,
        rate: Double = GBMModel.defaultRate, seed: UInt64
    ) {
        self.s0 = s0
        self.start = start
        self.volatility = volatility
        self.drift = drift ?? rate
        self.rate = rate
        self.seed = seed
    }
}
