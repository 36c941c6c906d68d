// Deterministic price paths for inspection (`vesting`, `timeline`, `plot`): one what-if story.
import CivilTime

/// A dated price.
public struct PricePoint: Hashable, Sendable {
    public var date: CivilDate
    public var price: Double
    public init(date: CivilDate, price: Double) {
        self.date = date
        self.price = price
    }
}

/// `price path constant|linear|growth|points|closes|csv ...`: the close on any trading day.
public indirect enum PricePath: Hashable, Sendable {
    /// The same close every day.
    case constant(Double)
    /// A straight line in calendar days from (`from`, `start`) to (`to`, `end`); flat outside.
    case linear(from: Double, start: CivilDate, to: Double, end: CivilDate)
    /// p0 × (1 + rate)^(n / 252), n = trading days after `start` up to the day: a year of
    /// trading days grows by `rate`. Flat at p0 on and before `start`.
    case growth(from: Double, start: CivilDate, rate: Double)
    /// Points joined linearly in calendar days; flat before the first and after the last.
    case points([PricePoint])
    /// Market closes (from a CSV): the last close holds until the next row and after the
    /// last one. There is no price before the first row: market data is not invented.
    case closes([PricePoint])
    /// `price path extend ...`: the path up to its last date, then a projection from its last close.
    case extended(PricePath, PriceExtension)

    /// The close on `date`; NaN ("no price") before a path of market closes begins.
    public func close(on date: CivilDate, calendar: TradingCalendar = .nyse) -> Double {
        switch self {
        case .constant(let p):
            return p
        case let .linear(p0, d0, p1, d1):
            return Self.interpolate(PricePoint(date: d0, price: p0), PricePoint(date: d1, price: p1), at: date)
        case let .growth(p0, d0, rate):
            guard date > d0 else { return p0 }
            let n = calendar.tradingDays(from: d0.adding(days: 1), through: date)
            return p0 * Self.compounding(rate: rate, tradingDays: n)
        case .points(let pts):
            guard let first = pts.first, let last = pts.last else { return .nan }
            if date <= first.date { return first.price }
            if date >= last.date { return last.price }
            let i = Self.lastIndex(in: pts, onOrBefore: date)
            return Self.interpolate(pts[i], pts[i + 1], at: date)
        case .closes(let pts):
            guard let first = pts.first, date >= first.date else { return .nan }
            return pts[Self.lastIndex(in: pts, onOrBefore: date)].price
        case let .extended(base, projection):
            guard let end = base.lastDate, date > end else { return base.close(on: date, calendar: calendar) }
            let last = PricePoint(date: end, price: base.close(on: end, calendar: calendar))
            return projection.close(on: date, from: last, calendar: calendar)
        }
    }

    /// The first day the path has a price; nil when it has one on every day (every what-if
    /// form is flat before it starts). Only market closes begin on a day: their first row.
    public var firstPricedDate: CivilDate? {
        switch self {
        case .constant, .linear, .growth, .points: return nil
        case .closes(let p): return p.first?.date
        case .extended(let base, _): return base.firstPricedDate
        }
    }

    /// The day the path's own data ends, where `price path extend` continues it: the last
    /// point or close, the end of a linear path or of a linear extension. nil for paths
    /// that go on by themselves (constant, growth, an extension by growth or constant).
    public var lastDate: CivilDate? {
        switch self {
        case .constant, .growth: return nil
        case .linear(_, _, _, let end): return end
        case .points(let p), .closes(let p): return p.last?.date
        case .extended(_, .linear(_, let until)): return until
        case .extended: return nil
        }
    }

    /// The first date the path is defined from (nil for a constant).
    public var startDate: CivilDate? {
        switch self {
        case .constant: return nil
        case .linear(_, let d, _, _), .growth(_, let d, _): return d
        case .points(let p), .closes(let p): return p.first?.date
        case .extended(let base, _): return base.startDate
        }
    }

    /// (1 + rate)^(n/252).
    static func compounding(rate: Double, tradingDays n: Int) -> Double {
        rate <= -1 ? 0 : libmPow(1 + rate, Double(n) / 252)
    }

    static func interpolate(_ a: PricePoint, _ b: PricePoint, at date: CivilDate) -> Double {
        let span = a.date.days(to: b.date)
        if span <= 0 || date >= b.date { return date >= b.date ? b.price : a.price }
        if date <= a.date { return a.price }
        let x = Double(a.date.days(to: date)) / Double(span)
        return a.price + (b.price - a.price) * x
    }

    /// Index of the last point dated on or before `date` (points sorted, date ≥ first).
    static func lastIndex(in pts: [PricePoint], onOrBefore date: CivilDate) -> Int {
        var lo = 0
        var hi = pts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if pts[mid].date <= date { lo = mid + 1 } else { hi = mid }
        }
        return Swift.max(0, lo - 1)
    }
}

/// How `price path extend` continues a path after its last date, from its last close.
public enum PriceExtension: Hashable, Sendable {
    /// The last close holds.
    case constant
    /// Grows by `rate` a year, compounded over trading days (as `price path growth`).
    case growth(rate: Double)
    /// A straight line in calendar days to `to` on `until`, flat after.
    case linear(to: Double, until: CivilDate)

    /// The word `price path extend` takes: `constant`, `growth`, `linear`.
    public var form: String {
        switch self {
        case .constant: return "constant"
        case .growth: return "growth"
        case .linear: return "linear"
        }
    }

    /// The close on `date` (after `start.date`) when the path continues from `start`.
    func close(on date: CivilDate, from start: PricePoint, calendar: TradingCalendar) -> Double {
        switch self {
        case .constant:
            return start.price
        case .growth(let rate):
            let path = PricePath.growth(from: start.price, start: start.date, rate: rate)
            return path.close(on: date, calendar: calendar)
        case let .linear(to, until):
            return PricePath.interpolate(start, PricePoint(date: until, price: to), at: date)
        }
    }
}
