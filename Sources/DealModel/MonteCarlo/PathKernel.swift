// The hot loop: simulates one GBM path day by day from a buffered random walk,
// applies the vesting rule as a stream, and leaves each tranche's outcome in the kernel's
// outputs. No allocation inside. `PathKernel+Advance.swift` holds the tight day loops.

/// One worker's scratch space and a pass's arrays as raw pointers, so the loop does no ARC
/// or bounds-check traffic. Allocated once per worker and pass, reused for every path.
///
/// Randomness: `walk[d]` = σ√dt·(Z_1 + ... + Z_d), drawn from the unit's stream only as far
/// as some path of the unit has gone; a path's log price on day d is d·a + sign·walk[d], with
/// no running sum in the day loops (so no chain from one day to the next). The antithetic twin
/// of a path reads the same walk with the sign flipped, so a pair draws its normals once.
///
/// Averages are computed lazily: the ring keeps log prices, and a window's average is summed
/// (with `exp`) only while some close in the window is at or above the lowest target watching
/// it, since otherwise the average is below that target too. Most days then need no `exp`.
struct PathKernel {
    let plan: SimulationPlan
    let n: Int
    let s0: Double
    let strike: Double
    let lastDay: Int
    let normal = ZigguratNormal.shared
    let exp = Exponential.shared
    // Per-tranche constants.
    let first: UnsafeMutablePointer<Int>
    let last: UnsafeMutablePointer<Int>
    let window: UnsafeMutablePointer<Int>
    let windowOf: UnsafeMutablePointer<Int>
    let threshold: UnsafeMutablePointer<Double>
    let zoneThreshold: UnsafeMutablePointer<Double>
    let shares: UnsafeMutablePointer<Double>
    let discount: UnsafeMutablePointer<Double>
    let martingaleDiscount: UnsafeMutablePointer<Double>
    /// The walk on days 0...lastDay (walk[0] = 0); valid up to `filled[0]`.
    let walk: UnsafeMutablePointer<Double>
    let filled: UnsafeMutablePointer<Int>
    // Per-path outputs, per tranche: the vest day (−1: not vested), the value discounted at the
    // rate (0 unless vested), and the control: e^(−μσ)·S_σ − s0 at the day σ it was decided.
    let vestDay: UnsafeMutablePointer<Int>
    let value: UnsafeMutablePointer<Double>
    let control: UnsafeMutablePointer<Double>
    /// Log prices log(S/s0) of recent days, indexed by day & ringMask (history before day 0).
    let ring: UnsafeMutablePointer<Double>
    let ringStart: UnsafeMutablePointer<Double>
    let ringMask: Int
    /// Closes of recent days, kept only while `advance` rolls a window's sum (scratch).
    let closes: UnsafeMutablePointer<Double>
    let windowLength: UnsafeMutablePointer<Int>
    /// Lowest watched target per window (price), and its log bound (see `zoneThreshold`).
    let windowThreshold: UnsafeMutablePointer<Double>
    let windowZone: UnsafeMutablePointer<Double>
    /// Last day whose log price reached `windowZone`; the window can meet its target only
    /// while that day is inside it.
    let windowLastAbove: UnsafeMutablePointer<Int>
    // Per-event scratch: the window's highest log price and its average (NaN: not summed yet).
    let windowHighest: UnsafeMutablePointer<Double>
    let windowAverage: UnsafeMutablePointer<Double>
    let windowCount: Int

    /// A day long before any window, so `day - never` is never inside one.
    static let never = Int.min / 4
    /// Increments are drawn at least this many days at a time (fewer calls, same draws).
    static let fillChunk = 64

