// Why a Monte Carlo run was refused or stopped, as values (the library words them).

/// A refused or interrupted simulation.
public enum SimulationError: Error, Equatable, Sendable {
    /// The input cannot be simulated.
    case invalidInput(SimulationInput.Problem)
    /// The request is too large; `cost` holds its estimated work and memory.
    case tooLarge(SimulationCost, SimulationLimits)
    /// `shouldStop` asked for a stop (Ctrl-C); no partial result is returned.
    case interrupted
}

extension SimulationInput {
    /// What makes an input impossible to simulate, with the value at fault and its bound.
    public enum Problem: Hashable, Sendable {
        /// The price on grid day 0 is not a positive price.
        case startPrice(Double)
        /// A yearly volatility or drift outside `accepted` (0.55 is 55%).
        case volatility(Double, accepted: ClosedRange<Double>)
        case drift(Double, accepted: ClosedRange<Double>)
        case rate(Double, accepted: ClosedRange<Double>)
        /// A close before day 0 that is not a positive price.
        case history
        /// The grid step (years per trading day) is not positive.
        case gridStep(Double)
        /// The last grid day outside `accepted`.
        case gridDays(Int, accepted: ClosedRange<Int>)
        /// No tranche to simulate.
        case noTranches
        /// More tranches than the path's bit mask holds.
        case tooManyTranches(Int, limit: Int)
        /// Names or share counts not one per tranche.
        case unmatchedTranches(tranches: Int, names: Int, shares: Int)
        /// A share count or the strike is not a finite number (or a count is negative).
        case sharesOrStrike
        /// A measure's window outside `accepted` trading days.
        case window(Int, accepted: ClosedRange<Int>)
        /// A price target that is not a finite number.
        case priceTarget(Double)
        /// A run of fewer than one path.
        case paths(Int)
        /// Part K of M outside 1 ≤ K ≤ M ≤ 1,000,000.
        case part(Int, of: Int)
    }
}
