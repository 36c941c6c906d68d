// The hot loop: simulates one block of GBM paths day by day, applies the vesting rule as
// a stream, and adds each path's outcome to the block's tally. No allocation inside.
#if canImport(Glibc)
    import Glibc  // exp
#elseif canImport(Darwin)
    import Darwin
#endif

/// One worker's scratch space and the plan's arrays as raw pointers, so the loop does no
/// ARC or bounds-check traffic. Allocated once per worker, reused for every block.
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
    // Per-tranche constants.
    let first: UnsafeMutablePointer<Int>
    let last: UnsafeMutablePointer<Int>
    let window: UnsafeMutablePointer<Int>
    let windowOf: UnsafeMutablePointer<Int>
    let threshold: UnsafeMutablePointer<Double>
    let zoneThreshold: UnsafeMutablePointer<Double>
    let shares: UnsafeMutablePointer<Double>
    let discount: UnsafeMutablePointer<Double>
    // Per-path state.
    let vestDay: UnsafeMutablePointer<Int>
    /// Log prices log(S/s0) of recent days, indexed by day & ringMask; 0 before day 0.
    let ring: UnsafeMutablePointer<Double>
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
        vestDay = copy([Int](repeating: -1, count: n))
        ring = copy([Double](repeating: 0, count: plan.ringSize))
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
        for p in [first, last, window, windowOf, vestDay, windowLength, windowLastAbove] { p.deallocate() }
        for p in [
            threshold, zoneThreshold, shares, discount, ring, closes, windowThreshold, windowZone,
            windowHighest, windowAverage,
        ] { p.deallocate() }
    }

    /// Simulates `count` paths from `rng`, writing each path's vested shares and value at
    /// `shares[i]`/`values[i]`, and adding to `tally` (layout: `SimulationPlan.tallyStride`).
    func run(
        paths count: Int, rng rngOut: inout Xoshiro256StarStar,
        pathShares: UnsafeMutablePointer<Double>, pathValues: UnsafeMutablePointer<Double>,
        tally: UnsafeMutablePointer<Double>
    ) {
        let a = plan.logDrift
        let b = plan.logVolatility
        let hasAverages = windowCount > 0
        let normal = self.normal
        let lastDay = self.lastDay
        let s0 = self.s0
        var rng = rngOut  // a local copy stays in registers; written back at the end
        defer { rngOut = rng }
        var steps = 0
        for p in 0..<count {
            var logS = 0.0
            var pending = plan.watchable
            var awaiting: UInt64 = 0
            var pathValue = 0.0
            var vestedShares = 0.0
            var vestedCount = 0
            if hasAverages {
                // Closes before day 0 are flat at s0 (log price 0), as in the deterministic engine.
                for i in 0...ringMask { ring[i] = 0 }
                for w in 0..<windowCount {
                    windowZone[w] = .infinity
                    windowThreshold[w] = .infinity
                }
            }
            var closeThreshold = Double.infinity
            var nextEvent = 0
            var day = 0
            var price = s0
            while true {
                if day >= nextEvent || logS >= closeThreshold || (hasAverages && averageReached(day: day)) {
                    // Something may change today: apply the rule exactly to every tranche.
                    price = s0 * exp(logS)
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
                        if day > last[t] {
                            pending &= ~bit
                            continue
                        }  // lapsed
                        if day < first[t] {
                            nextEvent = min(nextEvent, first[t])
                            continue
                        }
                        let w = windowOf[t]
                        let averaged = window[t] > 1 && w >= 0
                        let measure = averaged ? average(window: w, day: day, target: zoneThreshold[t]) : price
                        if plan.tranches[t].isMet(by: measure) {
                            let vest = plan.tranches[t].vestingDay(metOn: day)
                            pending &= ~bit
                            vestDay[t] = vest
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
                        awaiting &= ~(1 << UInt64(t))
                        let value = shares[t] * (price - strike) * discount[day]
                        let row = tally + 4 * t
                        row[0] += 1
                        row[1] += Double(day)
                        row[2] += value
                        row[3] += value * value
                        pathValue += value
                        vestedShares += shares[t]
                        vestedCount += 1
                    }
                    if pending | awaiting == 0 { break }
                }
                if day >= lastDay { break }
                if !hasAverages {
                    // Close-only: a tight loop with few live values, until the close reaches the
                    // lowest watched target or the next day on which some condition changes.
                    PathKernel.advance(
                        logS: &logS, day: &day, until: min(nextEvent, lastDay),
                        below: closeThreshold, drift: a, volatility: b, normal: normal, rng: &rng)
                    continue
                }
                if windowCount == 1 {
                    // One averaging window (the deal's avg(20)): the same, keeping the log prices
                    // and summing the window only while it could reach its target.
                    PathKernel.advance(
                        logS: &logS, day: &day, until: min(nextEvent, lastDay),
                        below: closeThreshold, zone: windowZone[0], lastAbove: &windowLastAbove[0],
                        belowSum: windowThreshold[0] * Double(windowLength[0]),
                        window: windowLength[0], ring: ring, closes: closes, ringMask: ringMask, s0: s0,
                        drift: a, volatility: b, normal: normal, rng: &rng)
                    continue
                }
                day += 1
                logS += a + b * normal.draw(&rng)
                pushLog(logS, day: day)
            }
            steps += day
            pathShares[p] = vestedShares
            pathValues[p] = pathValue
            let warrant = tally + 4 * n
            warrant[0] += pathValue
            warrant[1] += pathValue * pathValue
            tally[4 * n + 3 + vestedCount] += 1
        }
        tally[4 * n + 2] += Double(steps)
    }

    /// Steps the log price day by day until it reaches `threshold` or the day reaches `stop`
    /// (at least one step). Kept apart so its few live values stay in registers.
    @inline(never)
    static func advance(
        logS: inout Double, day: inout Int, until stop: Int, below threshold: Double,
        drift a: Double, volatility b: Double, normal: ZigguratNormal,
        rng: inout Xoshiro256StarStar
    ) {
        var x = logS
        var d = day
        var r = rng
        repeat {
            d += 1
            x += a + b * normal.draw(&r)
        } while x < threshold && d < stop
        logS = x
        day = d
        rng = r
    }

    /// `advance` for one averaging window: also records the log prices in the ring, and stops
    /// when the window's sum of closes reaches `sumThreshold` (average × window) as well. The
    /// sum is formed only while a log price at or above `zone` lies inside the window.
    @inline(never)
    static func advance(
        logS: inout Double, day: inout Int, until stop: Int, below threshold: Double,
        zone: Double, lastAbove: inout Int, belowSum sumThreshold: Double, window: Int,
        ring: UnsafeMutablePointer<Double>, closes: UnsafeMutablePointer<Double>,
        ringMask: Int, s0: Double,
        drift a: Double, volatility b: Double, normal: ZigguratNormal,
        rng: inout Xoshiro256StarStar
    ) {
        var x = logS
        var d = day
        var r = rng
        var above = lastAbove
        // While in the zone the sum rolls (one exp a day), started afresh on entering it.
        var summing = false
        var total = 0.0
        repeat {
            d += 1
            x += a + b * normal.draw(&r)
            ring[d & ringMask] = x
            if x >= zone { above = d }
            if d - above < window {
                if summing {
                    let close = s0 * exp(x)
                    total += close - closes[(d - window) & ringMask]
                    closes[d & ringMask] = close
                } else {
                    total = 0
                    for i in stride(from: window - 1, through: 0, by: -1) {
                        let close = s0 * exp(ring[(d - i) & ringMask])
                        closes[(d - i) & ringMask] = close
                        total += close
                    }
                    summing = true
                }
                if total >= sumThreshold { break }
            } else {
                summing = false
            }
        } while x < threshold && d < stop
        logS = x
        day = d
        rng = r
        lastAbove = above
    }

    /// The sum of the closes of days day−window+1...day, from the ring's log prices, always
    /// in the same order so a path's figures do not depend on when it was asked for.
    @inline(__always)
    static func windowSum(
        ring: UnsafeMutablePointer<Double>, ringMask: Int, window: Int, day: Int,
        s0: Double
    ) -> Double {
        var total = 0.0
        for i in 0..<window { total += exp(ring[(day - i) & ringMask]) }
        return s0 * total
    }

    /// Adds day `day`'s log price to the ring and notes, per window, whether it reached the zone.
    @inline(__always)
    func pushLog(_ x: Double, day: Int) {
        ring[day & ringMask] = x
        for w in 0..<windowCount where x >= windowZone[w] { windowLastAbove[w] = day }
    }

    /// True when some window's average reaches the lowest target watching it.
    @inline(__always)
    func averageReached(day: Int) -> Bool {
        for w in 0..<windowCount where day - windowLastAbove[w] < windowLength[w] {
            let sum = PathKernel.windowSum(ring: ring, ringMask: ringMask, window: windowLength[w], day: day, s0: s0)
            if sum >= windowThreshold[w] * Double(windowLength[w]) { return true }
        }
        return false
    }

    /// The highest log price in the window ending on `day`.
    func highestLog(window: Int, day: Int) -> Double {
        var highest = -Double.infinity
        for i in 0..<window { highest = max(highest, ring[(day - i) & ringMask]) }
        return highest
    }

    /// The last day of the window ending on `day` whose log price reaches `zone`, or `never`.
    func lastDayAbove(_ zone: Double, window: Int, day: Int) -> Int {
        for i in 0..<window where ring[(day - i) & ringMask] >= zone { return day - i }
        return PathKernel.never
    }

    /// Window `w`'s average on `day` as the rule sees it, or −∞ when every close in it is below
    /// the target whose log bound is `target` (then the average is below that target too).
    func average(window w: Int, day: Int, target: Double) -> Double {
        if windowHighest[w] < target { return -.infinity }
        if windowAverage[w].isNaN {
            let length = windowLength[w]
            windowAverage[w] =
                PathKernel.windowSum(
                    ring: ring, ringMask: ringMask, window: length,
                    day: day, s0: s0) / Double(length)
        }
        return windowAverage[w]
    }
}
