// Cumulative delivered power over all phases, and the first day a level is reached.
import CivilTime

/// The deployment schedule of a scenario: its phases summed.
public struct Deployment: Hashable, Sendable {
    public var phases: [Phase]

    public init(phases: [Phase]) { self.phases = phases }

    /// Relative tolerance when comparing delivered power with a level, so that
    /// 1.0 + 1.5 + 3.5 GW reaches 6 GW exactly despite floating-point sums.
    public static let tolerance = 1e-9

    /// Watts delivered by every phase on `date`.
    public func deliveredWatts(on date: CivilDate) -> Double {
        phases.reduce(0) { $0 + $1.delivered(on: date) }
    }

    /// Gigawatts delivered on `date` (the language layer prefers watts; this reads well in tests).
    public func deliveredGigawatts(on date: CivilDate) -> Double { deliveredWatts(on: date) / 1e9 }

    /// Total watts when every phase completes.
    public var totalWatts: Double { phases.reduce(0) { $0 + $1.size } }

    /// True when `delivered` counts as reaching `level` (within the tolerance).
    public static func reaches(_ delivered: Double, _ level: Double) -> Bool {
        delivered >= level - Swift.max(abs(level), 1) * tolerance
    }

    /// The phases that delivered power on `date`: those whose delivery grew since the day
    /// before (so a level reached on the day one phase completes and the next starts is the
    /// completing phase's doing). In definition order.
    public func phasesDelivering(on date: CivilDate) -> [Phase] {
        let eve = date.adding(days: -1)
        return phases.filter { $0.delivered(on: date) > $0.delivered(on: eve) }
    }

    /// The first calendar date on which cumulative delivery reaches `watts`; nil if it never does.
    /// Delivery never decreases, so a binary search over days finds the exact day.
    public func firstDate(reaching watts: Double) -> CivilDate? {
        Deployment.firstDate(reaching: watts, phases: phases)
    }

    /// `firstDate(reaching:)` over any collection of phases: the Monte Carlo re-dates a tranche
    /// with it on each path's drawn phases (kept in scratch memory, so nothing is allocated).
    public static func firstDate<C: Collection>(reaching watts: Double, phases: C) -> CivilDate?
    where C.Element == Phase {
        var first: CivilDate?
        var last: CivilDate?
        for p in phases {
            first = Swift.min(first ?? p.start, p.start)
            last = Swift.max(last ?? p.end, p.end)
        }
        guard let first, let last else { return nil }
        func delivered(_ date: CivilDate) -> Double {
            var sum = 0.0
            for p in phases { sum += p.delivered(on: date) }
            return sum
        }
        if watts <= 0 { return first }
        guard reaches(delivered(last), watts) else { return nil }
        var lo = first.dayNumber
        var hi = last.dayNumber
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if reaches(delivered(CivilDate(dayNumber: mid)), watts) { hi = mid } else { lo = mid + 1 }
        }
        return CivilDate(dayNumber: lo)
    }
}
