// The hot loop: simulates one block of GBM paths day by day, applies the vesting rule as
// a stream, and adds each path's outcome to the block's tally. No allocation inside.
import Foundation

/// One worker's scratch space and the plan's arrays as raw pointers, so the loop does no
/// ARC or bounds-check traffic. Allocated once per worker, reused for every block.
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
    let shares: UnsafeMutablePointer<Double>
    let discount: UnsafeMutablePointer<Double>
    // Per-path state.
    let vestDay: UnsafeMutablePointer<Int>
    let ring: UnsafeMutablePointer<Double>
    let ringMask: Int
    let windowLength: UnsafeMutablePointer<Int>
    let windowSum: UnsafeMutablePointer<Double>
    let windowThreshold: UnsafeMutablePointer<Double>
    let windowCount: Int

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
        shares = copy(plan.input.shares)
        discount = copy(plan.discount)
        vestDay = copy([Int](repeating: -1, count: n))
        ring = copy([Double](repeating: 0, count: plan.ringSize))
        ringMask = plan.ringSize - 1
        windowLength = copy(plan.windows)
        windowCount = plan.windows.count
        windowSum = copy([Double](repeating: 0, count: windowCount))
        windowThreshold = copy([Double](repeating: 0, count: windowCount))
    }

    func deallocate() {
        for p in [first, last, window, windowOf, vestDay, windowLength] { p.deallocate() }
        for p in [threshold, shares, discount, ring, windowSum, windowThreshold] { p.deallocate() }
    }

    /// Simulates `count` paths from `rng`, writing each path's vested shares and value at
    /// `shares[i]`/`values[i]`, and adding to `tally` (layout: `SimulationPlan.tallyStride`).
    func run(paths count: Int, rng rngOut: inout Xoshiro256StarStar,
             pathShares: UnsafeMutablePointer<Double>, pathValues: UnsafeMutablePointer<Double>,
             tally: UnsafeMutablePointer<Double>) {
        let a = plan.logDrift, b = plan.logVolatility
        let hasAverages = windowCount > 0
        let normal = self.normal, lastDay = self.lastDay, s0 = self.s0
        var rng = rngOut  // a local copy stays in registers; written back at the end
        defer { rngOut = rng }
        var steps = 0
        for p in 0..<count {
            var logS = 0.0
            var pending = plan.watchable
            var awaiting: UInt64 = 0
            var pathValue = 0.0, vestedShares = 0.0, vestedCount = 0
            if hasAverages {
                // Closes before day 0 are flat at s0, as in the deterministic engine.
                for i in 0...ringMask { ring[i] = s0 }
                for w in 0..<windowCount { windowSum[w] = s0 * Double(windowLength[w]) }
            }
            var closeThreshold = Double.infinity
            var nextEvent = 0
            var day = 0
            var price = s0
            while true {
                if day >= nextEvent || logS >= closeThreshold || (hasAverages && averageReached()) {
                    // Something may change today: apply the rule exactly to every tranche.
                    price = s0 * exp(logS)
                    closeThreshold = .infinity
                    nextEvent = Int.max
                    for w in 0..<windowCount { windowThreshold[w] = .infinity }
                    var bits = pending
                    while bits != 0 {
                        let t = bits.trailingZeroBitCount
                        bits &= bits &- 1
                        let bit: UInt64 = 1 << UInt64(t)
                        if day > last[t] { pending &= ~bit; continue }  // lapsed
                        if day < first[t] { nextEvent = min(nextEvent, first[t]); continue }
                        let measure = window[t] > 1 ? windowSum[windowOf[t]] / Double(window[t]) : price
                        if plan.tranches[t].isMet(by: measure) {
                            let vest = plan.tranches[t].vestingDay(metOn: day)
                            pending &= ~bit
                            vestDay[t] = vest
                            awaiting |= bit
                            continue
                        }
                        nextEvent = min(nextEvent, last[t] + 1)
                        if window[t] > 1 {
                            windowThreshold[windowOf[t]] = min(windowThreshold[windowOf[t]], threshold[t])
                        } else {
                            closeThreshold = min(closeThreshold, threshold[t])
                        }
                    }
                    bits = awaiting
                    while bits != 0 {
                        let t = bits.trailingZeroBitCount
                        bits &= bits &- 1
                        if vestDay[t] != day { nextEvent = min(nextEvent, vestDay[t]); continue }
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
                    PathKernel.advance(logS: &logS, day: &day, until: min(nextEvent, lastDay),
                                       below: closeThreshold, drift: a, volatility: b, normal: normal, rng: &rng)
                    continue
                }
                if windowCount == 1 {
                    // One averaging window (the deal's avg(20)): the same, rolling its sum too.
                    PathKernel.advance(logS: &logS, day: &day, until: min(nextEvent, lastDay),
                                       below: closeThreshold, sum: &windowSum[0],
                                       belowSum: windowThreshold[0] * Double(windowLength[0]),
                                       window: windowLength[0], ring: ring, ringMask: ringMask, s0: s0,
                                       drift: a, volatility: b, normal: normal, rng: &rng)
                    continue
                }
                day += 1
                logS += a + b * normal.draw(&rng)
                if hasAverages { pushClose(s0 * exp(logS), day: day) }
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
    static func advance(logS: inout Double, day: inout Int, until stop: Int, below threshold: Double,
                        drift a: Double, volatility b: Double, normal: ZigguratNormal,
                        rng: inout Xoshiro256StarStar) {
        var x = logS, d = day, r = rng
        repeat {
            d += 1
            x += a + b * normal.draw(&r)
        } while x < threshold && d < stop
        logS = x
        day = d
        rng = r
    }

    /// `advance` for one averaging window: also rolls the window's sum of closes through the
    /// ring, and stops when the sum reaches `sumThreshold` (average × window) as well.
    @inline(never)
    static func advance(logS: inout Double, day: inout Int, until stop: Int, below threshold: Double,
                        sum: inout Double, belowSum sumThreshold: Double, window: Int,
                        ring: UnsafeMutablePointer<Double>, ringMask: Int, s0: Double,
                        drift a: Double, volatility b: Double, normal: ZigguratNormal,
                        rng: inout Xoshiro256StarStar) {
        var x = logS, d = day, r = rng, total = sum
        repeat {
            d += 1
            x += a + b * normal.draw(&r)
            let close = s0 * exp(x)
            total += close - ring[(d - window) & ringMask]
            ring[d & ringMask] = close
        } while x < threshold && total < sumThreshold && d < stop
        logS = x
        day = d
        rng = r
        sum = total
    }

    /// Adds day `day`'s close to the ring and rolls every window's sum forward.
    @inline(__always)
    func pushClose(_ close: Double, day: Int) {
        for w in 0..<windowCount {
            windowSum[w] += close - ring[(day - windowLength[w]) & ringMask]
        }
        ring[day & ringMask] = close
    }

    /// True when some window's average reaches the lowest target watching it.
    @inline(__always)
    func averageReached() -> Bool {
        for w in 0..<windowCount where windowSum[w] >= windowThreshold[w] * Double(windowLength[w]) {
            return true
        }
        return false
    }
}
