// The operands of binary operators, by kind: how the compiler classifies each one (once, at
// compile time) and a reader type per kind, from which the specialiser
// (`Compiler+Specialiser.swift`) derives each operation's closure.

/// An operand by kind, as the compiler classifies it (once, at compile time). A variable is
/// where `Compiler.place` finds it.
enum Operand {
    /// A local of the current function, by slot.
    case local(Int)
    /// A global, read in place at its address (`general` reads it with full checks, for errors).
    case global(UnsafeMutablePointer<Value>, general: Eval)
    /// A number literal.
    case constant(Double, Dimension)
    /// Anything else, evaluated.
    case computed(Eval)
}

/// An operand as a binary operator gets it: a number read in place, or any other value.
enum Loaded {
    case number(Double, Dimension)
    case other(Value)

    @inline(__always) var value: Value {
        switch self {
        case .number(let x, let d): return .number(x, d)
        case .other(let v): return v
        }
    }
}

/// Loads one kind of operand; a type per kind, so each closure is specialised.
protocol OperandReader {
    func load(_ f: Frame) throws -> Loaded
}

struct LocalOperand: OperandReader {
    let slot: Int
    @inline(__always) func load(_ f: Frame) throws -> Loaded {
        if let (x, d) = f.number(slot) { return .number(x, d) }
        return .other(f[slot])
    }
}

struct GlobalOperand: OperandReader {
    let address: UnsafeMutablePointer<Value>
    let general: Eval
    @inline(__always) func load(_ f: Frame) throws -> Loaded {
        if case .number(let x, let d) = address.pointee { return .number(x, d) }
        return .other(try general(f))
    }
}

struct ConstantOperand: OperandReader {
    let x: Double
    let d: Dimension
    @inline(__always) func load(_ f: Frame) throws -> Loaded { .number(x, d) }
}

/// A plain number literal (no unit, shown as computed): its unit check folds at compile time.
struct PlainConstantOperand: OperandReader {
    let x: Double
    @inline(__always) func load(_ f: Frame) throws -> Loaded { .number(x, .none) }
}

struct ComputedOperand: OperandReader {
    let eval: Eval
    @inline(__always) func load(_ f: Frame) throws -> Loaded {
        let v = try eval(f)
        if case .number(let x, let d) = v { return .number(x, d) }
        return .other(v)
    }
}

extension Compiler {
    /// The operand's kind. A captured variable, a field, an item and a call are computed.
    func operand(_ e: Expr) throws -> Operand {
        switch e.kind {
        case .literal(.number(let x, let d)): return .constant(x, d)
        default:
            switch try place(e) {
            case .local(let slot): return .local(slot)
            case .global(let address): return .global(address, general: try expression(e))
            case nil: return .computed(try expression(e))
            }
        }
    }
}
