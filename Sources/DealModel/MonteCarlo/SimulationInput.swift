// What one Monte Carlo run needs, already reduced to the trading-day grid: the GBM's
// parameters, the compiled tranches with their shares, the strike, the discounting, and what
// is already known on day 0 (closes before it, tranches decided before it).
// The command layer builds it from the scenario (price model, warrant, deployment, price path).
import CivilTime

#if canImport(Glibc)
    import Glibc  // exp
#elseif canImport(Darwin)
    import Darwin
#endif

/// The model and the warrant on a trading-day grid. Grid day 0 is the price model's start
/// date, where the price is `s0`; grid day d is d trading days later (t = d / 252 years).
public struct SimulationInput: Sendable {
    /// Price on grid day 0.
    public var s0: Double
    /// Annual volatility σ (0.55 for 55%).
    public var volatility: Double
    /// Annual drift μ of the real-world paths (the odds, the expected value).
    public var drift: Double
    /// Annual risk-free rate r: the drift of the risk-neutral paths (the fair value), and the
    /// rate every value is discounted at.
    public var rate: Double
    /// Years per grid step (1/252: a trading day).
    public var dt: Double
    /// The last grid day simulated (the expiry's grid day); paths have days 0...lastDay.
    public var lastDay: Int
    /// The tranches' conditions on the grid, in the warrant's order.
    public var tranches: [CompiledTranche]
    /// Tranche names, parallel to `tranches`.
    public var names: [String]
    /// Shares per tranche, parallel to `tranches`.
    public var shares: [Double]
    /// Exercise price per share.
    public var strike: Double
    /// Years from the valuation date to grid day 0 (values are discounted to the valuation date:
    /// the issue date, or `as_of:`).
    public var valuationToDayZero: Double
    /// The date of grid day 0, and the calendar that maps grid days back to dates.
    public var start: CivilDate
    public var calendar: TradingCalendar
    /// Closes of the trading days before day 0, oldest first (for averages reaching back);
    /// days before the first count at the first, or at `s0` when there are none.
    public var history: [Double]
    /// Per tranche: its outcome when it was decided before day 0 (nil: still open). A decided
    /// tranche is not simulated; it counts on every path as it stands.
    public var settled: [SettledTranche?]

    public init(
        s0: Double, volatility: Double, drift: Double, rate: Double? = nil, dt: Double = 1.0 / 252,
        lastDay: Int, tranches: [CompiledTranche], names: [String]? = nil,
        shares: [Double], strike: Double, valuationToDayZero: Double = 0,
        start: CivilDate, calendar: TradingCalendar = .nyse, history: [Double] = [],
        settled: [SettledTranche?]? = nil
    ) {
        self.s0 = s0
        self.volatility = volatility
        self.drift = drift
        self.rate = rate ?? drift
        self.dt = dt
        self.lastDay = lastDay
        self.tranches = tranches
        self.names = names ?? tranches.indices.map { "T\($0 + 1)" }
        self.shares = shares
        self.strike = strike
        self.valuationToDayZero = valuationToDayZero
        self.start = start
        self.calendar = calendar
        self.history = history
        self.settled = settled ?? tranches.map { _ in nil }
    }

    /// The same deal under another volatility, drift and rate (what `sweep` and the Greeks vary).
    public func with(volatility: Double? = nil, drift: Double? = nil, rate: Double? = nil) -> SimulationInput {
        var copy = self
        copy.volatility = volatility ?? self.volatility
        copy.drift = drift ?? self.drift
        copy.rate = rate ?? self.rate
        return copy
    }

    /// True when the real-world and risk-neutral paths coincide (one pass serves both).
    public var driftIsRate: Bool { drift == rate }

    /// Discount factor at the rate for a value received on grid day `day`, back to the valuation date.
    public func discount(day: Int) -> Double {
        exp(-rate * (valuationToDayZero + Double(day) * dt))
    }

    /// Why this input cannot be simulated, or nil when it can.
    public func problem() -> Problem? {
        guard s0.isFinite, s0 > 0 else { return .startPrice(s0) }
        guard volatility.isFinite, SimulationInput.volatilities.contains(volatility) else {
            return .volatility(volatility, accepted: SimulationInput.volatilities)
        }
        guard drift.isFinite, SimulationInput.drifts.contains(drift) else {
            return .drift(drift, accepted: SimulationInput.drifts)
        }
        guard rate.isFinite, SimulationInput.drifts.contains(rate) else {
            return .rate(rate, accepted: SimulationInput.drifts)
        }
        guard dt.isFinite, dt > 0 else { return .gridStep(dt) }
        guard SimulationInput.gridDays.contains(lastDay) else {
            return .gridDays(lastDay, accepted: SimulationInput.gridDays)
        }
        guard !tranches.isEmpty else { return .noTranches }
        guard tranches.count <= SimulationInput.maxTranches else {
            return .tooManyTranches(tranches.count, limit: SimulationInput.maxTranches)
        }
        guard shares.count == tranches.count, names.count == tranches.count, settled.count == tranches.count else {
            return .unmatchedTranches(tranches: tranches.count, names: names.count, shares: shares.count)
        }
        guard history.allSatisfy({ $0.isFinite && $0 > 0 }) else { return .history }
        guard valuationToDayZero.isFinite else { return .gridStep(valuationToDayZero) }
        guard shares.allSatisfy({ $0.isFinite && $0 >= 0 }), strike.isFinite else { return .sharesOrStrike }
        for t in tranches {
            guard SimulationInput.windows.contains(t.window) else {
                return .window(t.window, accepted: SimulationInput.windows)
            }
            if let target = t.priceTarget, !(target.isFinite) { return .priceTarget(target) }
        }
        return nil
    }

    static let volatilities = 0.0...10.0
    static let drifts = -10.0...10.0
    static let gridDays = 0...1_000_000
    static let windows = 1...10_000

    /// Tranches are tracked in a 64-bit mask per path.
    public static let maxTranches = 64
}

/// A tranche decided before the simulation's day 0 (valuing as of a later date).
public struct SettledTranche: Hashable, Sendable {
    /// Its vest date, or nil when it lapsed.
    public var vested: CivilDate?
    /// What it counts for on every path: shares × (close on the vest date − strike); 0 if it lapsed.
    public var value: Double

    public init(vested: CivilDate?, value: Double) {
        self.vested = vested
        self.value = value
    }
}
