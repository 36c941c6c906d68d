// The deal's charts, built from the model's own results (the vesting outcome's grid and
// closes, the deployment schedule): `plot price`, `plot deployment`, `plot vesting`.
import CivilTime
import DealModel
import DealScript

extension Chart {
    /// The price path's close on every trading day from issue (or `from`) to expiry, the
    /// tranches' price targets as levels, and their vest dates as markers.
    static func price(_ s: Scenario, from: CivilDate?, scenario name: String) throws -> Chart {
        let outcome = try modelStep { try s.vestingOutcome() }
        let first = from ?? outcome.warrant.issued
        let points = zip(outcome.grid.days, outcome.closes)
            .filter { $0.0 >= first && $0.1.isFinite }
            .map { ChartPoint(date: $0.0, value: $0.1) }
        guard let start = points.first?.date, let end = points.last?.date else {
            throw ScriptError(
                "plot price: no trading day with a price between \(first) and the warrant's expiry "
                    + "\(outcome.warrant.expires)"
            )
        }
        let levels = s.tranches.compactMap { t in
            t.priceTarget.map { ChartLevel(label: "\(t.name) \(Value.number($0, .dollars).display)", value: $0) }
        }
        let markers = outcome.tranches.compactMap { o -> ChartMarker? in
            guard let d = o.vestDate, d >= start else { return nil }
            return ChartMarker(label: o.tranche.name, date: d, value: o.closeOnVest)
        }
        return Chart(
            kind: "price", title: "price path, \(start) to \(end) (scenario \(name))", unit: .dollars,
            points: points, levels: levels, markers: markers, markerWord: "vests")
    }

    /// Cumulative delivered power on every calendar day from issue (or `from`) to expiry (or
    /// over the phases when there is no warrant), the tranches' GW levels, and the day each is reached.
    static func deployment(_ s: Scenario, from: CivilDate? = nil, scenario name: String) throws -> Chart {
        guard let firstStart = s.phases.map(\.start).min(), let lastEnd = s.phases.map(\.end).max() else {
            throw ScriptError(
                "plot deployment: the scenario has no phases (define one with `phase P1 gen: ... size: ... start: ...`)"
            )
        }
        let (issue, end) = s.warrant.map { ($0.issued, $0.expires) } ?? (firstStart, lastEnd)
        let start = from ?? issue
        let points = sampledDays(from: start, to: end).map {
            ChartPoint(date: $0, value: s.deployment.deliveredWatts(on: $0))
        }
        guard !points.isEmpty else {
            if from != nil { throw ScriptError("plot deployment from: \(start) is after the last date shown, \(end)") }
            throw ScriptError("plot deployment: the warrant expires (\(end)) before it is issued (\(start))")
        }
        var levels: [ChartLevel] = []
        var markers: [ChartMarker] = []
        for t in s.tranches {
            guard let watts = t.deliveredPower else { continue }
            levels.append(ChartLevel(label: "\(t.name) \(Value.number(watts, .watts).display)", value: watts))
            if let d = s.deployment.firstDate(reaching: watts), d >= start {
                markers.append(ChartMarker(label: t.name, date: d, value: watts))
            }
        }
        return Chart(
            kind: "deployment", title: "delivered power, \(start) to \(end) (scenario \(name))", unit: .watts,
            points: points, levels: levels, markers: markers, markerWord: "reached")
    }

    /// Vested shares on every trading day from issue (or `from`) to expiry along the price path.
    static func vesting(_ s: Scenario, from: CivilDate? = nil, scenario name: String) throws -> Chart {
        let outcome = try modelStep { try s.vestingOutcome() }
        let vests = outcome.tranches.compactMap { o in o.vestDate.map { ($0, o.tranche.shares) } }
        let points = outcome.grid.days.filter { day in from.map { day >= $0 } ?? true }.map { day in
            ChartPoint(date: day, value: Double(vests.reduce(0) { $1.0 <= day ? $0 &+ $1.1 : $0 }))
        }
        guard let first = points.first else {
            if let from {
                let expiry = outcome.warrant.expires
                throw ScriptError("plot vesting from: \(from) leaves no trading day before the expiry \(expiry)")
            }
            throw ScriptError("plot vesting: the warrant's term holds no trading day")
        }
        let total = Double(outcome.warrant.shares)
        let markers = outcome.tranches.compactMap { o -> ChartMarker? in
            guard let d = o.vestDate, d >= first.date else { return nil }
            return ChartMarker(label: o.tranche.name, date: d, value: points.last { $0.date <= d }?.value)
        }
        return Chart(
            kind: "vesting",
            title: "vested shares, \(points[0].date) to \(points[points.count - 1].date) (scenario \(name))",
            unit: .shares, points: points,
            levels: [ChartLevel(label: "all \(ChartUnit.shares.label(total, low: 0, high: total))", value: total)],
            markers: markers, markerWord: "vests")
    }

    /// Every calendar day of `start...end`, thinned to at most about 4,000 days (always
    /// keeping `end`) so a long scenario still draws quickly.
    static func sampledDays(from start: CivilDate, to end: CivilDate) -> [CivilDate] {
        let span = start.days(to: end)
        guard span >= 0 else { return [] }
        let step = max(1, (span + 3_999) / 4_000)
        var days = stride(from: 0, through: span, by: step).map { start.adding(days: $0) }
        if days.last != end { days.append(end) }
        return days
    }
}