    init(plan: SimulationPlan) {
        self.plan = plan
        n = plan.tranches.count
        s0 = plan.input.s0
        strike = plan.input.strike
        lastDay = plan.input.lastDay
        func copy<T>(_ a: [T]) -> UnsafeMutablePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, a.count))
            for (i, v) in a.enumerated() { (p + i).initialize(to: v) }
            return p
        }
        first = copy(plan.firstWatched)
        last = copy(plan.tranches.map(\.lastDay))
        window = copy(plan.tranches.map(\.window))
        windowOf = copy(plan.windowIndex)
        threshold = copy(plan.fastThreshold)
        zoneThreshold = copy(plan.zoneThreshold)
        shares = copy(plan.input.shares)
        discount = copy(plan.discount)
        martingaleDiscount = copy(plan.martingaleDiscount)
        walk = copy([Double](repeating: 0, count: plan.input.lastDay + 1))
        filled = copy([0])
        vestDay = copy([Int](repeating: -1, count: n))
        value = copy([Double](repeating: 0, count: n))
        control = copy([Double](repeating: 0, count: n))
        ring = copy(plan.ringStart)
        ringStart = copy(plan.ringStart)
        ringMask = plan.ringSize - 1
        closes = copy([Double](repeating: 0, count: plan.ringSize))
        windowLength = copy(plan.windows)
        windowCount = plan.windows.count
        windowThreshold = copy([Double](repeating: 0, count: windowCount))
        windowZone = copy([Double](repeating: 0, count: windowCount))
        windowLastAbove = copy([Int](repeating: PathKernel.never, count: windowCount))
        windowHighest = copy([Double](repeating: 0, count: windowCount))
        windowAverage = copy([Double](repeating: 0, count: windowCount))
    }

    func deallocate() {
        for p in [first, last, window, windowOf, vestDay, windowLength, windowLastAbove, filled] { p.deallocate() }
        for p in [
            threshold, zoneThreshold, shares, discount, martingaleDiscount, walk, value, control, ring,
            ringStart, closes, windowThreshold, windowZone, windowHighest, windowAverage,
        ] { p.deallocate() }
    }

    /// Starts a new unit (a path and its antithetic twin): its walk is drawn afresh.
    func startUnit() { filled[0] = 0 }

    /// Makes sure the walk exists through day `day` (at most `lastDay`), drawing it from `rng`.
    @inline(__always)
    func ensure(through day: Int, rng: inout Xoshiro256StarStar) {
        let have = filled[0]
        if day <= have { return }
        let upTo = min(lastDay, max(day, have + PathKernel.fillChunk))
        normal.fillWalk(
            walk + have + 1, count: upTo - have, scale: plan.logVolatility, from: walk[have],
            rng: &rng)
        filled[0] = upTo
    }

    /// Simulates one path whose log price on day d is d·a + sign·walk[d]; fills `vestDay`,
    /// `value` and `control` per tranche and returns the path's last simulated day.
    func path(sign: Double, rng: inout Xoshiro256StarStar) -> Int {
        let a = plan.logDrift
        let hasAverages = windowCount > 0
        let lastDay = self.lastDay
        let s0 = self.s0
        var logS = 0.0
        var pending = plan.watchable
        var awaiting: UInt64 = 0
        var open = pending  // tranches whose control is not set yet
        for t in 0..<n {
            vestDay[t] = -1
            value[t] = 0
            control[t] = 0
        }
        if hasAverages {
            for i in 0...ringMask { ring[i] = ringStart[i] }
            for w in 0..<windowCount {
                windowZone[w] = .infinity
                windowThreshold[w] = .infinity
            }
        }
        var closeThreshold = Double.infinity
        var nextEvent = 0
        var day = 0
        // With one window, `advance` watches its average every day and says when it got there.
        var sumReached = false
        while true {
            if day >= nextEvent || logS >= closeThreshold || sumReached
                || (windowCount > 1 && averageReached(day: day))
            {
                sumReached = false
                // Something may change today: apply the rule exactly to every tranche.
                let price = s0 * exp.of(logS)
                let settles = price * martingaleDiscount[day] - s0
                closeThreshold = .infinity
                nextEvent = Int.max
                for w in 0..<windowCount {
                    windowThreshold[w] = .infinity
                    windowZone[w] = .infinity
                    windowHighest[w] = highestLog(window: windowLength[w], day: day)
                    windowAverage[w] = .nan
                }
                var bits = pending
                while bits != 0 {
                    let t = bits.trailingZeroBitCount
                    bits &= bits &- 1
                    let bit: UInt64 = 1 << UInt64(t)
                    if day > last[t] {  // lapsed: decided today
                        pending &= ~bit
                        open &= ~bit
                        control[t] = settles
                        continue
                    }
                    if day < first[t] {
                        nextEvent = min(nextEvent, first[t])
                        continue
                    }
                    let w = windowOf[t]
                    let averaged = window[t] > 1 && w >= 0
                    let measure = averaged ? average(window: w, day: day, target: zoneThreshold[t]) : price
                    if plan.tranches[t].isMet(by: measure) {
                        pending &= ~bit
                        vestDay[t] = plan.tranches[t].vestingDay(metOn: day)
                        awaiting |= bit
                        continue
                    }
                    nextEvent = min(nextEvent, last[t] + 1)
                    if averaged {
                        windowThreshold[w] = min(windowThreshold[w], threshold[t])
                        windowZone[w] = min(windowZone[w], zoneThreshold[t])
                    } else {
                        closeThreshold = min(closeThreshold, threshold[t])
                    }
                }
                for w in 0..<windowCount {
                    windowLastAbove[w] = lastDayAbove(windowZone[w], window: windowLength[w], day: day)
                }
                bits = awaiting
                while bits != 0 {
                    let t = bits.trailingZeroBitCount
                    bits &= bits &- 1
                    if vestDay[t] != day {
                        nextEvent = min(nextEvent, vestDay[t])
                        continue
                    }
                    let bit: UInt64 = 1 << UInt64(t)
                    awaiting &= ~bit
                    open &= ~bit
                    value[t] = shares[t] * (price - strike) * discount[day]
                    control[t] = settles
                }
                if pending | awaiting == 0 { break }
            }
            if day >= lastDay { break }
            let stop = min(nextEvent, lastDay)
            ensure(through: stop, rng: &rng)
            if !hasAverages {
                // Close-only: a tight loop with few live values, until the close reaches the
                // lowest watched target or the next day on which some condition changes.
                PathKernel.advance(
                    logS: &logS, day: &day, until: stop, below: closeThreshold,
                    drift: a, sign: sign, walk: walk)
                continue
            }
            if windowCount == 1 {
                // One averaging window (the deal's avg(20)): the same, keeping the log prices
                // and summing the window only while it could reach its target.
                sumReached = PathKernel.advance(
                    logS: &logS, day: &day, until: stop, below: closeThreshold, zone: windowZone[0],
                    lastAbove: &windowLastAbove[0], belowSum: windowThreshold[0] * Double(windowLength[0]),
                    window: windowLength[0], ring: ring, closes: closes, ringMask: ringMask, s0: s0, exp: exp,
                    drift: a, sign: sign, walk: walk)
                continue
            }
            day += 1
            logS = Double(day) * a + sign * walk[day]
            pushLog(logS, day: day)
        }
        if open != 0 {
            // Undecided when the path ends (expiry): the control is the price that day.
            let settles = s0 * exp.of(logS) * martingaleDiscount[day] - s0
            var bits = open
            while bits != 0 {
                let t = bits.trailingZeroBitCount
                bits &= bits &- 1
                control[t] = settles
            }
        }
        return day
    }
}
