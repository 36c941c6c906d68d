// JSON for every value kind, with a deterministic key order, for `--json` output.

/// A JSON document. Object keys keep their order.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// Compact JSON text on one line.
    public var text: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let x):
            if !x.isFinite { return "null" }
            if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
            return "\(x)"
        case .string(let s): return JSONValue.quote(s)
        case .array(let a): return "[" + a.map(\.text).joined(separator: ",") + "]"
        case .object(let o): return "{" + o.map { JSONValue.quote($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}

extension Value {
    /// The value as JSON. Plain numbers are JSON numbers; quantities are
    /// `{"value": base-unit number, "unit": "W", "text": "1.5 GW"}`; dates ISO strings;
    /// durations `{"amount": 12, "unit": "mo"}`.
    public var json: JSONValue {
        var budget = ValueLimits.jsonNodes
        return json(depth: 0, budget: &budget)
    }

    /// Past a depth (a list containing itself) or past `budget` nodes (a list holding itself
    /// twice), `null`.
    func json(depth: Int, budget: inout Int) -> JSONValue {
        budget -= 1
        if depth > 64 || budget < 0 { return .null }
        switch self {
        case .number(let x, let d):
            if d.isNone { return .number(x) }
            return .object([("value", .number(x)), ("unit", .string(d.symbol)), ("text", .string(display))])
        case .bool(let b): return .bool(b)
        case .string(let s): return .string(s)
        case .date(let d): return .string(d.description)
        case .duration(let d): return .object([("amount", .number(d.amount)), ("unit", .string(d.unit.rawValue))])
        case .list(let l): return .array(l.items.map { $0.json(depth: depth + 1, budget: &budget) })
        case .record(let r):
            return .object(zip(r.keys, r.values).map { ($0, $1.json(depth: depth + 1, budget: &budget)) })
        case .function(let f): return .object([("function", .string(f.name))])
        case .command(let c): return .object([("command", .string(c.name))])
        case .object(let o): return o.json
        case .nil, .absent: return .null
        }
    }
}
