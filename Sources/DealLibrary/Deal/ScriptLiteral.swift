// Model quantities written back as script literals (`2GW`, `$45k`, `26_666_667`), so an
// object's one-line form is a statement that defines it again.
import CivilTime
import DealModel
import DealScript
import Foundation

enum ScriptLiteral {
    /// A number without grouping and without needless decimals: `1.5`, `26666667`.
    static func bare(_ x: Double) -> String {
        guard x.isFinite else { return "\(x)" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        var s = String(format: "%.6f", x)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// A whole number with `_` every three digits: `26_666_667`.
    static func count(_ n: Int) -> String {
        (n < 0 ? "-" : "") + DigitGroups.insert("_", into: String(n.magnitude))
    }

    static func scaled(_ x: Double, _ scales: [(Double, String)]) -> String {
        var pick = scales[0]
        for s in scales where abs(x) >= s.0 { pick = s }
        return bare(x / pick.0) + pick.1
    }

    static func watts(_ x: Double) -> String {
        scaled(x, [(1, "W"), (1e3, "kW"), (1e6, "MW"), (1e9, "GW"), (1e12, "TW")])
    }
    static func bytes(_ x: Double) -> String {
        scaled(x, [(1, "B"), (1e3, "kB"), (1e6, "MB"), (1e9, "GB"), (1e12, "TB"), (1e15, "PB")])
    }
    static func flops(_ x: Double) -> String { scaled(x, [(1e9, "GF"), (1e12, "TF"), (1e15, "PF"), (1e18, "EF")]) }

    /// `$0.01`, `$203.71`, `$45k`, `$1.2M`.
    static func dollars(_ x: Double) -> String {
        let sign = x < 0 ? "-" : ""
        let a = abs(x)
        if a < 1000 { return sign + "$" + bare((a * 100).rounded() / 100) }
        return sign + "$" + scaled(a, [(1e3, "k"), (1e6, "M"), (1e9, "B"), (1e12, "T")])
    }

    /// A plain number as a percent literal: 0.3 → `30%`.
    static func percent(_ x: Double) -> String { bare((x * 100 * 1e6).rounded() / 1e6) + "%" }

    /// `12mo`, `1.5y`.
    static func duration(_ d: CalendarDuration) -> String { bare(d.amount) + d.unit.rawValue }
}
