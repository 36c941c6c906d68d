// The Greeks' per-block sums: for each tranche and the warrant, the unit's fair value and its
// four difference quotients, summed with their squares; and the result built from them.

/// Sums per subject (each tranche, then the warrant) and figure (value, delta, gamma, vega,
/// rho): Σx and Σx² over units; the unit count last.
enum GreekTally {
    static let figures = 5

    static func stride(_ n: Int) -> Int { (n + 1) * figures * 2 + 1 }

    /// The moves between the bumped inputs: S+ − S−, the one-sided price step, σ+ − σ−, r+ − r−.
    struct Spans: Sendable {
        var price: Double
        var priceStep: Double
        var volatility: Double
        var rate: Double
    }

    /// Adds `units` units whose R per tranche, for variant v (base, S+, S−, σ+, σ−, r+, r−),
    /// is at `values(v)[unit × n + t]`.
    static func add(
        units: Int, n: Int, spans: Spans, values: (Int) -> UnsafeMutablePointer<Double>,
        to tally: UnsafeMutablePointer<Double>
    ) {
        let v = (0..<7).map(values)
        var warrant = [Double](repeating: 0, count: figures)
        for u in 0..<units {
            for f in 0..<figures { warrant[f] = 0 }
            for t in 0...n {
                var x = [Double](repeating: 0, count: figures)
                if t < n {
                    let i = u * n + t
                    x = figuresOf(v[0][i], v[1][i], v[2][i], v[3][i], v[4][i], v[5][i], v[6][i], spans)
                    for f in 0..<figures { warrant[f] += x[f] }
                } else {
                    x = warrant
                }
                for f in 0..<figures {
                    let at = (t * figures + f) * 2
                    tally[at] += x[f]
                    tally[at + 1] += x[f] * x[f]
                }
            }
        }
        tally[(n + 1) * figures * 2] += Double(units)
    }

    /// Value, delta (per $1), gamma (per $1²), vega (per point), rho (per point) of one unit.
    static func figuresOf(
        _ base: Double, _ sUp: Double, _ sDown: Double, _ volUp: Double, _ volDown: Double,
        _ rateUp: Double, _ rateDown: Double, _ s: Spans
    ) -> [Double] {
        [
            base,
            (sUp - sDown) / s.price,
            (sUp - 2 * base + sDown) / (s.priceStep * s.priceStep),
            s.volatility > 0 ? (volUp - volDown) / s.volatility * 0.01 : 0,
            (rateUp - rateDown) / s.rate * 0.01,
        ]
    }

    static func result(
        _ sums: [Double], input: SimulationInput, paths: Int, seed: UInt64,
        method: SimulationMethod, bumps: GreekBumps
    ) -> GreeksResult {
        let n = input.tranches.count
        let units = sums.isEmpty ? 0 : sums[(n + 1) * figures * 2]
        func estimate(_ t: Int, _ f: Int) -> Estimate {
            let at = (t * figures + f) * 2
            guard at + 1 < sums.count else { return Estimate(0, stderr: 0) }
            return SimulationSummary.estimate(sums, at: at, units: units)
        }
        let settled = input.settled.reduce(0) { $0 + ($1?.value ?? 0) }
        func subject(_ t: Int, _ name: String) -> Sensitivities {
            var value = estimate(t, 0)
            if t < n, let s = input.settled[t] { value = Estimate(s.value, stderr: 0) }
            if t == n { value.value += settled }
            return Sensitivities(
                name: name, fairValue: value, delta: estimate(t, 1), gamma: estimate(t, 2),
                vega: estimate(t, 3), rho: estimate(t, 4))
        }
        return GreeksResult(
            paths: paths, seed: seed, method: method, bumps: bumps,
            tranches: (0..<n).map { subject($0, input.names[$0]) }, warrant: subject(n, "warrant"))
    }
}
