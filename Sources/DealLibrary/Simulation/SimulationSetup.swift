// Turns the current scenario (warrant, tranches, deployment, price model, and for a valuation
// as of a date the price path's history) into the Monte Carlo engine's input: the tranches
// compiled on the warrant's grid, moved onto a grid that starts at the run's day 0.
import CivilTime
import DealModel
import DealScript

/// The scenario reduced to what `MonteCarloEngine.simulate` needs.
///
/// Without `as_of:` (valuing at issue), day 0 is the price model's start (its first trading day
/// on or after `on:`), where the price is `s0`. The tranches are compiled on the warrant's grid
/// (issue to expiry), then each grid day is mapped onto the model's grid through its date:
/// - a model starting after issue: conditions that held before the model's start hold from
///   its day 0; price targets are tested from day 0 only (the model knows no earlier prices);
/// - a model starting before issue: the engine simulates from the model's start, tranches
///   still vest no earlier than issue; a latched target reached between the model's start
///   and issue counts (as an average window reaching back before issue would).
/// Values are discounted at the rate to the issue date, on the trading-day clock.
///
/// With `as_of: DATE`, day 0 is the last trading day on or before DATE, the price there is the
/// price path's close, and what the path says happened by then is known: tranches vested by
/// then count at their vest-date value, lapsed ones at nothing, targets met (latched) stay met,
/// averaging windows start filled with the path's closes, and delivered GW follow the phases.
/// Values are discounted to DATE.
enum SimulationSetup {
    /// The engine input for `scenario`, valued at issue (`asOf` nil) or as of a date; a
    /// script error says which command sets what is missing.
    static func input(
        for scenario: Scenario, asOf: CivilDate? = nil,
        calendar: TradingCalendar = .nyse
    ) throws -> SimulationInput {
        guard let model = scenario.priceModel else {
            throw ScriptError(
                "simulate needs a price model: `price model gbm s0: $203.71 on: 2025-10-06 vol: 55% drift: 4%` sets it")
        }
        guard let warrant = scenario.warrant else {
            throw ScriptError(
                "simulate needs a warrant: `warrant shares: 160M strike: $0.01 issued: 2025-10-05 expires: "
                    + "2030-10-05 outstanding: 1630M` sets it"
            )
        }
        guard !scenario.tranches.isEmpty else {
            throw ScriptError("simulate needs tranches: `tranche T1 shares: 26_666_667 gw: 1GW` adds one")
        }
        if let asOf { return try input(for: scenario, model: model, warrant: warrant, asOf: asOf, calendar: calendar) }
        let compiled = scenario.compiledTranches(calendar: calendar)
        let grid = TradingDayGrid(from: model.start, through: warrant.expires, calendar: calendar)
        guard let dayZero = grid.date(at: 0) else {
            throw ScriptError(
                "simulate: the price model starts on \(model.start), after the warrant expires on \(warrant.expires)")
        }
        let tranches = compiled.tranches.map { moved($0, from: compiled.grid, to: grid) }
        return SimulationInput(
            s0: model.s0, volatility: model.volatility, drift: model.drift, rate: model.rate, lastDay: grid.count - 1,
            tranches: tranches, names: scenario.tranches.map(\.name),
            shares: scenario.tranches.map { Double($0.shares) }, strike: warrant.strike,
            valuationToDayZero: Double(tradingDays(from: warrant.issued, to: dayZero, calendar: calendar)) / 252,
            start: dayZero, calendar: calendar)
    }

    /// The input valued as of `asOf`, from the price path's story up to then.
    private static func input(
        for scenario: Scenario, model: GBMModel, warrant: Warrant, asOf: CivilDate,
        calendar: TradingCalendar
    ) throws -> SimulationInput {
        guard let path = scenario.pricePath else {
            throw ScriptError(
                "simulate as_of: needs a price path for the closes up to \(asOf): "
                    + "`price path csv \"amd.csv\"` (or constant, growth, points) sets it")
        }
        guard asOf >= warrant.issued, asOf <= warrant.expires else {
            throw ScriptError(
                "simulate as_of: must be within the warrant's term, \(warrant.issued) to "
                    + "\(warrant.expires), got \(asOf)")
        }
        let outcome = try modelStep { try scenario.vestingOutcome(calendar: calendar) }
        let warrantGrid = outcome.grid
        let zeroIndex = warrantGrid.index(onOrBefore: asOf) ?? 0
        guard let dayZero = warrantGrid.date(at: zeroIndex) else {
            throw ScriptError("simulate as_of: the warrant has no trading day in its term")
        }
        let grid = TradingDayGrid(from: dayZero, through: warrant.expires, calendar: calendar)
        var tranches: [CompiledTranche] = []
        var settled: [SettledTranche?] = []
        for story in outcome.tranches {
            var t = moved(story.compiled, from: warrantGrid, to: grid)
            if let vest = story.vestDate, vest <= dayZero {
                settled.append(SettledTranche(vested: vest, value: story.valueAtVest ?? 0))
            } else if story.vestDate == nil, let lapse = story.lapseDate, lapse < dayZero {
                settled.append(SettledTranche(vested: nil, value: 0))
            } else {
                // A latched target already met stays met: only the other conditions are left.
                if story.tranche.latched, let met = story.targetMetDate, met <= dayZero { t.priceTarget = nil }
                settled.append(nil)
            }
            tranches.append(t)
        }
        let window = scenario.tranches.map(\.measure.window).max() ?? 1
        var history: [Double] = []
        var d = dayZero
        for _ in 0..<max(0, window - 1) {
            d = calendar.advance(d, tradingDays: -1)
            history.append(path.close(on: d, calendar: calendar))
        }
        return SimulationInput(
            s0: path.close(on: dayZero, calendar: calendar), volatility: model.volatility, drift: model.drift,
            rate: model.rate, lastDay: grid.count - 1, tranches: tranches, names: scenario.tranches.map(\.name),
            shares: scenario.tranches.map { Double($0.shares) }, strike: warrant.strike,
            valuationToDayZero: Double(tradingDays(from: asOf, to: dayZero, calendar: calendar)) / 252,
            start: dayZero, calendar: calendar, history: history.reversed(), settled: settled)
    }

    /// `tranche`'s grid days (on the warrant's grid) as days of the model's grid, through their dates.
    static func moved(_ tranche: CompiledTranche, from warrantGrid: TradingDayGrid, to grid: TradingDayGrid)
        -> CompiledTranche
    {
        var t = tranche
        t.earliestDay = tranche.earliestDay
            .flatMap { warrantGrid.date(at: $0) }
            .flatMap { grid.index(onOrAfter: $0) }
        t.lastDay = warrantGrid.date(at: tranche.lastDay).flatMap { grid.index(onOrBefore: $0) } ?? -1
        return t
    }

    /// Trading days from `issue` up to (not including) `day`; negative when `day` is before issue.
    static func tradingDays(from issue: CivilDate, to day: CivilDate, calendar: TradingCalendar) -> Int {
        if day > issue { return TradingDayGrid(from: issue, through: day.adding(days: -1), calendar: calendar).count }
        if day < issue { return -TradingDayGrid(from: day, through: issue.adding(days: -1), calendar: calendar).count }
        return 0
    }
}
