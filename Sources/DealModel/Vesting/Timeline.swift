// `timeline`: the deal's dated events along the price path, in order.
import CivilTime

/// What happened on a timeline date.
public enum TimelineEventKind: Int, Hashable, Sendable, Comparable {
    // Raw values order events of the same day: causes before effects.
    case warrantIssued, pricesBegin, phaseStarted, phaseCompleted, levelReached, milestoneAchieved,
        targetMet, vested, lapsed, warrantExpired

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// One dated event: `2027-07-01 vested T1 (26,666,667 shares)`.
public struct TimelineEvent: Hashable, Sendable {
    public var date: CivilDate
    public var kind: TimelineEventKind
    /// The phase, tranche or milestone it is about ("" for the warrant).
    public var subject: String
    /// The quantity involved: watts for a level, dollars for a target, shares for a vest.
    public var amount: Double?
}

extension Scenario {
    /// Every dated event from issue to expiry, sorted by date (same-day events: causes first).
    /// GW levels are each whole GW delivered plus every tranche's `gw:` level.
    public func timeline(calendar: TradingCalendar = .nyse) throws -> [TimelineEvent] {
        let outcome = try vestingOutcome(calendar: calendar)
        let w = outcome.warrant
        var events = [
            TimelineEvent(date: w.issued, kind: .warrantIssued, subject: "", amount: Double(w.shares)),
            TimelineEvent(date: w.expires, kind: .warrantExpired, subject: "", amount: nil),
        ]
        // Market closes that begin inside the term: no price before (so no target met before).
        if let first = pricePath?.firstPricedDate, first > w.issued, first <= w.expires {
            let close = pricePath?.close(on: first, calendar: calendar)
            events.append(TimelineEvent(date: first, kind: .pricesBegin, subject: "", amount: close))
        }
        for p in phases {
            events.append(TimelineEvent(date: p.start, kind: .phaseStarted, subject: p.name, amount: p.size))
            events.append(TimelineEvent(date: p.end, kind: .phaseCompleted, subject: p.name, amount: p.size))
        }
        var levels = Set<Double>()
        let total = deployment.totalWatts
        if total.isFinite, total >= 1e9 {
            for g in 1...Int(Swift.min(total / 1e9 * (1 + Deployment.tolerance), 1e6)) {
                levels.insert(Double(g) * 1e9)
            }
        }
        for t in tranches { if let l = t.deliveredPower { levels.insert(l) } }
        for level in levels.sorted() {
            if let d = deployment.firstDate(reaching: level) {
                events.append(TimelineEvent(date: d, kind: .levelReached, subject: "", amount: level))
            }
        }
        for m in milestones {
            if let d = m.achieved {
                events.append(TimelineEvent(date: d, kind: .milestoneAchieved, subject: m.name, amount: nil))
            }
        }
        for o in outcome.tranches {
            if let d = o.targetMetDate {
                events.append(
                    TimelineEvent(date: d, kind: .targetMet, subject: o.tranche.name, amount: o.tranche.priceTarget))
            }
            if let d = o.vestDate {
                events.append(
                    TimelineEvent(date: d, kind: .vested, subject: o.tranche.name, amount: Double(o.tranche.shares)))
            } else if let d = o.lapseDate {
                events.append(
                    TimelineEvent(date: d, kind: .lapsed, subject: o.tranche.name, amount: Double(o.tranche.shares)))
            }
        }
        // A stable order: date, then kind, then the order events were added (definition order).
        return events.enumerated().sorted { a, b in
            (a.element.date, a.element.kind.rawValue, a.offset) < (b.element.date, b.element.kind.rawValue, b.offset)
        }.map(\.element)
    }
}
