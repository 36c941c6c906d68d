// A simulation input laid out for the hot loop under one drift (one pass): flat arrays of
// per-tranche constants and per-day discount factors, built once per pass (cheap, so `sweep`
// and the Greeks can rebuild it freely).
#if canImport(Glibc)
    import Glibc  // log
#elseif canImport(Darwin)
    import Darwin
#endif

/// Per-run constants the path kernel reads; owned arrays, read through raw pointers.
struct SimulationPlan {
    let input: SimulationInput
    /// The drift the paths follow in this pass: the model's drift (real world) or the rate
    /// (risk-neutral).
    let drift: Double
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
    /// Discount factor at the rate for a value received on each grid day 0...lastDay.
    let discount: [Double]
    /// e^(−drift·t) on each grid day: the discounted price e^(−drift·t)·S is a martingale of the
    /// pass, so it makes the control variate (its mean is s0 at any stopping day).
    let martingaleDiscount: [Double]
    /// Log prices log(close/s0) that the ring starts with: index d & (ringSize − 1) for the
    /// days d = −(ringSize − 1)...0 (day 0 is 0), from the input's history.
    let ringStart: [Double]
    /// Value, vested shares and tranche count that the tranches settled before day 0 add to every path.
    let settledValue: Double
    let settledShares: Double
    let settledCount: Int
    /// Bits of the tranches settled as vested.
    let settledMask: UInt64
    /// Log-price increment constants: (μ − σ²/2)·dt and σ·√dt.
    let logDrift: Double
    let logVolatility: Double
    /// Tranches that can vest at all (bit t set).
    let watchable: UInt64

    init(_ input: SimulationInput, drift: Double) {
        self.input = input
        self.drift = drift
        let n = input.tranches.count
        var clamped = input.tranches
        for i in clamped.indices {
            clamped[i].lastDay = min(clamped[i].lastDay, input.lastDay)
            if input.settled[i] != nil { clamped[i].earliestDay = nil }  // decided: never simulated
        }
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
        martingaleDiscount = (0...input.lastDay).map { exp(-drift * Double($0) * input.dt) }
        var start = [Double](repeating: 0, count: ring)
        let earliest = input.history.first ?? input.s0
        for back in 1..<ring {  // day −back
            let i = input.history.count - back
            start[(-back) & (ring - 1)] = log((i >= 0 ? input.history[i] : earliest) / input.s0)
        }
        ringStart = start
        var value = 0.0
        var shares = 0.0
        var count = 0
        var settledBits: UInt64 = 0
        for (i, s) in input.settled.enumerated() where s?.vested != nil {
            value += s?.value ?? 0
            shares += input.shares[i]
            count += 1
            settledBits |= 1 << UInt64(i)
        }
        settledValue = value
        settledShares = shares
        settledCount = count
        settledMask = settledBits
        logDrift = (drift - 0.5 * input.volatility * input.volatility) * input.dt
        logVolatility = input.volatility * input.dt.squareRoot()
        var mask: UInt64 = 0
        for i in 0..<n where firstWatched[i] != Int.max { mask |= 1 << UInt64(i) }
        watchable = mask
    }

    /// The plan of the same input for the other pass.
    func with(drift: Double) -> SimulationPlan { SimulationPlan(input, drift: drift) }
}
