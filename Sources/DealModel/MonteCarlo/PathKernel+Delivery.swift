// Delivery risk on a path: each uncertain phase term drawn from the unit's own stream, and
// every tranche with a `gw:` condition re-dated from the drawn phases, in the kernel's scratch
// memory (no allocation). Also which tranches cannot vest for want of gigawatts (what binds).
#if canImport(Glibc)
    import Glibc  // erfc
#elseif canImport(Darwin)
    import Darwin
#endif

extension PathKernel {
    /// Sets tranche `t`'s first day of non-price conditions for the paths to come (nil: never in
    /// its term), with the rule's first watched day, and whether it is watched, short or shadowed.
    func setConditions(_ t: Int, earliest day: Int?) {
        var compiled = plan.tranches[t]
        compiled.earliestDay = day
        let bit: UInt64 = 1 << UInt64(t)
        earliest[t] = day ?? Int.max
        masks[0] &= ~bit
        masks[1] &= ~bit
        masks[2] &= ~bit
        if let watched = compiled.firstWatchedDay {
            first[t] = watched
            masks[0] |= bit
            return
        }
        masks[1] |= bit
        // A latched target is still watched, so a lapse can be put down to the gigawatts alone
        // (the target was met) or to both; a same-day test is only looked at with its gigawatts.
        if compiled.latched, compiled.priceTarget != nil, compiled.firstPricedDay <= compiled.lastDay {
            first[t] = compiled.firstPricedDay
            masks[2] |= bit
        } else {
            first[t] = Int.max
        }
    }

    /// Draws this unit's delivery terms from a stream split off a copy of `unit` as it was made
    /// (so the price shocks the unit draws are untouched) and re-dates the tranches that depend
    /// on them. A correlated slip also reads the path's walk to its phase's nominal start
    /// (`sign`: the antithetic twin's flipped shocks), drawing the walk that far from `walkRNG`.
    func redate(unit: Xoshiro256StarStar, sign: Double = 1, walkRNG: inout Xoshiro256StarStar) {
        guard let risk = plan.input.delivery else { return }
        var copy = unit
        var rng = Xoshiro256StarStar(splitting: &copy)
        let scale = plan.logVolatility
        for i in 0..<phaseCount {
            let p = risk.phases[i]
            let (drawSlip, drawShare) = DeliveryRisk.draws(of: p)
            var slip = p.slip?.amount.fixedValue
            if drawSlip, let amount = p.slip?.amount {
                let rho = p.correlation ?? 0
                let day = anchors[i]
                if rho != 0, day > 0, scale > 0 {
                    // Gaussian copula: the slip's normal is rho times the price's standardised
                    // shock to the anchor day plus an independent normal.
                    ensure(through: day, rng: &walkRNG)
                    let shock = sign * walk[day] / (scale * Double(day).squareRoot())
                    let z = rho * shock + (1 - rho * rho).squareRoot() * normal.draw(&rng)
                    slip = amount.value(at: Swift.min(0.5 * erfc(-z / 2.0.squareRoot()), 1 - 0x1p-53))
                } else {
                    slip = amount.value(at: rng.nextUniform())
                }
            }
            let share = drawShare ? p.delivers?.value(at: rng.nextUniform()) : p.delivers?.fixedValue
            drawn[i] = p.drawn(slip: slip, delivers: share)
        }
        for t in 0..<n where plan.input.settled[t] == nil && risk.tranches[t].level != nil {
            let deal = risk.deals[risk.tranches[t].deal]
            let phases = UnsafeBufferPointer(start: drawn + deal.lowerBound, count: deal.count)
            setConditions(t, earliest: risk.earliestDay(t, phases: phases))
        }
    }
}
