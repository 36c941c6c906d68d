// Delivery risk in the Monte Carlo: the phases whose slip or shortfall is a distribution, and
// what each tranche's `gw:` condition needs to be re-dated on every path from that path's draws.
import CivilTime

/// The phases of every deal and, per tranche, how its non-price conditions are dated; the
/// engine draws each uncertain term once per unit (a path and its antithetic twin) from a
/// stream of its own, so the price shocks are the same as without delivery risk.
public struct DeliveryRisk: Sendable {
    /// Every deal's phases, nominal: `Phase.drawn` applies fixed and drawn values alike.
    public var phases: [Phase]
    /// Per deal, its phases' range in `phases`.
    public var deals: [Range<Int>]
    /// Per tranche of the input, in order.
    public var tranches: [DeliveryTerm]
    /// The simulation's grid: day 0 is the input's start.
    public var grid: TradingDayGrid

    public init(phases: [Phase], deals: [Range<Int>], tranches: [DeliveryTerm], grid: TradingDayGrid) {
        self.phases = phases
        self.deals = deals
        self.tranches = tranches
        self.grid = grid
    }

    /// Per phase, the grid day of its nominal start: a correlated slip reads the price's shocks up to it.
    var anchors: [Int] {
        phases.map { p in Swift.min(grid.index(onOrAfter: p.start) ?? (grid.count - 1), Swift.max(0, grid.count - 1)) }
    }

    /// True when some drawn slip is correlated with the price (each path then draws its own).
    var isCorrelated: Bool { phases.contains { ($0.correlation ?? 0) != 0 && DeliveryRisk.draws(of: $0).slip } }

    /// Draws `count` quantiles per phase (slip, then share delivered) when they are distributions.
    static func draws(of p: Phase) -> (slip: Bool, delivers: Bool) {
        (p.slip.map { $0.amount.fixedValue == nil } ?? false, p.delivers.map { $0.fixedValue == nil } ?? false)
    }

    /// The grid day from which tranche `t`'s non-price conditions hold with `phases` drawn (the
    /// deal's, in `phases`), nil when they never do within its term; as `Scenario.compile`
    /// followed by the move onto the simulation's grid dates them.
    func earliestDay<C: Collection>(_ t: Int, phases: C) -> Int? where C.Element == Phase {
        let term = tranches[t]
        guard let level = term.level, !term.milestoneNever else { return nil }
        guard var date = Deployment.firstDate(reaching: level, phases: phases) else { return nil }
        if let m = term.milestone { date = Swift.max(date, m) }
        guard date <= term.lastDate else { return nil }
        return grid.index(onOrAfter: Swift.max(date, term.firstDate))
    }

    /// Appends `other`'s phases and tranches after these (several deals in one run).
    public mutating func append(_ other: DeliveryRisk) {
        let offset = phases.count
        let dealOffset = deals.count
        // Grids share day 0; the longer one dates the later deal too (each term keeps its own last date).
        if other.grid.count > grid.count { grid = other.grid }
        phases += other.phases
        deals += other.deals.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
        tranches += other.tranches.map { term in
            var t = term
            t.deal += dealOffset
            return t
        }
    }
}

/// How one tranche's `gw:` and `milestone:` conditions are dated on a path.
public struct DeliveryTerm: Sendable {
    /// Its deal's index in `DeliveryRisk.deals`.
    public var deal: Int
    /// The `gw:` level in watts; nil when it has none (it is then not re-dated).
    public var level: Double?
    /// The date its milestone is achieved, when it has one that is.
    public var milestone: CivilDate?
    /// True when its milestone is never achieved.
    public var milestoneNever: Bool
    /// Its warrant's first and last trading days: conditions count from the first, and not after the last.
    public var firstDate: CivilDate
    public var lastDate: CivilDate

    public init(
        deal: Int, level: Double?, milestone: CivilDate?, milestoneNever: Bool, firstDate: CivilDate,
        lastDate: CivilDate
    ) {
        self.deal = deal
        self.level = level
        self.milestone = milestone
        self.milestoneNever = milestoneNever
        self.firstDate = firstDate
        self.lastDate = lastDate
    }
}
