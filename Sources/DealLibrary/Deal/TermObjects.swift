// The scenario's supply terms as script objects: generations, phases, milestones.
import DealModel
import DealScript

/// A value or nil, as a script value.
func optional<T>(_ x: T?, _ make: (T) -> Value) -> Value { x.map(make) ?? .nil }

/// Fields shared by every model object: a name-ordered list read with `.`, JSON from the same list.
protocol TermObject: ScriptObject {
    /// The object's fields in order (snake_case names).
    var fields: [(String, Value)] { get }
    /// The statement that defines it (`generation MI450 power: 3kW ...`).
    var definition: String { get }
}

extension TermObject {
    var fieldNames: [String] { fields.map(\.0) }
    func field(_ name: String) -> Value? { fields.first { $0.0 == name }?.1 }
    /// The definition, wrapped between words at `width` (a figure is never cut).
    func render(width: Int, color: Bool) -> String { TextTable.wrap(definition, max(width, 1)).joined(separator: "\n") }
    var json: JSONValue { .object([("type", .string(typeName))] + fields.map { ($0.0, $0.1.json) }) }
}

/// `generation("MI450")`: name, shipped, power (all-in per GPU), board, memory, fp8, fp4, price.
final class GenerationObject: TermObject {
    let generation: Generation
    init(_ g: Generation) { generation = g }
    var typeName: String { "generation" }
    var fields: [(String, Value)] {
        let g = generation
        return [
            ("name", .string(g.name)), ("shipped", optional(g.shipped) { .date($0) }),
            ("power", .number(g.power, .watts)), ("board", optional(g.boardPower) { .number($0, .watts) }),
            ("memory", optional(g.memoryBytes) { .number($0, .bytes) }),
            ("fp8", optional(g.fp8) { .number($0, .flops) }), ("fp4", optional(g.fp4) { .number($0, .flops) }),
            ("price", optional(g.price) { .number($0, .dollars) }),
        ]
    }
    var definition: String {
        let g = generation
        var s = "generation \(g.name)"
        if let d = g.shipped { s += " shipped: \(d)" }
        s += " power: \(ScriptLiteral.watts(g.power))"
        if let b = g.boardPower { s += " board: \(ScriptLiteral.watts(b))" }
        if let m = g.memoryBytes { s += " memory: \(ScriptLiteral.bytes(m))" }
        if let f = g.fp8 { s += " fp8: \(ScriptLiteral.flops(f))" }
        if let f = g.fp4 { s += " fp4: \(ScriptLiteral.flops(f))" }
        if let p = g.price { s += " price: \(ScriptLiteral.dollars(p))" }
        return s
    }
}

/// `phase("P1")`: name, gen, size, start, ramp, shape, end.
final class PhaseObject: TermObject {
    let phase: Phase
    init(_ p: Phase) { phase = p }
    var typeName: String { "phase" }
    var fields: [(String, Value)] {
        let p = phase
        return [
            ("name", .string(p.name)), ("gen", .string(p.generation)), ("size", .number(p.size, .watts)),
            ("start", .date(p.start)), ("ramp", .duration(p.ramp)), ("shape", .string(p.shape.rawValue)),
            ("end", .date(p.end)),
        ]
    }
    var definition: String {
        let p = phase
        var s =
            "phase \(p.name) gen: \(p.generation) size: \(ScriptLiteral.watts(p.size)) start: \(p.start) ramp: "
            + "\(ScriptLiteral.duration(p.ramp))"
        if p.shape != .linear { s += " shape: \(p.shape.rawValue)" }
        return s
    }
}

/// A milestone: name, on (nil when not achieved), achieved.
final class MilestoneObject: TermObject {
    let milestone: Milestone
    init(_ m: Milestone) { milestone = m }
    var typeName: String { "milestone" }
    var fields: [(String, Value)] {
        [
            ("name", .string(milestone.name)), ("on", optional(milestone.achieved) { .date($0) }),
            ("achieved", .bool(milestone.achieved != nil)),
        ]
    }
    var definition: String {
        "milestone \(milestone.name)" + (milestone.achieved.map { " on: \($0)" } ?? "")
    }
}
