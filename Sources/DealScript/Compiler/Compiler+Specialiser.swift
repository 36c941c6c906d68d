// The one specialiser of binary operators. `a op b` compiles to a closure derived from the
// kind of each operand (`Operand`: a local, a global, a number literal, anything computed)
// and the operator, each a type, so every combination is its own closure with the reads and
// the number rule inline and no switch on the operator at run time. It builds the value of
// `a op b`, and `if` and `while` on a comparison with the comparison in the statement's own
// closure (a Swift boolean, never boxed). Only operand kinds are special, never a statement's
// shape.

/// A condition (`if`, `while`) compiled to a Swift boolean.
typealias Condition = (Frame) throws -> Bool

/// The compiled test of an `if` or a `while`: a comparison's operands, specialised together
/// with the statement once its body is compiled, or any other condition.
enum CompiledTest {
    case comparison(BinaryOperator, Operand, Operand, SourceRange)
    case general(Condition)
}

/// A binary operator as a type (its value is `op`), so each closure is specialised on it.
protocol OperatorKind { static var op: BinaryOperator { get } }
enum AddOperator: OperatorKind { static var op: BinaryOperator { .add } }
enum SubtractOperator: OperatorKind { static var op: BinaryOperator { .subtract } }
enum MultiplyOperator: OperatorKind { static var op: BinaryOperator { .multiply } }
enum DivideOperator: OperatorKind { static var op: BinaryOperator { .divide } }
enum RemainderOperator: OperatorKind { static var op: BinaryOperator { .remainder } }
enum EqualOperator: OperatorKind { static var op: BinaryOperator { .equal } }
enum NotEqualOperator: OperatorKind { static var op: BinaryOperator { .notEqual } }
enum LessOperator: OperatorKind { static var op: BinaryOperator { .less } }
enum LessEqualOperator: OperatorKind { static var op: BinaryOperator { .lessEqual } }
enum GreaterOperator: OperatorKind { static var op: BinaryOperator { .greater } }
enum GreaterEqualOperator: OperatorKind { static var op: BinaryOperator { .greaterEqual } }

/// A closure the specialiser builds for given operand readers and operator, as a type. The
/// closure comes wrapped in a struct (`CompiledExpression`, `CompiledStatement`): returned
/// bare as an associated type it would be reabstracted, a thunk on every call.
protocol SpecialisedClosure {
    associatedtype Closure
    func make<L: OperandReader, R: OperandReader, O: OperatorKind>(
        _ l: L, _ r: R, _: O.Type, _ fallback: @escaping Fallback
    ) -> Closure
}

/// The general operator on two loaded operands, with the fault located: a closure of its own,
/// so the specialised closure captures only its readers and keeps its fast path lean.
typealias Fallback = (Loaded, Loaded) throws -> Value

/// The readers and fallback of one specialised operation, in one object: its closure captures
/// this single reference, so calling it loads one pointer (captured as separate values, the
/// readers' fields were unpacked into arguments on every call, about 30 instructions).
final class Operation<L: OperandReader, R: OperandReader> {
    let l: L
    let r: R
    let fallback: Fallback
    init(_ l: L, _ r: R, _ fallback: @escaping Fallback) {
        self.l = l
        self.r = r
        self.fallback = fallback
    }
}

/// `l op r` as a value: left then right loaded (the right side may change what the left
/// names, so the left is read first), the inline rule, else the general operator.
struct ValueClosure: SpecialisedClosure {
    func make<L: OperandReader, R: OperandReader, O: OperatorKind>(
        _ l: L, _ r: R, _: O.Type, _ fallback: @escaping Fallback
    ) -> CompiledExpression {
        let operation = Operation(l, r, fallback)
        return CompiledExpression { f in
            let a = try operation.l.load(f)
            let b = try operation.r.load(f)
            if case .number(let x, let dx) = a, case .number(let y, let dy) = b,
                let v = Compiler.inline(O.op, x, dx, y, dy)
            {
                return v
            }
            return try operation.fallback(a, b)
        }
    }
}

