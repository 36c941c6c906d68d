// A tranche of the warrant and the conditions it vests on.
import CivilTime

/// How the price test reads the path: the close, or the mean of the last N trading-day closes.
public enum PriceMeasure: Hashable, Sendable, CustomStringConvertible {
    case close
    /// The mean of the N closes ending that day (N ≥ 1).
    case average(tradingDays: Int)

    /// Closes the measure spans: 1 for `close`.
    public var window: Int {
        switch self {
        case .close: return 1
        case .average(let n): return Swift.max(1, n)
        }
    }

    /// As the language writes it: `close`, `avg(20td)`.
    public var description: String {
        switch self {
        case .close: return "close"
        case .average(let n): return "avg(\(n)td)"
        }
    }
}

/// `tranche T2 shares: 26_666_667 gw: 2GW price: $250 measure: avg(20td) latch: true milestone: M2 by: DATE`.
public struct Tranche: Hashable, Sendable {
    public var name: String
    public var shares: Int
    /// Cumulative delivered power (watts) that must be reached; nil for none.
    public var deliveredPower: Double?
    /// The price target in dollars; nil for none.
    public var priceTarget: Double?
    public var measure: PriceMeasure
    /// True (the default): once met the target stays met. False: it must hold on the vesting day.
    public var latched: Bool
    /// A milestone that must be achieved (on its date); nil for none.
    public var milestone: String?
    /// Last day it may vest; it lapses after. nil: only the warrant's expiry applies.
    public var deadline: CivilDate?

    public init(
        name: String, shares: Int, deliveredPower: Double? = nil, priceTarget: Double? = nil,
        measure: PriceMeasure = .close, latched: Bool = true, milestone: String? = nil,
        deadline: CivilDate? = nil
    ) {
        self.name = name
        self.shares = shares
        self.deliveredPower = deliveredPower
        self.priceTarget = priceTarget
        self.measure = measure
        self.latched = latched
        self.milestone = milestone
        self.deadline = deadline
    }
}
