// What happens to each tranche along the scenario's price path: the deterministic engine.
import CivilTime

/// Why a tranche lapsed.
public enum LapseReason: String, Hashable, Sendable {
    /// Its `by:` deadline passed.
    case deadline
    /// The warrant expired.
    case expiry
}

/// One tranche's story along the price path.
public struct TrancheOutcome: Hashable, Sendable {
    public var tranche: Tranche
    public var compiled: CompiledTranche
    /// The day its `gw:` level is delivered (nil: no such condition, or never delivered).
    public var powerDate: CivilDate?
    /// Its milestone's date (nil: no milestone, or not achieved).
    public var milestoneDate: CivilDate?
    /// The first trading day its price measure reaches the target (nil: no target or never).
    public var targetMetDate: CivilDate?
    /// The vesting day (nil: it never vests).
    public var vestDate: CivilDate?
    /// The close on the vesting day (nil when the path has no price that day).
    public var closeOnVest: Double?
    /// Shares × (close on the vesting day − strike) (nil without a close that day).
    public var valueAtVest: Double?
    /// When it never vests: the day it lapses, at that day's close: its last trading day on
    /// or before its `by:` date or the warrant's expiry (that date itself when the term
    /// holds no trading day). From then on no trading day remains on which it could vest.
    public var lapseDate: CivilDate?
    /// When it never vests: why it lapsed.
    public var lapseReason: LapseReason?
    /// When it never vests: the date that ended its term (its `by:` date or the expiry).
    public var termEnd: CivilDate?
}

/// The whole deterministic result: the grid, the closes on it, and each tranche's outcome.
public struct VestingOutcome: Sendable {
    public var warrant: Warrant
    public var grid: TradingDayGrid
    /// The path's close on each grid day.
    public var closes: [Double]
    /// The price measure on each grid day, by window (1 = the close).
    public var measures: [Int: [Double]]
    /// In the scenario's tranche order.
    public var tranches: [TrancheOutcome]
}

extension Scenario {
    /// The highest close a price path may reach in the warrant's term: $1e15 a share keeps
    /// every value (shares × price, sums of them) finite by many orders of magnitude.
    public static let priceCeiling = 1e15

    /// Runs every tranche along the price path: THE vesting rule on the warrant's grid.
    /// Throws `ModelError.notSet` when the warrant or the price path is missing.
    public func vestingOutcome(calendar: TradingCalendar = .nyse) throws -> VestingOutcome {
        guard let warrant else { throw ModelError.notSet(ModelTerm("warrant")) }
        guard let path = pricePath else { throw ModelError.notSet(ModelTerm("price path")) }
        let grid = warrant.grid(calendar: calendar)
        let closes = grid.days.map { path.close(on: $0, calendar: calendar) }
        // No close may reach output as infinity: a path that overflows is refused, with its day.
        // (A NaN close is no close: a day before the path's data begins.)
        if let day = closes.firstIndex(where: { $0 > Self.priceCeiling }) {
            throw ModelError.priceTooLarge(ModelTerm("price path"), date: grid.days[day], ceiling: Self.priceCeiling)
        }
        var measures: [Int: [Double]] = [:]
        var outcomes: [TrancheOutcome] = []
        for tranche in tranches {
            let compiled = compile(tranche, on: grid, pricedFrom: path.firstPricedDate, calendar: calendar)
            let w = compiled.window
            if measures[w] == nil {
                measures[w] = Self.measure(path: path, grid: grid, closes: closes, window: w, calendar: calendar)
            }
            let measure = measures[w] ?? closes
            var o = TrancheOutcome(tranche: tranche, compiled: compiled)
            if let watts = tranche.deliveredPower { o.powerDate = deployment.firstDate(reaching: watts) }
            if let m = tranche.milestone { o.milestoneDate = milestone(named: m)?.achieved }
            if let target = tranche.priceTarget, let i = measure.firstIndex(where: { $0 >= target }) {
                o.targetMetDate = grid.days[i]
            }
            if let day = compiled.vestingDay(measure: { measure[$0] }) {
                o.vestDate = grid.days[day]
                if closes[day].isFinite {
                    o.closeOnVest = closes[day]
                    o.valueAtVest = Double(tranche.shares) * (closes[day] - warrant.strike)
                }
            } else {
                // Lapsed at the close of its last trading day (compiled.lastDay): by: or expiry.
                let deadline = tranche.deadline.flatMap { $0 < warrant.expires ? $0 : nil }
                let end = deadline ?? warrant.expires
                o.termEnd = end
                o.lapseReason = deadline == nil ? .expiry : .deadline
                o.lapseDate = compiled.lastDay >= 0 ? grid.days[compiled.lastDay] : end
            }
            outcomes.append(o)
        }
        return VestingOutcome(warrant: warrant, grid: grid, closes: closes, measures: measures, tranches: outcomes)
    }

    /// The measure on each grid day, using the path's own closes on the trading days before
    /// day 0 (a what-if path is flat at its first value there, so averages are defined from
    /// day 0; market closes have no price before their first row, and NaN says so).
    static func measure(
        path: PricePath, grid: TradingDayGrid, closes: [Double], window: Int,
        calendar: TradingCalendar
    ) -> [Double] {
        guard window > 1, let first = grid.days.first else { return closes }
        var history: [Double] = []
        var d = first
        for _ in 0..<(window - 1) {
            d = calendar.advance(d, tradingDays: -1)
            history.append(path.close(on: d, calendar: calendar))
        }
        return MeasureBuffer.measure(closes: closes, window: window, history: history.reversed())
    }
}

extension TrancheOutcome {
    init(tranche: Tranche, compiled: CompiledTranche) {
        self.tranche = tranche
        self.compiled = compiled
    }
}