extension Operation {
    /// Whether the comparison `O` holds: numbers of one unit compared inline, anything else by
    /// the general operator (which gives a boolean or an error).
    @inline(__always) func holds<O: OperatorKind>(_: O.Type, _ f: Frame) throws -> Bool {
        let a = try l.load(f)
        let b = try r.load(f)
        if case .number(let x, let dx) = a, case .number(let y, let dy) = b, dx == dy {
            return NumberRules.holds(O.op, x, y)
        }
        return try fallback(a, b).asBool ?? false
    }
}

/// `if` on a comparison, the comparison in the statement's own closure.
struct IfClosure: SpecialisedClosure {
    let yes: Exec
    let no: Exec?
    func make<L: OperandReader, R: OperandReader, O: OperatorKind>(
        _ l: L, _ r: R, _: O.Type, _ fallback: @escaping Fallback
    ) -> CompiledStatement {
        let operation = Operation(l, r, fallback)
        let yes = yes
        guard let no else { return CompiledStatement { f in try operation.holds(O.self, f) ? try yes(f) : .next } }
        return CompiledStatement { f in try operation.holds(O.self, f) ? try yes(f) : try no(f) }
    }
}

/// `while` on a comparison, the comparison in the loop's own closure.
struct WhileClosure: SpecialisedClosure {
    let body: Exec
    let runtime: Runtime
    func make<L: OperandReader, R: OperandReader, O: OperatorKind>(
        _ l: L, _ r: R, _: O.Type, _ fallback: @escaping Fallback
    ) -> CompiledStatement {
        let operation = Operation(l, r, fallback)
        let body = body
        let rt = runtime
        return CompiledStatement { f in try WhileClosure.loop(f, rt, body) { try operation.holds(O.self, f) } }
    }

    /// The loop of every `while`, whatever its condition (inlined: `holds` costs no call).
    @inline(__always) static func loop(_ f: Frame, _ rt: Runtime, _ body: Exec, _ holds: () throws -> Bool) throws
        -> Flow
    {
        while try holds() {
            try rt.tick()
            let r = try body(f)
            if r == .breakLoop { break }
            if r == .returned { return r }
        }
        return .next
    }
}

extension Compiler {
    static func isComparison(_ op: BinaryOperator) -> Bool {
        switch op {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return true
        default: return false
        }
    }

    /// `a op b` as a value, specialised on the operands' kinds and the operator.
    func binary(_ op: BinaryOperator, _ a: Expr, _ b: Expr, _ r: SourceRange) throws -> Eval {
        Compiler.specialise(ValueClosure(), op, try operand(a), try operand(b), r).run
    }

    /// The test of an `if` or a `while` (`what` names it in the error), compiled before the
    /// statement's body as it comes first in the source: a comparison's operands, or any other
    /// condition, which must evaluate to true or false.
    func test(_ e: Expr, _ what: String) throws -> CompiledTest {
        let r = e.range
        if case .binary(let op, let a, let b) = e.kind, Compiler.isComparison(op) {
            return .comparison(op, try operand(a), try operand(b), r)
        }
        let value = try expression(e)
        return .general { f in
            if case .bool(let b) = try value(f) { return b }
            throw ScriptError("\(what) needs a true/false condition", range: r)
        }
    }

    /// An `if` or a `while` on `test`: a comparison is specialised into the statement's own
    /// closure (a Swift boolean, never boxed); any other condition goes to `build`.
    static func conditional<B: SpecialisedClosure>(
        _ test: CompiledTest, _ builder: B, _ build: (@escaping Condition) -> Exec
    ) -> Exec where B.Closure == CompiledStatement {
        switch test {
        case .comparison(let op, let left, let right, let range): return specialise(builder, op, left, right, range).run
        case .general(let condition): return build(condition)
        }
    }

