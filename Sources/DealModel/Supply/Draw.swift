// A phase's delivery risk: a quantity fixed, or drawn per simulated path from a distribution.
import CivilTime

/// `6`, `uniform(0, 12)` or `triangular(0, 3, 12)`, in the unit of the term it belongs to
/// (months of slip, a share of the size delivered).
public enum Draw: Hashable, Sendable, CustomStringConvertible {
    case fixed(Double)
    case uniform(low: Double, high: Double)
    case triangular(low: Double, mode: Double, high: Double)

    /// The value when it is fixed; nil for a distribution (even one of zero width: the
    /// deterministic views then keep the nominal plan, the simulation draws it).
    public var fixedValue: Double? {
        if case .fixed(let x) = self { return x }
        return nil
    }

    /// The lowest and highest values it takes.
    public var range: ClosedRange<Double> {
        switch self {
        case .fixed(let x): return x...x
        case let .uniform(lo, hi): return lo...hi
        case let .triangular(lo, _, hi): return lo...hi
        }
    }

    /// The value at quantile `u` (0 ≤ u < 1): the inverse of the distribution function, so one
    /// uniform draw gives one value, and a zero-width distribution gives its one value exactly.
    public func value(at u: Double) -> Double {
        switch self {
        case .fixed(let x):
            return x
        case let .uniform(lo, hi):
            return lo == hi ? lo : lo + (hi - lo) * u
        case let .triangular(lo, mode, hi):
            guard hi > lo else { return lo }
            let cut = (mode - lo) / (hi - lo)
            if u < cut { return lo + ((hi - lo) * (mode - lo) * u).squareRoot() }
            return hi - ((hi - lo) * (hi - mode) * (1 - u)).squareRoot()
        }
    }

    /// `uniform(0, 12)` with each number written by `number`.
    public func written(_ number: (Double) -> String) -> String {
        switch self {
        case .fixed(let x): return number(x)
        case let .uniform(lo, hi): return "uniform(\(number(lo)), \(number(hi)))"
        case let .triangular(lo, m, hi): return "triangular(\(number(lo)), \(number(m)), \(number(hi)))"
        }
    }

    public var description: String { written { "\($0)" } }
}

/// `slip: 6mo` or `slip: uniform(0mo, 12mo)`: how late a phase starts, in one duration unit.
public struct Slip: Hashable, Sendable {
    public var amount: Draw
    public var unit: CalendarDuration.Unit

    public init(_ amount: Draw, _ unit: CalendarDuration.Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// The slip as a duration, for a drawn amount.
    public func duration(_ amount: Double) -> CalendarDuration { CalendarDuration(amount, unit) }
}
