// The kernel's tight day loops (a path between two events) and its window helpers: what
// runs on almost every path-step, kept apart so their few live values stay in registers.

extension PathKernel {
    /// Steps the log price day by day until it reaches `threshold` or the day reaches `stop`
    /// (the caller's `stop` is after `day`, so at least one step).
    @inline(never)
    static func advance(
        logS: inout Double, day: inout Int, until stop: Int, below threshold: Double,
        drift a: Double, sign: Double, walk: UnsafeMutablePointer<Double>
    ) {
        var x = logS
        var d = day
        while d < stop {
            d += 1
            x = Double(d) * a + sign * walk[d]
            if x >= threshold { break }
        }
        logS = x
        day = d
    }

    /// `advance` for one averaging window: also records the log prices in the ring, and stops
    /// when the window's sum of closes reaches `sumThreshold` (average × window) as well,
    /// returning true then. The sum is formed only while a log price at or above `zone` lies
    /// inside the window; days with none run in `outside`, a loop with no `exp` whose values
    /// stay in registers.
    @inline(never)
    static func advance(
        logS: inout Double, day: inout Int, until stop: Int, below threshold: Double,
        zone: Double, lastAbove: inout Int, belowSum sumThreshold: Double, window: Int,
        ring: UnsafeMutablePointer<Double>, closes: UnsafeMutablePointer<Double>,
        ringMask: Int, s0: Double, exp: Exponential,
        drift a: Double, sign: Double, walk: UnsafeMutablePointer<Double>
    ) -> Bool {
        var x = logS
        var d = day
        var above = lastAbove
        // While in the zone the sum rolls (one exp a day), started afresh on entering it.
        var summing = false
        var total = 0.0
        var reached = false
        while true {
            if d &- above >= window {
                summing = false
                let entered = outside(
                    logS: &x, day: &d, until: stop, below: threshold, zone: zone, ring: ring,
                    ringMask: ringMask, drift: a, sign: sign, walk: walk)
                if !entered { break }
                above = d
            } else {
                d += 1
                x = Double(d) * a + sign * walk[d]
                ring[d & ringMask] = x
                if x >= zone { above = d }
            }
            if d &- above < window {
                if summing {
                    let close = s0 * exp.of(x)
                    total += close - closes[(d &- window) & ringMask]
                    closes[d & ringMask] = close
                } else {
                    total = 0
                    for i in stride(from: window - 1, through: 0, by: -1) {
                        let close = s0 * exp.of(ring[(d &- i) & ringMask])
                        closes[(d &- i) & ringMask] = close
                        total += close
                    }
                    summing = true
                }
                if total >= sumThreshold {
                    reached = true
                    break
                }
            } else {
                summing = false
            }
            if !(x < threshold && d < stop) { break }
        }
        logS = x
        day = d
        lastAbove = above
        return reached
    }

    /// Steps while no close reaches `zone`: true on the day one does (then the caller sums the
    /// window), false when the close reaches `threshold` or the day reaches `stop` first.
    @inline(never)
    static func outside(
        logS: inout Double, day: inout Int, until stop: Int, below threshold: Double, zone: Double,
        ring: UnsafeMutablePointer<Double>, ringMask: Int,
        drift a: Double, sign: Double, walk: UnsafeMutablePointer<Double>
    ) -> Bool {
        var x = logS
        var d = day
        let limit = min(zone, threshold)
        while d < stop {
            d += 1
            x = Double(d) * a + sign * walk[d]
            ring[d & ringMask] = x
            if x >= limit { break }
        }
        logS = x
        day = d
        return x >= zone
    }

    /// The sum of the closes of days day−window+1...day, from the ring's log prices, always
    /// in the same order so a path's figures do not depend on when it was asked for.
    @inline(__always)
    static func windowSum(
        ring: UnsafeMutablePointer<Double>, ringMask: Int, window: Int, day: Int,
        s0: Double, exp: Exponential
    ) -> Double {
        var total = 0.0
        for i in 0..<window { total += exp.of(ring[(day - i) & ringMask]) }
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
            let sum = PathKernel.windowSum(
                ring: ring, ringMask: ringMask, window: windowLength[w], day: day, s0: s0,
                exp: exp)
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
                    day: day, s0: s0, exp: exp) / Double(length)
        }
        return windowAverage[w]
    }
}
