// Where a duration ends on the calendar, from a start date.

extension CalendarDuration {
    /// The date `self` after `start`: months and years clamp to the month's end
    /// (2026-01-31 + 1mo = 2026-02-28); a fractional month adds that share of the next month's days.
    /// Amounts are clamped to ±10,000 years so that user numbers cannot overflow.
    public func end(from start: CivilDate, calendar: some TradingDayCalendar) -> CivilDate {
        guard amount.isFinite else { return start }
        let limit = 3_660_000.0
        switch unit {
        case .days: return start.adding(days: Int(Swift.max(-limit, Swift.min(limit, amount)).rounded()))
        case .weeks: return start.adding(days: Int(Swift.max(-limit, Swift.min(limit, amount * 7)).rounded()))
        case .tradingDays:
            let n = Int(Swift.max(-2_520_000, Swift.min(2_520_000, amount)).rounded())
            return calendar.advance(start, tradingDays: n)
        case .months, .years:
            let months = Swift.max(-120_000, Swift.min(120_000, unit == .years ? amount * 12 : amount))
            let whole = months.rounded(.down)
            let base = start.adding(months: Int(whole))
            let fraction = months - whole
            guard fraction > 0 else { return base }
            let next = start.adding(months: Int(whole) + 1)
            return base.adding(days: Int((fraction * Double(base.days(to: next))).rounded()))
        }
    }
}
