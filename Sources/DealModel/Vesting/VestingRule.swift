// The single vesting rule, shared by the deterministic engine and the Monte Carlo: given a
// tranche's conditions compiled onto a trading-day grid and the price measure on each grid
// day, the first day on which it vests.

/// A tranche's conditions compiled against a trading-day grid (day 0 = the grid's first day).
public struct CompiledTranche: Hashable, Sendable {
    /// First grid day on which every non-price condition (`gw:`, `milestone:`) holds;
    /// nil when that never happens within the grid.
    public var earliestDay: Int?
    /// Last grid day on which it may still vest (the earlier of `by:` and expiry).
    public var lastDay: Int
    /// The price target; nil when the tranche has no price condition.
    public var priceTarget: Double?
    /// Trading days the measure averages over: 1 for `close`, N for `avg(Ntd)`.
    public var window: Int
    /// True when a price target, once met, stays met (`latch: true`, the default).
    public var latched: Bool
    /// First grid day with a price measure: before a path of market closes begins (and until
    /// its first `window` closes are in) there is no price, so no price target can be met.
    public var firstPricedDay: Int

    public init(
        earliestDay: Int?, lastDay: Int, priceTarget: Double?, window: Int = 1, latched: Bool = true,
        firstPricedDay: Int = 0
    ) {
        self.earliestDay = earliestDay
        self.lastDay = lastDay
        self.priceTarget = priceTarget
        self.window = window
        self.latched = latched
        self.firstPricedDay = firstPricedDay
    }

    /// The first grid day on which the tranche vests, or nil if it never does within the grid.
    /// `measure(d)` is the price measure on grid day d (the close, or the N-day average).
    /// Latched: the target is met on the first day m with measure ≥ target, and the tranche
    /// vests on max(m, earliestDay). Same-day: the first day ≥ earliestDay with measure ≥ target.
    /// Written with the streaming pieces below, which the Monte Carlo drives day by day.
    @inlinable
    public func vestingDay(measure: (Int) -> Double) -> Int? {
        guard let first = firstWatchedDay else { return nil }
        var day = first
        while day <= lastDay {
            if isMet(by: priceTarget == nil ? 0 : measure(day)) { return vestingDay(metOn: day) }
            day += 1
        }
        return nil
    }

    /// The first grid day whose measure the rule looks at (the first priced day when latched,
    /// since a target met early still counts; `earliestDay` for a same-day test, or the first
    /// priced day if later); nil when it cannot vest.
    /// The rule watches days firstWatchedDay...lastDay and stops at the first one that meets it.
    @inlinable
    public var firstWatchedDay: Int? {
        guard let earliest = earliestDay, earliest <= lastDay else { return nil }
        guard priceTarget != nil else { return latched ? 0 : earliest }
        let first = latched ? firstPricedDay : max(earliest, firstPricedDay)
        return first <= lastDay ? first : nil
    }

    /// True when `measure` meets the price target (always, with no price condition).
    @inlinable
    public func isMet(by measure: Double) -> Bool {
        guard let target = priceTarget else { return true }
        return measure >= target
    }

    /// The vest day when the target is first met on the watched day `day`.
    @inlinable
    public func vestingDay(metOn day: Int) -> Int {
        CompiledTranche.vestingDay(metOn: day, earliest: earliestDay ?? day)
    }

    /// The vest day when the target is first met on `day` and the other conditions hold from
    /// `earliest`: the later of the two (the Monte Carlo passes each path's own `earliest`).
    @inlinable
    public static func vestingDay(metOn day: Int, earliest: Int) -> Int { max(day, earliest) }
}
