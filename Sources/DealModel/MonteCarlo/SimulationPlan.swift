// A simulation input laid out for the hot loop: flat arrays of per-tranche constants and
// per-day discount factors, built once per run (cheap, so `sweep` can rebuild it freely).
#if canImport(Glibc)
    import Glibc  // log
#elseif canImport(Darwin)
    import Darwin
#endif

/// Per-run constants the path kernel reads; owned arrays, read through raw pointers.
struct SimulationPlan {
    let input: SimulationInput
    /// Tranches with `lastDay` clamped to the grid, so the rule never looks past it.
    let tranches: [CompiledTranche]
    /// First watched day per tranche, or Int.max when it cannot vest.
    let firstWatched: [Int]
    /// Index into `windows` of each tranche's measure.
    let windowIndex: [Int]
    /// Distinct averaging windows longer than one day (the close is handled in log space).
    let windows: [Int]
    /// Ring size for past closes: a power of two above the longest window.
    let ringSize: Int
    /// Fast-check threshold per tranche: log(target/s0) for the close, target for averages,
    /// nudged down by a relative 1e-12 so the fast check never misses what the rule would see.
    let fastThreshold: [Double]
    /// Per averaged tranche, a log-price bound below which a close is surely under its fast
    /// threshold: a window whose log prices all lie below it cannot meet the target, so the
    /// kernel sums the window (with `exp`) only when some day reaches it. −∞ otherwise.
    let zoneThreshold: [Double]
    /// Discount factor for a value received on each grid day 0...lastDay.
    let discount: [Double]
    /// Log-price increment constants: (μ − σ²/2)·dt and σ·√dt.
    let logDrift: Double
    let logVolatility: Double
    /// Tranches that can vest at all (bit t set).
    let watchable: UInt64

    init(_ input: SimulationInput) {
        self.input = input
        let n = input.tranches.count
        var clamped = input.tranches
        for i in clamped.indices { clamped[i].lastDay = min(clamped[i].lastDay, input.lastDay) }
        tranches = clamped
        firstWatched = clamped.map { $0.firstWatchedDay ?? Int.max }
        var distinct: [Int] = []
        for t in clamped where t.window > 1 && t.priceTarget != nil && !distinct.contains(t.window) {
            distinct.append(t.window)
        }
        windows = distinct
        windowIndex = clamped.map { t in distinct.firstIndex(of: t.window) ?? -1 }
        var ring = 1
        while ring <= (distinct.max() ?? 0) { ring <<= 1 }
        ringSize = ring
        fastThreshold = clamped.map { t in
            guard let target = t.priceTarget else { return -Double.infinity }
            let nudged = target - abs(target) * 1e-12
            if t.window > 1 { return nudged }
            return nudged > 0 ? log(nudged / input.s0) : -Double.infinity
        }
        zoneThreshold = zip(clamped, fastThreshold).map { t, fast in
            // The margin covers the rounding of log, exp and the product with s0 (~1e-13).
            guard t.window > 1, t.priceTarget != nil, fast > 0 else { return -Double.infinity }
            return log(fast / input.s0) - 1e-9
        }
        discount = (0...input.lastDay).map { input.discount(day: $0) }
        logDrift = (input.drift - 0.5 * input.volatility * input.volatility) * input.dt
        logVolatility = input.volatility * input.dt.squareRoot()
        var mask: UInt64 = 0
        for i in 0..<n where firstWatched[i] != Int.max { mask |= 1 << UInt64(i) }
        watchable = mask
    }

    /// Doubles in one block's tally: per tranche count, Σday, Σvalue, Σvalue²; warrant Σvalue,
    /// Σvalue², path-steps; then the tranches-vested counts 0...n.
    var tallyStride: Int { 4 * tranches.count + 3 + tranches.count + 1 }
}
