// The oracle of the differential tests: a plain walk of the syntax tree, with no slots, no
// shapes and no fast paths, applying the operators' rules directly. Compiled code must agree
// with it on every value and every error message.
@testable import DealScript

/// Evaluates expressions over named values (the operands of a differential case).
struct ReferenceEvaluator {
    var names: [String: Value]

    func evaluate(_ e: Expr) throws -> Value {
        switch e.kind {
        case .literal(let v):
            return v
        case .name(let n):
            guard let v = names[n] else { throw ScriptError("unknown name `\(n)`") }
            return v
        case .negate(let x):
            return try Operators.negate(try evaluate(x))
        case .not(let x):
            guard case .bool(let b) = try evaluate(x) else { throw ScriptError("`not` needs true or false") }
            return .bool(!b)
        case .and(let a, let b):
            guard case .bool(let x) = try evaluate(a) else {
                throw ScriptError("`and` needs true or false on its left")
            }
            if !x { return .bool(false) }
            guard case .bool(let y) = try evaluate(b) else {
                throw ScriptError("`and` needs true or false on its right")
            }
            return .bool(y)
        case .or(let a, let b):
            guard case .bool(let x) = try evaluate(a) else { throw ScriptError("`or` needs true or false on its left") }
            if x { return .bool(true) }
            guard case .bool(let y) = try evaluate(b) else {
                throw ScriptError("`or` needs true or false on its right")
            }
            return .bool(y)
        case .binary(let op, let a, let b):
            let x = try evaluate(a)
            let y = try evaluate(b)
            return try Operators.apply(op, x, y)
        case .list(let items):
            return .list(ScriptList(try items.map { try evaluate($0) }))
        case .record(let fields):
            return .record(ScriptRecord(try fields.map { ($0.0, try evaluate($0.1)) }))
        default:
            throw ScriptError("the reference evaluator does not evaluate this expression")
        }
    }

    /// The value of `e`, or the error it raises.
    func result(_ e: Expr) -> Result<Value, ScriptError> {
        Result { try evaluate(e) }.mapError { $0 as? ScriptError ?? ScriptError("\($0)") }
    }
}
