// The warrant: the shares OpenAI may buy at the strike, and its life.
import CivilTime

/// `warrant shares: 160M strike: $0.01 issued: 2025-10-05 expires: 2030-10-05 outstanding: 1630M`.
public struct Warrant: Hashable, Sendable {
    /// Shares under the warrant (all tranches together).
    public var shares: Int
    /// Exercise price per share, dollars.
    public var strike: Double
    public var issued: CivilDate
    /// Unvested tranches lapse after this day.
    public var expires: CivilDate
    /// AMD shares outstanding, for dilution.
    public var outstanding: Int

    public init(shares: Int, strike: Double, issued: CivilDate, expires: CivilDate, outstanding: Int) {
        self.shares = shares
        self.strike = strike
        self.issued = issued
        self.expires = expires
        self.outstanding = outstanding
    }

    /// The trading days on which tranches may vest: the first on or after issue to the last
    /// on or before expiry. Day 0 of the vesting engine and the Monte Carlo.
    public func grid(calendar: TradingCalendar = .nyse) -> TradingDayGrid {
        TradingDayGrid(from: issued, through: expires, calendar: calendar)
    }
}
