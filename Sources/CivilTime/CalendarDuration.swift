// Durations as the language writes them: calendar days, trading days, weeks, months, years.

/// A duration with its unit kept, because `12mo` and `365d` are different things on a calendar.
public struct CalendarDuration: Hashable, Sendable {
    public enum Unit: String, Sendable, CaseIterable {
        case days = "d"
        case tradingDays = "td"
        case weeks = "w"
        case months = "mo"
        case years = "y"
    }
    /// How many units; may be fractional only for display arithmetic (`1.5y`).
    public var amount: Double
    public var unit: Unit

    public init(_ amount: Double, _ unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// Approximate length in years on the model's clock (252 trading days, 365.25 days a year).
    public var years: Double {
        switch unit {
        case .days: return amount / 365.25
        case .tradingDays: return amount / 252
        case .weeks: return amount * 7 / 365.25
        case .months: return amount / 12
        case .years: return amount
        }
    }
}