    /// The general operator, with the fault located at `r`.
    static func slow(_ op: BinaryOperator, _ a: Value, _ b: Value, _ r: SourceRange) throws -> Value {
        do { return try Operators.apply(op, a, b) } catch var e as ScriptError {
            if e.range == nil { e.range = r }
            throw e
        }
    }

    /// `x op y` on two numbers when the inline rule decides (one unit; a product, quotient or
    /// remainder only of plain numbers; a finite result), else nil for the general operator.
    @inline(__always) static func inline(
        _ op: BinaryOperator, _ x: Double, _ dx: Dimension, _ y: Double, _ dy: Dimension
    ) -> Value? {
        guard dx == dy else { return nil }
        switch op {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            return .bool(NumberRules.holds(op, x, y))
        case .add, .subtract: break
        case .multiply, .divide, .remainder: guard dx.isNone else { return nil }
        }
        let v = NumberRules.plain(op, x, y)
        return v.isNaN ? nil : .number(v, dx.computed)
    }

    // MARK: the specialiser: the one place that turns kinds into types

    /// `B`'s closure for `left op right`, with each operand's reader type and the operator's
    /// type known at compile time. A constant on the left (`2 * x`, rare) is read as computed.
    static func specialise<B: SpecialisedClosure>(
        _ builder: B, _ op: BinaryOperator, _ left: Operand, _ right: Operand, _ range: SourceRange
    ) -> B.Closure {
        let r: Fallback = { a, b in try Compiler.slow(op, a.value, b.value, range) }
        switch left {
        case .local(let slot): return specialise(builder, op, LocalOperand(slot: slot), right, r)
        case .global(let address, let general):
            return specialise(builder, op, GlobalOperand(address: address, general: general), right, r)
        case .constant(let x, let d):
            let v = Value.number(x, d)
            return specialise(builder, op, ComputedOperand(eval: { _ in v }), right, r)
        case .computed(let e): return specialise(builder, op, ComputedOperand(eval: e), right, r)
        }
    }

    private static func specialise<B: SpecialisedClosure, L: OperandReader>(
        _ builder: B, _ op: BinaryOperator, _ l: L, _ right: Operand, _ r: @escaping Fallback
    ) -> B.Closure {
        switch right {
        case .local(let slot): return specialise(builder, op, l, LocalOperand(slot: slot), r)
        case .global(let address, let general):
            return specialise(builder, op, l, GlobalOperand(address: address, general: general), r)
        case .constant(let x, let d) where d.isPlain:
            return specialise(builder, op, l, PlainConstantOperand(x: x), r)
        case .constant(let x, let d): return specialise(builder, op, l, ConstantOperand(x: x, d: d), r)
        case .computed(let e): return specialise(builder, op, l, ComputedOperand(eval: e), r)
        }
    }

    private static func specialise<B: SpecialisedClosure, L: OperandReader, R: OperandReader>(
        _ builder: B, _ op: BinaryOperator, _ l: L, _ rr: R, _ r: @escaping Fallback
    ) -> B.Closure {
        switch op {
        case .add: return builder.make(l, rr, AddOperator.self, r)
        case .subtract: return builder.make(l, rr, SubtractOperator.self, r)
        case .multiply: return builder.make(l, rr, MultiplyOperator.self, r)
        case .divide: return builder.make(l, rr, DivideOperator.self, r)
        case .remainder: return builder.make(l, rr, RemainderOperator.self, r)
        case .equal: return builder.make(l, rr, EqualOperator.self, r)
        case .notEqual: return builder.make(l, rr, NotEqualOperator.self, r)
        case .less: return builder.make(l, rr, LessOperator.self, r)
        case .lessEqual: return builder.make(l, rr, LessEqualOperator.self, r)
        case .greater: return builder.make(l, rr, GreaterOperator.self, r)
        case .greaterEqual: return builder.make(l, rr, GreaterEqualOperator.self, r)
        }
    }
}
