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
        guard let first = phases.map(\.start).min(), let last = phases.map(\.end).max() else {
            return nil
        }
        if watts <= 0 { return first }
        guard Self.reaches(deliveredWatts(on: last), watts) else { return nil }
        var lo = first.dayNumber
        var hi = last.dayNumber
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if Self.reaches(deliveredWatts(on: CivilDate(dayNumber: mid)), watts) { hi = mid } else { lo = mid + 1 }
        }
        return CivilDate(dayNumber: lo)
    }
}
