// How the Monte Carlo samples: plainly, or with the variance reductions that keep the
// estimates unbiased (antithetic pairs and a martingale control variate).

/// The sampling method of a run. Every method gives unbiased estimates; the reduced one
/// reaches a given standard error with far fewer paths.
///
/// - Antithetic pairs: paths run in pairs, the second with every normal draw negated, and the
///   pair's mean is one sample (so standard errors are taken over pairs).
/// - Control variate: per tranche, the discounted price at the day the tranche is decided
///   (vests, lapses, or the path ends), e^(−μσ)·S_σ, has mean s0 exactly: it is a martingale
///   stopped at a bounded stopping day, on the trading-day grid itself. Each tranche's sample is
///   its value minus β × (that price − s0), with β fitted on a separate pilot block of paths
///   (its own random stream), so β does not depend on the sample and the estimate stays unbiased.
public struct SimulationMethod: Hashable, Sendable {
    public var antithetic: Bool
    public var controlVariate: Bool

    public init(antithetic: Bool, controlVariate: Bool) {
        self.antithetic = antithetic
        self.controlVariate = controlVariate
    }

    /// Antithetic pairs and the control variate (the default).
    public static let reduced = SimulationMethod(antithetic: true, controlVariate: true)
    /// Independent paths, plain means.
    public static let plain = SimulationMethod(antithetic: false, controlVariate: false)

    /// Paths in the pilot block that fits the control's coefficients.
    public static let pilotPaths = 1024
}
