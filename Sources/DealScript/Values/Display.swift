// How values read on screen: numbers grouped with commas, quantities at a readable scale.
import Foundation

extension Value {
    /// The value as `print` and the REPL show it (strings unquoted at the top level).
    public var display: String {
        if case .string(let s) = self { return s }
        return nested
    }

    /// The value as shown inside a list or record (strings quoted).
    public var nested: String {
        var out = ""
        write(to: &out, depth: 0)
        return out
    }

    /// Appends the nested form to `out`. Lists and records may contain themselves
    /// (`xs[0] = xs`): past a depth, `[...]`; once `out` is longer than the display limit
    /// (a list holding itself twice has 2^64 paths), `...` ends each open list.
    func write(to out: inout String, depth: Int) {
        if depth > 64 {
            out += "[...]"
            return
        }
        switch self {
        case .list(let l):
            out += "["
            for (i, item) in l.items.enumerated() {
                if i > 0 { out += ", " }
                if out.utf8.count >= ValueLimits.displayCharacters {
                    out += "..."
                    break
                }
                item.write(to: &out, depth: depth + 1)
            }
            out += "]"
        case .record(let r):
            if r.keys.isEmpty {
                out += "[:]"
                return
            }
            out += "["
            for (i, (key, value)) in zip(r.keys, r.values).enumerated() {
                if i > 0 { out += ", " }
                if out.utf8.count >= ValueLimits.displayCharacters {
                    out += "..."
                    break
                }
                out += key + ": "
                value.write(to: &out, depth: depth + 1)
            }
            out += "]"
        default:
            out += leaf
        }
    }

    /// A value that holds no others, as shown inside a list or record.
    private var leaf: String {
        switch self {
        case .number(let x, let d): return NumberFormat.quantity(x, d)
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return JSONValue.quote(s)
        case .date(let d): return d.description
        case .duration(let d): return NumberFormat.plain(d.amount, grouped: false) + d.unit.rawValue
        case .list, .record: return nested
        case .function(let f): return "<fn \(f.name)>"
        case .command(let c): return "<command \(c.name)>"
        case .object(let o): return o.render(width: 80, color: false)
        case .nil, .absent: return "nil"
        }
    }
}

/// The display rules for numbers (documented in docs/LANGUAGE.md).
public enum NumberFormat {
    /// Plain numbers: integers grouped (`26,666,667`), others to 2 decimals when at least 1
    /// (`333,333.33`), to 4 significant digits below 1 (`0.55`), scientific past 1e15.
    public static func plain(_ x: Double, grouped: Bool = true) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        let a = abs(x)
        if a == 0 { return "0" }
        if a >= 1e15 || a < 1e-4 { return scientific(x) }
        if x == x.rounded() {
            // Whole numbers without `String(format:)`, which costs a microsecond a call.
            let s = String(Int(x))
            return grouped ? group(s) : s
        }
        if a >= 1 {
            let s = trimmed(String(format: "%.2f", x))
            return grouped ? group(s) : s
        }
        return trimmed(String(format: "%.\(max(0, 3 - Int(floor(log10(a)))))f", x))
    }

    public static func scientific(_ x: Double) -> String {
        let s = String(format: "%.3e", x)  // 1.235e+15
        guard let e = s.firstIndex(of: "e") else { return s }
        let mant = trimmed(String(s[..<e]))
        var exp = String(s[s.index(after: e)...])
        if exp.hasPrefix("+") { exp.removeFirst() }
        let neg = exp.hasPrefix("-")
        if neg { exp.removeFirst() }
        while exp.count > 1, exp.hasPrefix("0") { exp.removeFirst() }
        return mant + "e" + (neg ? "-" : "") + exp
    }

    /// Drops trailing zeros after a decimal point (`1.50` → `1.5`, `2.00` → `2`).
    public static func trimmed(_ s: String) -> String {
        guard s.contains("."), !s.contains("e") else { return s }
        var t = s
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t == "-0" ? "0" : t
    }

    /// Inserts thousands separators into the integer part.
    public static func group(_ s: String) -> String {
        var sign = ""
        var body = Substring(s)
        if body.hasPrefix("-") {
            sign = "-"
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", maxSplits: 1)
        let grouped = DigitGroups.insert(",", into: parts.first ?? "")
        return sign + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }

    static let powerScales: [(Double, String)] = [(1, " W"), (1e3, " kW"), (1e6, " MW"), (1e9, " GW"), (1e12, " TW")]
    static let memoryScales: [(Double, String)] = [
        (1, " B"), (1e3, " kB"), (1e6, " MB"), (1e9, " GB"), (1e12, " TB"), (1e15, " PB"),
    ]
    static let computeScales: [(Double, String)] = [
        (1, " FLOP/s"), (1e9, " GF"), (1e12, " TF"), (1e15, " PF"), (1e18, " EF"),
    ]
    static let moneyScales: [(Double, String)] = [(1e3, "k"), (1e6, "M"), (1e9, "B"), (1e12, "T")]

    /// A number in base units with its dimension, at a readable scale.
    public static func quantity(_ x: Double, _ d: Dimension) -> String {
        if d.shown != 0, Int(d.shown) < ShownUnit.all.count { return ShownUnit.all[Int(d.shown)].format(x) }
        switch d {
        case .none: return plain(x)
        case .watts: return scaled(x, powerScales)
        case .bytes: return scaled(x, memoryScales)
        case .flops: return scaled(x, computeScales)
        case .dollars: return money(x)
        default: return plain(x) + " " + d.symbol
        }
    }

    /// `$203.71`, `$5`, `$45k`, `$13.05B`, `-$5`.
    public static func money(_ x: Double) -> String {
        guard x.isFinite else { return plain(x) + " $" }
        let sign = x < 0 ? "-" : ""
        let a = abs(x)
        if a < 999.995 {
            let cents = (a * 100).rounded()
            let s =
                cents.truncatingRemainder(dividingBy: 100) == 0
                ? String(format: "%.0f", cents / 100) : String(format: "%.2f", cents / 100)
            return sign + "$" + s
        }
        if a >= 1e15 { return sign + "$" + scientific(a) }
        var pick = moneyScales[0]
        for s in moneyScales where a >= s.0 * 0.999995 { pick = s }
        return sign + "$" + plain(a / pick.0) + pick.1
    }

    public static func scaled(_ x: Double, _ scales: [(Double, String)]) -> String {
        guard x.isFinite, x != 0 else { return plain(x) + scales[0].1 }
        let a = abs(x)
        var pick = scales[0]
        for s in scales where a >= s.0 * 0.999995 { pick = s }
        return plain(x / pick.0) + pick.1
    }
}
