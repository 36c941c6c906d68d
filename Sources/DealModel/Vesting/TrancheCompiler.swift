// Compiling a tranche's conditions onto the warrant's trading-day grid (the input of THE rule).
import CivilTime

extension Scenario {
    /// The grid day from which `tranche`'s `gw:` and `milestone:` conditions hold, its last day
    /// (`by:` or expiry), and its price test, as the shared `CompiledTranche`.
    /// The Monte Carlo compiles with this too, so both engines see the same conditions.
    /// `pricedFrom` is the first day with a price (a path of market closes' first row; nil: every day).
    public func compile(
        _ tranche: Tranche, on grid: TradingDayGrid, pricedFrom: CivilDate? = nil,
        calendar: TradingCalendar = .nyse
    ) -> CompiledTranche {
        var earliest: Int? = 0
        if let date = conditionsDate(tranche) {
            earliest = grid.index(onOrAfter: date)
        } else if tranche.deliveredPower != nil || tranche.milestone != nil {
            earliest = nil
        }
        var last = grid.count - 1
        if let by = tranche.deadline { last = Swift.min(last, grid.index(onOrBefore: by) ?? -1) }
        let window = tranche.measure.window
        let priced = Self.firstPricedDay(pricedFrom, window: window, grid: grid, calendar: calendar)
        return CompiledTranche(
            earliestDay: earliest, lastDay: last, priceTarget: tranche.priceTarget,
            window: window, latched: tranche.latched, firstPricedDay: priced)
    }

    /// The first grid day whose `window` closes all fall on or after `pricedFrom` (grid.count
    /// when none does; 0 when every day has a price).
    static func firstPricedDay(
        _ pricedFrom: CivilDate?, window: Int, grid: TradingDayGrid,
        calendar: TradingCalendar
    ) -> Int {
        guard let pricedFrom else { return 0 }
        let firstClose = calendar.tradingDay(onOrAfter: pricedFrom)
        let full = calendar.advance(firstClose, tradingDays: Swift.max(1, window) - 1)
        return grid.index(onOrAfter: full) ?? grid.count
    }

    /// Every tranche compiled on the warrant's grid, in tranche order (empty without a warrant).
    public func compiledTranches(calendar: TradingCalendar = .nyse) -> (
        grid: TradingDayGrid, tranches: [CompiledTranche]
    ) {
        guard let warrant else {
            return (TradingDayGrid(from: CivilDate(dayNumber: 1), through: CivilDate(dayNumber: 0)), [])
        }
        let grid = warrant.grid(calendar: calendar)
        return (grid, tranches.map { compile($0, on: grid) })
    }

    /// The calendar date from which the non-price conditions hold: the later of the day the
    /// `gw:` level is delivered and the milestone's date. nil when one of them never holds
    /// (or, with neither condition, nil as well: the caller treats that as "from day 0").
    public func conditionsDate(_ tranche: Tranche) -> CivilDate? {
        var date: CivilDate?
        if let watts = tranche.deliveredPower {
            guard let d = deployment.firstDate(reaching: watts) else { return nil }
            date = d
        }
        if let name = tranche.milestone {
            guard let d = milestone(named: name)?.achieved else { return nil }
            date = Swift.max(date ?? d, d)
        }
        return date
    }
}
