// Turns the current scenario (warrant, tranches, deployment, price model) into the Monte
// Carlo engine's input: the tranches compiled on the warrant's grid, moved onto a grid that
// starts on the price model's start date.
import CivilTime
import DealModel
import DealScript

/// The scenario reduced to what `MonteCarloEngine.simulate` needs.
///
/// Day 0 of the engine is the price model's start (its first trading day on or after `on:`),
/// where the price is `s0`. The tranches are compiled on the warrant's grid (issue to expiry),
/// then each grid day is mapped onto the model's grid through its date:
/// - a model starting after issue: conditions that held before the model's start hold from
///   its day 0; price targets are tested from day 0 only (the model knows no earlier prices);
/// - a model starting before issue: the engine simulates from the model's start, tranches
///   still vest no earlier than issue; a latched target reached between the model's start
///   and issue counts (as an average window reaching back before issue would).
/// Values are discounted at the drift to the issue date, on the trading-day clock.
enum SimulationSetup {
    /// The engine input for `scenario`, or a script error saying which command sets what is missing.
    static func input(for scenario: Scenario, calendar: TradingCalendar = .nyse) throws -> SimulationInput {
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
        let compiled = scenario.compiledTranches(calendar: calendar)
        let grid = TradingDayGrid(from: model.start, through: warrant.expires, calendar: calendar)
        guard let dayZero = grid.date(at: 0) else {
            throw ScriptError(
                "simulate: the price model starts on \(model.start), after the warrant expires on \(warrant.expires)")
        }
        let tranches = compiled.tranches.map { moved($0, from: compiled.grid, to: grid) }
        return SimulationInput(
            s0: model.s0, volatility: model.volatility, drift: model.drift, lastDay: grid.count - 1,
            tranches: tranches, names: scenario.tranches.map(\.name),
            shares: scenario.tranches.map { Double($0.shares) }, strike: warrant.strike,
            issueToDayZero: Double(tradingDays(from: warrant.issued, to: dayZero, calendar: calendar)) / 252,
            start: dayZero, calendar: calendar)
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
