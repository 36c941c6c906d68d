// The words for a refused or stopped Monte Carlo run: what cannot be simulated, or what an
// oversized request would cost against the limits (`simulate: 1e15 paths would take ...`).
import DealModel
import DealScript
import Foundation

extension SimulationError {
    /// `cannot simulate: the warrant has no tranches`, a refusal with figures, or an interruption.
    var message: String {
        switch self {
        case .invalidInput(let problem): return "cannot simulate: \(problem.words)"
        case .tooLarge(let cost, let limits): return cost.refusal(limits: limits)
        case .interrupted: return "simulation interrupted"
        }
    }
}

extension SimulationInput.Problem {
    var words: String {
        switch self {
        case .startPrice: return "the price model's s0 must be a positive price"
        case .volatility(_, let accepted): return "volatility must be between \(percent(accepted))"
        case .drift(_, let accepted): return "drift must be between \(percent(accepted))"
        case .rate(_, let accepted): return "rate must be between \(percent(accepted))"
        case .history: return "closes before the valuation date must be positive prices"
        case .gridStep: return "the grid step must be positive"
        case .gridDays(_, let accepted):
            return "the grid must have \(grouped(accepted.lowerBound)) to \(grouped(accepted.upperBound)) trading days"
        case .noTranches: return "the warrant has no tranches"
        case .tooManyTranches(_, let limit): return "at most \(limit) tranches can be simulated"
        case .unmatchedTranches: return "every tranche needs a name and a share count"
        case .sharesOrStrike: return "shares and strike must be finite"
        case .window(_, let accepted):
            return "a measure's window must be \(grouped(accepted.lowerBound)) to \(grouped(accepted.upperBound)) "
                + "trading days"
        case .priceTarget: return "price targets must be finite"
        case .paths: return "paths must be at least 1"
        case .part(let k, let m): return "part \(k) of \(m): need 1 ≤ part ≤ of ≤ 1,000,000"
        }
    }

    /// `0% and 1000%`.
    private func percent(_ r: ClosedRange<Double>) -> String {
        "\(Int((r.lowerBound * 100).rounded()))% and \(Int((r.upperBound * 100).rounded()))%"
    }

    private func grouped(_ n: Int) -> String { ModelWording.grouped(n) }
}

extension SimulationCost {
    /// The message for a refused request: what it would cost and what the limit is.
    func refusal(limits: SimulationLimits) -> String {
        "simulate: \(SimulationCost.scientific(paths)) paths would take about "
            + SimulationCost.duration(seconds) + " and "
            + SimulationCost.memory(bytes) + " of memory ("
            + SimulationCost.scientific(pathSteps) + " path-steps); the limit is "
            + SimulationCost.scientific(limits.maxPathSteps) + " path-steps and "
            + SimulationCost.memory(limits.maxBytes) + "; use fewer paths"
    }

    /// `2e11`, `1.5e15`, `250000`.
    static func scientific(_ x: Double) -> String {
        guard x.isFinite else { return "∞" }
        if x < 1e6 { return String(Int(x)) }
        let exponent = Int(log10(x).rounded(.down))
        let mantissa = x / pow(10, Double(exponent))
        let m = (mantissa * 10).rounded() / 10
        return (m == m.rounded() ? String(Int(m)) : String(m)) + "e" + String(exponent)
    }

    /// `45 s`, `12 min`, `3 h`, `9 days`, `2e4 years`.
    static func duration(_ s: Double) -> String {
        guard s.isFinite else { return "forever" }
        if s < 120 { return "\(Int(s.rounded())) s" }
        if s < 7200 { return "\(Int((s / 60).rounded())) min" }
        if s < 172_800 { return "\(Int((s / 3600).rounded())) h" }
        if s < 3.15e9 { return "\(Int((s / 86400).rounded())) days" }
        return scientific(s / 3.156e7) + " years"
    }

    /// `2 GB`, `1.5 MB`, in powers of 1024.
    static func memory(_ b: Double) -> String {
        guard b.isFinite else { return "∞ B" }
        let units = ["B", "KB", "MB", "GB", "TB", "PB", "EB"]
        var v = b
        var i = 0
        while v >= 1024, i < units.count - 1 {
            v /= 1024
            i += 1
        }
        if v >= 1024 { return scientific(b) + " B" }
        return (v < 10 ? String((v * 10).rounded() / 10) : String(Int(v.rounded()))) + " " + units[i]
    }
}
