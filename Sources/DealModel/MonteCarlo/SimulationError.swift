// Why a Monte Carlo run was refused or stopped, in words the shell can print as they are.

/// A refused or interrupted simulation.
public enum SimulationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input cannot be simulated (the message names the term at fault).
    case invalidInput(String)
    /// The request is too large; `cost` holds its estimated work and memory.
    case tooLarge(SimulationCost, SimulationLimits)
    /// `shouldStop` asked for a stop (Ctrl-C); no partial result is returned.
    case interrupted

    public var description: String {
        switch self {
        case .invalidInput(let message): return "cannot simulate: \(message)"
        case .tooLarge(let cost, let limits): return cost.refusal(limits: limits)
        case .interrupted: return "simulation interrupted"
        }
    }
}
