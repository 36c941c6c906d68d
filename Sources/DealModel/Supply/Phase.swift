// A deployment phase: a block of power of one generation delivered over a ramp.
import CivilTime

/// How a phase's delivery grows over its ramp.
public enum RampShape: String, Hashable, Sendable, CaseIterable {
    /// Delivered in proportion to calendar days elapsed.
    case linear
    /// Nothing until the ramp ends, then everything.
    case step
    /// Smoothstep 3x² − 2x³ of the elapsed fraction x: slow start, fast middle, slow finish;
    /// half delivered at the ramp's midpoint.
    case scurve

    /// Delivered share for the elapsed fraction x of the ramp (0...1).
    public func share(_ x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        switch self {
        case .linear: return x
        case .step: return 0
        case .scurve: return x * x * (3 - 2 * x)
        }
    }
}

/// `phase P1 gen: MI450 size: 1GW start: 2026-07-01 ramp: 12mo shape: linear`.
public struct Phase: Hashable, Sendable {
    public var name: String
    /// The generation's name (resolved against the scenario's generations).
    public var generation: String
    /// Facility power delivered when the phase completes, in watts.
    public var size: Double
    public var start: CivilDate
    public var ramp: CalendarDuration
    public var shape: RampShape
    /// Delivery risk: how late the phase starts (`slip: 6mo`, or a distribution drawn per path).
    public var slip: Slip?
    /// Delivery risk: the share of `size` it delivers (`delivers: 80%`, or a distribution).
    public var delivers: Draw?
    /// Correlation (−1...1) of its drawn slip with the share price's shocks up to its nominal
    /// start: negative, it slips more on paths where AMD has fallen by then. nil: independent.
    public var correlation: Double?

    public init(
        name: String, generation: String, size: Double, start: CivilDate,
        ramp: CalendarDuration, shape: RampShape = .linear, slip: Slip? = nil, delivers: Draw? = nil,
        correlation: Double? = nil
    ) {
        self.correlation = correlation
        self.slip = slip
        self.delivers = delivers
        self.name = name
        self.generation = generation
        self.size = size
        self.start = start
        self.ramp = ramp
        self.shape = shape
    }

    /// True when a slip or shortfall is a distribution: the simulation draws it per path and
    /// the deterministic views keep the nominal plan.
    public var isUncertain: Bool {
        (slip.map { $0.amount.fixedValue == nil } ?? false) || (delivers.map { $0.fixedValue == nil } ?? false)
    }

    /// The phase as the deterministic views see it: a fixed slip moves its start, a fixed
    /// shortfall scales its size; a distribution is left at the nominal plan.
    public var planned: Phase {
        drawn(slip: slip?.amount.fixedValue, delivers: delivers?.fixedValue)
    }

    /// The phase with a slip (in the slip's unit) and a delivered share drawn: nil keeps the nominal value.
    public func drawn(slip amount: Double?, delivers share: Double?) -> Phase {
        var p = self
        if let amount, let slip, amount != 0 {
            p.start = slip.duration(amount).end(from: start)
        }
        if let share { p.size = size * share }
        p.slip = nil
        p.delivers = nil
        p.correlation = nil
        return p
    }

    /// The day the ramp completes (start + ramp, month-clamped).
    public var end: CivilDate { Swift.max(start, ramp.end(from: start)) }

    /// Watts delivered on `date`: 0 on `start`, `size` from `end` on.
    public func delivered(on date: CivilDate) -> Double {
        if date < start { return 0 }
        let span = start.days(to: end)
        if span <= 0 { return size }
        let x = Double(start.days(to: date)) / Double(span)
        return size * shape.share(x)
    }
}
