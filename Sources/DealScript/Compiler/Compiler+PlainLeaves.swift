// The commonest operations, `n - 1` and `n < 2`, on a local or global and a constant: one
// closure each, specialised per operator, that reads the slot as a plain number in place and
// falls back to the general closure only when the slot holds something else.

/// An arithmetic operator on plain numbers, as a type so each closure is specialised (its
/// value is `NumberRules.plain`: NaN when the general path must decide).
protocol PlainOperation { static func apply(_ x: Double, _ y: Double) -> Double }
/// A comparison on plain numbers, as a type so each closure is specialised (`NumberRules.holds`).
protocol PlainComparison { static func holds(_ x: Double, _ y: Double) -> Bool }

enum PlainAdd: PlainOperation {
    @inline(__always) static func apply(_ x: Double, _ y: Double) -> Double { NumberRules.plain(.add, x, y) }
}
enum PlainSubtract: PlainOperation {
    @inline(__always) static func apply(_ x: Double, _ y: Double) -> Double { NumberRules.plain(.subtract, x, y) }
}
enum PlainMultiply: PlainOperation {
    @inline(__always) static func apply(_ x: Double, _ y: Double) -> Double { NumberRules.plain(.multiply, x, y) }
}

enum PlainLess: PlainComparison {
    @inline(__always) static func holds(_ x: Double, _ y: Double) -> Bool { NumberRules.holds(.less, x, y) }
}
enum PlainLessEqual: PlainComparison {
    @inline(__always) static func holds(_ x: Double, _ y: Double) -> Bool { NumberRules.holds(.lessEqual, x, y) }
}
enum PlainGreater: PlainComparison {
    @inline(__always) static func holds(_ x: Double, _ y: Double) -> Bool { NumberRules.holds(.greater, x, y) }
}
enum PlainGreaterEqual: PlainComparison {
    @inline(__always) static func holds(_ x: Double, _ y: Double) -> Bool { NumberRules.holds(.greaterEqual, x, y) }
}
enum PlainEqual: PlainComparison {
    @inline(__always) static func holds(_ x: Double, _ y: Double) -> Bool { NumberRules.holds(.equal, x, y) }
}
enum PlainNotEqual: PlainComparison {
    @inline(__always) static func holds(_ x: Double, _ y: Double) -> Bool { NumberRules.holds(.notEqual, x, y) }
}

extension Compiler {
    /// `e` as a slot plus a plain-number constant, when it has that shape (`n - 1`, `i < 10`).
    /// The slot is a `.local` or `.global` operand (see `operand`).
    func slotAndConstant(_ a: Expr, _ b: Expr) throws -> (Operand, Double)? {
        guard !plainNumbersOff, case .name = a.kind, case .literal(.number(let y, let dy)) = b.kind,
            dy.isNone, !y.isNaN
        else { return nil }
        let slot = try operand(a)
        switch slot {
        case .local, .global: return (slot, y)
        case .constant, .other: return nil
        }
    }

    /// `slot op constant` for `+ - *`, with `general` for every other case; nil for other operators.
    func plainSlotArithmetic(_ op: BinaryOperator, _ slot: Operand, _ y: Double, general: @escaping Eval) -> Eval? {
        switch op {
        case .add: return Compiler.plainSlotArithmetic(PlainAdd.self, slot, y, general)
        case .subtract: return Compiler.plainSlotArithmetic(PlainSubtract.self, slot, y, general)
        case .multiply: return Compiler.plainSlotArithmetic(PlainMultiply.self, slot, y, general)
        default: return nil
        }
    }

    private static func plainSlotArithmetic<O: PlainOperation>(
        _: O.Type, _ slot: Operand, _ y: Double, _ general: @escaping Eval
    ) -> Eval {
        switch slot {
        case .local(let s):
            return { f in
                let v = O.apply(f.plainNumber(s), y)
                if v.isFinite { return .number(v, .none) }
                return try general(f)
            }
        case .global(let g, let s, _):
            return { f in
                let v = O.apply(g.plainNumber(s), y)
                if v.isFinite { return .number(v, .none) }
                return try general(f)
            }
        case .constant, .other:
            return general
        }
    }

