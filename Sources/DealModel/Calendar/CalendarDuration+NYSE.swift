// The model's durations count trading days on the NYSE calendar unless told otherwise.
import CivilTime

extension CalendarDuration {
    /// The date `self` after `start`, trading days counted on the NYSE calendar.
    public func end(from start: CivilDate) -> CivilDate { end(from: start, calendar: TradingCalendar.nyse) }
}
