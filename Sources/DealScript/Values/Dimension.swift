// Physical dimensions as small exponent vectors, so unit checks are integer compares.

/// The dimension of a number: exponents of power (W), money (USD), memory (bytes),
/// work (FLOP) and time (seconds). All zero is a plain number.
public struct Dimension: Hashable, Sendable {
    public var power: Int8
    public var money: Int8
    public var memory: Int8
    public var flop: Int8
    public var time: Int8
    /// How the number was written or converted to (`55%`, `-> MW`): an index into
    /// `ShownUnit.all`, 0 for the readable scale. It changes display only: equality and
    /// hashing ignore it, so `55%` is a plain number everywhere else.
    public var shown: UInt8 = 0

    public init(power: Int8 = 0, money: Int8 = 0, memory: Int8 = 0, flop: Int8 = 0, time: Int8 = 0) {
        self.power = power
        self.money = money
        self.memory = memory
        self.flop = flop
        self.time = time
    }

    @inline(__always) public static func == (a: Dimension, b: Dimension) -> Bool {
        a.power == b.power && a.money == b.money && a.memory == b.memory && a.flop == b.flop && a.time == b.time
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(power)
        hasher.combine(money)
        hasher.combine(memory)
        hasher.combine(flop)
        hasher.combine(time)
    }

    /// The dimension of a computed result: arithmetic shows its result at the readable scale.
    @inline(__always) var computed: Dimension {
        var d = self
        d.shown = 0
        return d
    }

    /// The same dimension shown in `unit` (an index into `ShownUnit.all`).
    func shown(as unit: UInt8) -> Dimension {
        var d = self
        d.shown = unit
        return d
    }

    public static let none = Dimension()
    public static let watts = Dimension(power: 1)
    public static let dollars = Dimension(money: 1)
    public static let bytes = Dimension(memory: 1)
    /// Compute rate, FLOP/s.
    public static let flops = Dimension(flop: 1, time: -1)
    public static let seconds = Dimension(time: 1)

    @inline(__always) public var isNone: Bool { self == .none }

    /// No unit and no form of its own (`55%` has one): a number the plain-number closures may
    /// compute with, as every operation they stand for shows such a number the same way.
    @inline(__always) var isPlain: Bool { self == .none && shown == 0 }

    /// The dimension of a product (exponents add); nil when an exponent would overflow.
    func times(_ o: Dimension) -> Dimension? {
        let (a, o1) = power.addingReportingOverflow(o.power)
        let (b, o2) = money.addingReportingOverflow(o.money)
        let (c, o3) = memory.addingReportingOverflow(o.memory)
        let (d, o4) = flop.addingReportingOverflow(o.flop)
        let (e, o5) = time.addingReportingOverflow(o.time)
        if o1 || o2 || o3 || o4 || o5 { return nil }
        return Dimension(power: a, money: b, memory: c, flop: d, time: e)
    }

    /// The dimension of a quotient; nil on overflow.
    func over(_ o: Dimension) -> Dimension? {
        guard o.power != .min, o.money != .min, o.memory != .min, o.flop != .min, o.time != .min else { return nil }
        return times(Dimension(power: -o.power, money: -o.money, memory: -o.memory, flop: -o.flop, time: -o.time))
    }

    /// A short name for messages: `power (W)`, `money ($)`, `plain number`, `W/$`.
    public var describe: String {
        switch self {
        case .none: return "plain number"
        case .watts: return "power (W)"
        case .dollars: return "money ($)"
        case .bytes: return "memory (B)"
        case .flops: return "compute (FLOP/s)"
        case Dimension(flop: 1): return "work (FLOP)"
        case .seconds: return "time (s)"
        default: return "units \(symbol)"
        }
    }

    /// The unit symbol in base units, e.g. `W`, `$/W`, `W*B`.
    public var symbol: String {
        if self == .flops { return "FLOP/s" }
        var num: [String] = []
        var den: [String] = []
        func add(_ name: String, _ e: Int8) {
            if e > 0 { num.append(e == 1 ? name : "\(name)^\(e)") }
            if e < 0 { den.append(e == -1 ? name : "\(name)^\(-Int(e))") }
        }
        add("$", money)
        add("W", power)
        add("B", memory)
        add("FLOP", flop)
        add("s", time)
        let top = num.isEmpty ? "1" : num.joined(separator: "*")
        return den.isEmpty ? top : top + "/" + den.joined(separator: "/")
    }
}

/// What a unit suffix written after a number means: a factor to base units and a dimension.
struct UnitLiteral {
    var factor: Double
    var dimension: Dimension

    /// Suffixes that carry a dimension (scales and durations are handled apart).
    static let table: [String: UnitLiteral] = [
        "W": .init(factor: 1, dimension: .watts), "kW": .init(factor: 1e3, dimension: .watts),
        "MW": .init(factor: 1e6, dimension: .watts), "GW": .init(factor: 1e9, dimension: .watts),
        "TW": .init(factor: 1e12, dimension: .watts),
        "kB": .init(factor: 1e3, dimension: .bytes), "MB": .init(factor: 1e6, dimension: .bytes),
        "GB": .init(factor: 1e9, dimension: .bytes), "TB": .init(factor: 1e12, dimension: .bytes),
        "PB": .init(factor: 1e15, dimension: .bytes),
        "GF": .init(factor: 1e9, dimension: .flops), "TF": .init(factor: 1e12, dimension: .flops),
        "PF": .init(factor: 1e15, dimension: .flops), "EF": .init(factor: 1e18, dimension: .flops),
    ]
}
