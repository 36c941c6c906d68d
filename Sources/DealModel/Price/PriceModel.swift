// The stochastic price model a scenario carries for `simulate` (the simulation itself lives
// in DealModel/MonteCarlo).
import CivilTime

/// Geometric Brownian motion for the AMD share price: `price model gbm s0: .. on: .. vol: .. drift: .. seed: ..`.
/// Volatility and drift are annual; one trading day is 1/252 year.
public struct GBMModel: Hashable, Sendable {
    /// The price on `start`.
    public var s0: Double
    /// The date the model starts from (its first observed close).
    public var start: CivilDate
    /// Annual volatility, 0.55 for 55%.
    public var volatility: Double
    /// Annual drift, also the discount rate (risk-neutral default: the 4% risk-free rate).
    public var drift: Double
    /// Seed of the random stream; the same seed gives the same paths.
    public var seed: UInt64

    public init(s0: Double, start: CivilDate, volatility: Double, drift: Double, seed: UInt64) {
        self.s0 = s0
        self.start = start
        self.volatility = volatility
        self.drift = drift
        self.seed = seed
    }
}