    /// `slot op constant` for comparisons, with `general` when the slot is not a plain number.
    func plainSlotComparison(
        _ op: BinaryOperator, _ slot: Operand, _ y: Double,
        general: @escaping (Frame) throws -> Bool
    ) -> (Frame) throws -> Bool {
        switch op {
        case .less: return Compiler.plainSlotComparison(PlainLess.self, slot, y, general)
        case .lessEqual: return Compiler.plainSlotComparison(PlainLessEqual.self, slot, y, general)
        case .greater: return Compiler.plainSlotComparison(PlainGreater.self, slot, y, general)
        case .greaterEqual: return Compiler.plainSlotComparison(PlainGreaterEqual.self, slot, y, general)
        case .equal: return Compiler.plainSlotComparison(PlainEqual.self, slot, y, general)
        default: return Compiler.plainSlotComparison(PlainNotEqual.self, slot, y, general)
        }
    }

    private static func plainSlotComparison<C: PlainComparison>(
        _: C.Type, _ slot: Operand, _ y: Double,
        _ general: @escaping (Frame) throws -> Bool
    ) -> (Frame) throws -> Bool {
        switch slot {
        case .local(let s):
            return { f in
                let x = f.plainNumber(s)
                if x.isFinite { return C.holds(x, y) }
                return try general(f)
            }
        case .global(let g, let s, _):
            return { f in
                let x = g.plainNumber(s)
                if x.isFinite { return C.holds(x, y) }
                return try general(f)
            }
        case .constant, .other:
            return general
        }
    }
}

extension Compiler {
    /// The value `return e` leaves, compiled; with its slot when `e` is a local of this function.
    func returnedValue(_ e: Expr) throws -> (Eval, Int?) {
        if case .name(let n) = e.kind, let (up, slot) = resolveLocal(n), up == 0 { return ({ f in f[slot] }, slot) }
        return (try expression(e), nil)
    }

    /// `if local op constant { return value }` as one closure, specialised per comparison.
    func returnIfPlain(
        _ op: BinaryOperator, _ s: Int, _ y: Double, _ general: @escaping (Frame) throws -> Bool,
        _ value: (Eval, Int?), _ returnSlot: Int
    ) -> Exec {
        switch op {
        case .less: return Compiler.returnIfPlain(PlainLess.self, s, y, general, value, returnSlot)
        case .lessEqual: return Compiler.returnIfPlain(PlainLessEqual.self, s, y, general, value, returnSlot)
        case .greater: return Compiler.returnIfPlain(PlainGreater.self, s, y, general, value, returnSlot)
        case .greaterEqual: return Compiler.returnIfPlain(PlainGreaterEqual.self, s, y, general, value, returnSlot)
        case .equal: return Compiler.returnIfPlain(PlainEqual.self, s, y, general, value, returnSlot)
        default: return Compiler.returnIfPlain(PlainNotEqual.self, s, y, general, value, returnSlot)
        }
    }

    private static func returnIfPlain<C: PlainComparison>(
        _: C.Type, _ s: Int, _ y: Double,
        _ general: @escaping (Frame) throws -> Bool,
        _ value: (Eval, Int?), _ returnSlot: Int
    ) -> Exec {
        if let local = value.1 {
            return { f in
                let x = f.plainNumber(s)
                if !x.isFinite ? try general(f) : C.holds(x, y) {
                    f[returnSlot] = f[local]
                    return .returned
                }
                return .next
            }
        }
        let eval = value.0
        return { f in
            let x = f.plainNumber(s)
            if !x.isFinite ? try general(f) : C.holds(x, y) {
                f[returnSlot] = try eval(f)
                return .returned
            }
            return .next
        }
    }
}
