// A deal's economics in dollars a workshop can compare: per GW delivered, AMD's GPU revenue,
// the warrant value AMD gives up (at vest along the price path, and its fair value), and that
// value as a share of the revenue: the effective discount on the GPUs.

/// One deal's (or several deals' summed) revenue and warrant value, whole and per GW.
public struct DealEconomics: Hashable, Sendable {
    /// Gigawatts the plan delivers (fixed slips and shortfalls applied), in watts.
    public var watts: Double
    /// Whole GPUs those watts are (each phase's watts over its generation's all-in power).
    public var gpus: Double
    /// AMD's GPU revenue: GPUs × price per GPU.
    public var revenue: Double
    /// Shares under the warrant(s).
    public var shares: Double
    /// Value at vest along the price path: vested shares × (close on the vest day − strike).
    public var valueAtVest: Double
    /// The warrant's fair value (risk-neutral, discounted to issue), when simulated.
    public var fairValue: Double?

    public init(
        watts: Double, gpus: Double, revenue: Double, shares: Double, valueAtVest: Double, fairValue: Double?
    ) {
        self.watts = watts
        self.gpus = gpus
        self.revenue = revenue
        self.shares = shares
        self.valueAtVest = valueAtVest
        self.fairValue = fairValue
    }

    /// Gigawatts delivered (the "per GW" divisor).
    public var gigawatts: Double { watts / 1e9 }

    /// `x` per GW delivered; nil without deliveries.
    public func perGigawatt(_ x: Double) -> Double? { gigawatts > 0 ? x / gigawatts : nil }

    /// Value as a share of revenue: what the warrant takes off the GPUs' price; nil without revenue.
    public func discount(_ value: Double) -> Double? { revenue > 0 ? value / revenue : nil }

    /// Several deals together: every figure summed (a fair value only when each deal has one).
    public static func total(_ deals: [DealEconomics]) -> DealEconomics {
        let fair = deals.allSatisfy { $0.fairValue != nil } ? deals.reduce(0) { $0 + ($1.fairValue ?? 0) } : nil
        return DealEconomics(
            watts: deals.reduce(0) { $0 + $1.watts }, gpus: deals.reduce(0) { $0 + $1.gpus },
            revenue: deals.reduce(0) { $0 + $1.revenue }, shares: deals.reduce(0) { $0 + $1.shares },
            valueAtVest: deals.reduce(0) { $0 + $1.valueAtVest }, fairValue: fair)
    }
}

extension Scenario {
    /// The current deal's economics: its plan when every phase is complete, the value vested by
    /// expiry along the price path, and `fairValue` when the caller simulated it.
    public func economics(fairValue: Double?, calendar: TradingCalendar = .nyse) throws -> DealEconomics {
        let end = phases.map(\.planned.end).max()
        let report = end.map { deploymentReport(at: $0) }
        let outcome = try vestingOutcome(calendar: calendar)
        let table = outcome.table(at: outcome.warrant.expires)
        return DealEconomics(
            watts: report?.total.deliveredWatts ?? 0, gpus: report?.total.gpus ?? 0,
            revenue: report?.total.revenue ?? 0, shares: Double(warrant?.shares ?? 0),
            valueAtVest: table.vestedValue, fairValue: fairValue)
    }
}
