// The trading days between two dates as a 0-based grid: the time axis of the vesting engine
// and the Monte Carlo (day 0 = the first trading day on or after the start).
import CivilTime

/// The trading days from the first one on or after `start` to the last one on or before `end`.
public struct TradingDayGrid: Hashable, Sendable {
    /// The grid's days in order; `days[i]` is grid day i.
    public let days: [CivilDate]

    /// An empty grid when no trading day lies in `start...end`.
    public init(from start: CivilDate, through end: CivilDate, calendar: TradingCalendar = .nyse) {
        var days: [CivilDate] = []
        if start <= end {
            days.reserveCapacity(start.days(to: end) * 5 / 7 + 2)
            var d = start
            while d <= end {
                if calendar.isTradingDay(d) { days.append(d) }
                d = d.adding(days: 1)
            }
        }
        self.days = days
    }

    /// Number of grid days.
    public var count: Int { days.count }

    /// The date of grid day `index`, nil outside the grid.
    public func date(at index: Int) -> CivilDate? {
        days.indices.contains(index) ? days[index] : nil
    }

    /// The grid day of `date` when it is a trading day inside the grid.
    public func index(of date: CivilDate) -> Int? {
        guard let i = index(onOrAfter: date), days[i] == date else { return nil }
        return i
    }

    /// The first grid day on or after `date`; nil when `date` is after the last grid day.
    public func index(onOrAfter date: CivilDate) -> Int? {
        var lo = 0
        var hi = days.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if days[mid] < date { lo = mid + 1 } else { hi = mid }
        }
        return lo < days.count ? lo : nil
    }

    /// The last grid day on or before `date`; nil when `date` is before the first grid day.
    public func index(onOrBefore date: CivilDate) -> Int? {
        var lo = 0
        var hi = days.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if days[mid] <= date { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? lo - 1 : nil
    }
}
