// Numbers written back as script literals that read back to the very same Double: the
// shortest round-trip digits, with the most readable unit scale that stays exact.
import CivilTime
import DealModel
import DealScript

/// Script literals for `save`: `1.5GW`, `$203.71`, `26_666_667`, `30%`, every one exact.
enum ExactLiteral {
    /// The shortest decimal that reads back to `x` (Swift's round-trip form), without `.0`,
    /// with `_` between thousands of a whole number: `203.71`, `26_666_667`, `1e-07`.
    static func digits(_ x: Double) -> String {
        var s = "\(x)"
        if s.hasSuffix(".0") { s.removeLast(2) }
        guard !s.contains("e"), !s.contains("."), s.count > 4 else { return s }
        let negative = s.hasPrefix("-")
        return (negative ? "-" : "") + DigitGroups.insert("_", into: negative ? s.dropFirst() : Substring(s))
    }

    /// What the lexer makes of `digits` (underscores are only grouping).
    private static func read(_ text: String) -> Double? {
        Double(text.replacingOccurrences(of: "_", with: ""))
    }

    /// The fewest decimals of `y` whose reading passes `exact` (0.55 × 100 is
    /// 55.00000000000001, but `55` reads back to 0.55 too); nil when none does.
    private static func shortest(_ y: Double, _ exact: (Double) -> Bool) -> String? {
        guard y.isFinite else { return nil }
        var scale = 1.0
        for _ in 0...15 {
            let rounded = (y * scale).rounded() / scale
            let text = digits(rounded)
            if let v = read(text), exact(v) { return text }
            scale *= 10
        }
        let text = digits(y)
        if let v = read(text), exact(v) { return text }
        return nil
    }

    /// `x` with the largest scale not above it whose literal reads back exactly; scales are
    /// (factor, suffix) from small to large, the first being the fallback.
    static func scaled(_ x: Double, _ scales: [(Double, String)]) -> String {
        guard x.isFinite, x != 0 else { return digits(x) + scales[0].1 }
        let fitting = scales.filter { abs(x) >= $0.0 }.reversed() + scales.filter { abs(x) < $0.0 }
        for (factor, suffix) in fitting {
            if let text = shortest(x / factor, { $0 * factor == x }) { return text + suffix }
        }
        return digits(x / scales[0].0) + scales[0].1
    }

    static func watts(_ x: Double) -> String {
        scaled(x, [(1, "W"), (1e3, "kW"), (1e6, "MW"), (1e9, "GW"), (1e12, "TW")])
    }
    static func bytes(_ x: Double) -> String {
        scaled(x, [(1e3, "kB"), (1e6, "MB"), (1e9, "GB"), (1e12, "TB"), (1e15, "PB")])
    }
    static func flops(_ x: Double) -> String { scaled(x, [(1e9, "GF"), (1e12, "TF"), (1e15, "PF"), (1e18, "EF")]) }

    /// `$0.01`, `$203.71`, `$45k`: the lexer reads `$v` + scale as v × scale.
    static func dollars(_ x: Double) -> String {
        let text = scaled(abs(x), [(1, ""), (1e3, "k"), (1e6, "M"), (1e9, "B"), (1e12, "T")])
        return (x < 0 ? "-$" : "$") + text
    }

    /// A share count: `160M` when whole millions, else `26_666_667`.
    static func shares(_ n: Int) -> String {
        if n != 0, n % 1_000_000 == 0 { return digits(Double(n / 1_000_000)) + "M" }
        return digits(Double(n))
    }

    /// A plain fraction as a percent when that reads back exactly (the parser divides by
    /// 100): 0.3 → `30%`; otherwise the plain number.
    static func percent(_ x: Double) -> String {
        if let text = shortest(x * 100, { $0 / 100 == x }) { return text + "%" }
        return digits(x)
    }

    /// `12mo`, `0d`, `1.5y`.
    static func duration(_ d: CalendarDuration) -> String { digits(d.amount) + d.unit.rawValue }
}
