// `vesting at: DATE`: each tranche's status on a date, with running totals and dilution.
import CivilTime

/// A condition a tranche is still waiting for.
public enum PendingCondition: String, Hashable, Sendable {
    case gw, milestone, price
}

/// A tranche's status on a date (at that day's close): every view asks `VestingOutcome.status`.
public enum TrancheStatus: Hashable, Sendable, CustomStringConvertible {
    /// Vested on a day up to the date.
    case vested(on: CivilDate)
    /// Not vested yet and a trading day remains on which it could; the conditions not yet
    /// met (in the order gw, milestone, price).
    case waiting(for: [PendingCondition])
    /// Never vested, and no trading day remains on which it could: its last one (on or
    /// before its `by:` date or the expiry) has passed.
    case lapsed(on: CivilDate, LapseReason)

    /// The status alone: `vested`, `waiting` or `lapsed` (what `t.status` reads).
    public var word: String {
        switch self {
        case .vested: return "vested"
        case .waiting: return "waiting"
        case .lapsed: return "lapsed"
        }
    }

    /// The conditions still awaited (empty unless waiting).
    public var waitingFor: [PendingCondition] {
        if case .waiting(let c) = self { return c }
        return []
    }

    /// `vested 2027-07-01`, `waiting for gw, price`, `lapsed 2030-10-04 (expiry)`.
    public var description: String {
        switch self {
        case .vested(let d): return "vested \(d)"
        case .waiting(let c): return c.isEmpty ? "waiting" : "waiting for " + c.map(\.rawValue).joined(separator: ", ")
        case let .lapsed(d, .deadline): return "lapsed \(d) (by:)"
        case let .lapsed(d, .expiry): return "lapsed \(d) (expiry)"
        }
    }
}

/// One row of the vesting table.
public struct VestingRow: Hashable, Sendable {
    public var outcome: TrancheOutcome
    public var status: TrancheStatus
    /// Shares vested by the table's date, this row and those above it.
    public var vestedShares: Int
    /// Value at vest of the tranches vested by the date, this row and those above it.
    public var vestedValue: Double
    /// vestedShares / (outstanding + vestedShares).
    public var dilution: Double
}

/// The vesting table on one date.
public struct VestingTable: Hashable, Sendable {
    public var date: CivilDate
    public var rows: [VestingRow]
    /// Totals over all rows (the last row's running totals).
    public var vestedShares: Int { rows.last?.vestedShares ?? 0 }
    public var vestedValue: Double { rows.last?.vestedValue ?? 0 }
    public var dilution: Double { rows.last?.dilution ?? 0 }
}

extension Scenario {
    /// `vesting at: DATE`: the outcome along the price path, as a table on `date`.
    public func vestingTable(at date: CivilDate, calendar: TradingCalendar = .nyse) throws -> VestingTable {
        try vestingOutcome(calendar: calendar).table(at: date)
    }
}

extension VestingOutcome {
    /// Each tranche's status on `date`, with running totals in tranche order.
    public func table(at date: CivilDate) -> VestingTable {
        var shares = 0
        var value = 0.0
        var rows: [VestingRow] = []
        for o in tranches {
            let s = status(of: o, at: date)
            if case .vested = s {
                // Validated scenarios keep the sum within the warrant; saturate for any other.
                let (sum, overflow) = shares.addingReportingOverflow(o.tranche.shares)
                shares = overflow ? Int.max : sum
                value += o.valueAtVest ?? 0
            }
            let dilution = shares == 0 ? 0 : Double(shares) / (Double(warrant.outstanding) + Double(shares))
            rows.append(VestingRow(outcome: o, status: s, vestedShares: shares, vestedValue: value, dilution: dilution))
        }
        return VestingTable(date: date, rows: rows)
    }

    /// The status of one tranche on `date`, at that day's close: THE status rule. Vested when
    /// it vested on a day up to `date`; lapsed when it never vests and its last trading day
    /// (`lapseDate`) is `date` or earlier; otherwise waiting, for the conditions not yet met.
    public func status(of o: TrancheOutcome, at date: CivilDate) -> TrancheStatus {
        if let v = o.vestDate, v <= date { return .vested(on: v) }
        if o.vestDate == nil, let lapse = o.lapseDate, lapse <= date {
            return .lapsed(on: lapse, o.lapseReason ?? .expiry)
        }
        var pending: [PendingCondition] = []
        if o.tranche.deliveredPower != nil, !(o.powerDate.map { $0 <= date } ?? false) { pending.append(.gw) }
        if o.tranche.milestone != nil, !(o.milestoneDate.map { $0 <= date } ?? false) { pending.append(.milestone) }
        if let target = o.tranche.priceTarget, !priceHolds(o, target: target, on: date) { pending.append(.price) }
        return .waiting(for: pending)
    }

    /// Latched: met on some day up to `date`. Same-day: met on the last trading day up to `date`.
    func priceHolds(_ o: TrancheOutcome, target: Double, on date: CivilDate) -> Bool {
        if o.tranche.latched { return o.targetMetDate.map { $0 <= date } ?? false }
        guard let i = grid.index(onOrBefore: date) else { return false }
        return measure(window: o.compiled.window, day: i) >= target
    }

    /// The measure on grid day `day` (window 1: the close).
    public func measure(window: Int, day: Int) -> Double {
        guard closes.indices.contains(day) else { return .nan }
        return measures[window]?[day] ?? closes[day]
    }
}
