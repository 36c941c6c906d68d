// Fast paths the compiler picks by the shape of an operation: a local or a constant operand
// is read in place, and conditions yield Swift booleans without boxing them as values.

/// An operand whose shape the compiler can exploit.
enum Operand {
    /// A local of the current function, by slot.
    case local(Int)
    /// A global number read in place (`general` reads it with full checks, for errors).
    case global(GlobalStore, Int, general: Eval)
    /// A number literal.
    case constant(Double, Dimension)
    case other(Eval)
}

extension Compiler {
    func operand(_ e: Expr) throws -> Operand {
        switch e.kind {
        case .literal(.number(let x, let d)): return .constant(x, d)
        case .name(let n):
            if let (depth, slot) = resolveLocal(n) {
                if depth == 0 { return .local(slot) }
                return .other(try expression(e))
            }
            let general = try expression(e)
            return .global(runtime.globals, try runtime.globalSlot(n), general: general)
        default: return .other(try expression(e))
        }
    }

    /// The operand as a general closure.
    func eval(_ o: Operand) -> Eval {
        switch o {
        case .local(let slot): return { f in f[slot] }
        case .constant(let x, let d):
            let v = Value.number(x, d)
            return { _ in v }
        case .global(_, _, let general): return general
        case .other(let e): return e
        }
    }

    static func isComparison(_ op: BinaryOperator) -> Bool {
        switch op {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return true
        default: return false
        }
    }

    @inline(__always) static func compareNumbers(_ op: BinaryOperator, _ x: Double, _ y: Double) -> Bool {
        NumberRules.holds(op, x, y)
    }

    /// Arithmetic on two same-dimension numbers by the number rules, or nil when the general
    /// operator must decide (a product or quotient of quantities, a zero divisor, a result
    /// that is not finite).
    @inline(__always) static func arithmetic(_ op: BinaryOperator, _ x: Double, _ y: Double, _ d: Dimension) -> Value? {
        switch op {
        case .add, .subtract: break
        default: guard d.isNone else { return nil }
        }
        let r = NumberRules.plain(op, x, y)
        return r.isNaN ? nil : .number(r, d.computed)
    }

    /// The general operator, with the fault located at `r`.
    static func slow(_ op: BinaryOperator, _ a: Value, _ b: Value, _ r: SourceRange) throws -> Value {
        do { return try Operators.apply(op, a, b) } catch var e as ScriptError {
            if e.range == nil { e.range = r }
            throw e
        }
    }

    /// `a op b` for `+ - * < <= > >= == !=`, specialised on operand shapes.
    func fastBinary(_ op: BinaryOperator, _ a: Expr, _ b: Expr, _ r: SourceRange) throws -> Eval {
        let comparison = Compiler.isComparison(op)
        let left = try operand(a)
        let right = try operand(b)
        switch (left, right) {
        case (.local(let s), .constant(let y, let dy)):
            let rv = Value.number(y, dy)
            return { f in
                if let (x, dx) = f.number(s), dx == dy {
                    if comparison { return .bool(Compiler.compareNumbers(op, x, y)) }
                    if let out = Compiler.arithmetic(op, x, y, dx) { return out }
                }
                return try Compiler.slow(op, f[s], rv, r)
            }
        case (.global(let g, let s, let general), .constant(let y, let dy)):
            let rv = Value.number(y, dy)
            return { f in
                if let (x, dx) = g.number(s), dx == dy {
                    if comparison { return .bool(Compiler.compareNumbers(op, x, y)) }
                    if let out = Compiler.arithmetic(op, x, y, dx) { return out }
                }
                return try Compiler.slow(op, try general(f), rv, r)
            }
        case (.global(let g, let s, let general), .other(let rr)):
            return { f in
                // Left before right, as everywhere: the right side may change the global.
                if let (x, dx) = g.number(s) {
                    let w = try rr(f)
                    if case .number(let y, let dy) = w, dx == dy {
                        if comparison { return .bool(Compiler.compareNumbers(op, x, y)) }
                        if let out = Compiler.arithmetic(op, x, y, dx) { return out }
                    }
                    return try Compiler.slow(op, .number(x, dx), w, r)
                }
                let a = try general(f)
                return try Compiler.slow(op, a, try rr(f), r)
            }
        case (.other(let l), .constant(let y, let dy)):
            let rv = Value.number(y, dy)
            return { f in
                let v = try l(f)
                if case .number(let x, let dx) = v, dx == dy {
                    if comparison { return .bool(Compiler.compareNumbers(op, x, y)) }
                    if let out = Compiler.arithmetic(op, x, y, dx) { return out }
                }
                return try Compiler.slow(op, v, rv, r)
            }
        default:
            let l = eval(left)
            let rr = eval(right)
            // `fib(n - 1) + fib(n - 2)`: one closure per operator, no operator switch inside.
            switch op {
            case .add: return Compiler.valueArithmetic(PlainAdd.self, keepsUnit: true, op, l, rr, r)
            case .subtract: return Compiler.valueArithmetic(PlainSubtract.self, keepsUnit: true, op, l, rr, r)
            case .multiply: return Compiler.valueArithmetic(PlainMultiply.self, keepsUnit: false, op, l, rr, r)
            default: break
            }
            return { f in
                let v = try l(f)
                let w = try rr(f)
                if case .number(let x, let dx) = v, case .number(let y, let dy) = w, dx == dy {
                    if comparison { return .bool(Compiler.compareNumbers(op, x, y)) }
                    if let out = Compiler.arithmetic(op, x, y, dx) { return out }
                }
                return try Compiler.slow(op, v, w, r)
            }
        }
    }

    /// A condition (`if`, `while`) as a Swift boolean; comparisons of numbers skip boxing.
    func test(_ e: Expr, _ what: String) throws -> (Frame) throws -> Bool {
        let r = e.range
        if case .binary(let op, let a, let b) = e.kind, Compiler.isComparison(op),
            let (slot, y) = try slotAndConstant(a, b)
        {
            let general = try withPlainNumbersOff { try test(e, what) }
            return plainSlotComparison(op, slot, y, general: general)
        }
        if !plainNumbersOff, case .binary(let op, let a, let b) = e.kind, Compiler.isComparison(op),
            !(Compiler.isLeaf(a) && Compiler.isLeaf(b)), let l = try plainNumber(a), let rr = try plainNumber(b)
        {
            // Arithmetic on either side: compare plain numbers, else decide on the general path.
            let general = try withPlainNumbersOff { try test(e, what) }
            return { f in
                let x = l(f)
                let y = rr(f)
                if x.isFinite && y.isFinite { return Compiler.compareNumbers(op, x, y) }
                return try general(f)
            }
        }
        if case .binary(let op, let a, let b) = e.kind, Compiler.isComparison(op) {
            let left = try operand(a)
            let right = try operand(b)
            if case .constant(let y, let dy) = right {
                let rv = Value.number(y, dy)
                if case .local(let s) = left {
                    return { f in
                        if let (x, dx) = f.number(s), dx == dy { return Compiler.compareNumbers(op, x, y) }
                        return try Compiler.slow(op, f[s], rv, r).asBool ?? false
                    }
                }
                if case .global(let g, let s, let general) = left {
                    return { f in
                        if let (x, dx) = g.number(s), dx == dy { return Compiler.compareNumbers(op, x, y) }
                        return try Compiler.slow(op, try general(f), rv, r).asBool ?? false
                    }
                }
                let l = eval(left)
                return { f in
                    let v = try l(f)
                    if case .number(let x, let dx) = v, dx == dy { return Compiler.compareNumbers(op, x, y) }
                    return try Compiler.slow(op, v, rv, r).asBool ?? false
                }
            }
            let l = eval(left)
            let rr = eval(right)
            return { f in
                let v = try l(f)
                let w = try rr(f)
                if case .number(let x, let dx) = v, case .number(let y, let dy) = w, dx == dy {
                    return Compiler.compareNumbers(op, x, y)
                }
                return try Compiler.slow(op, v, w, r).asBool ?? false
            }
        }
        let value = try expression(e)
        return { f in
            if case .bool(let b) = try value(f) { return b }
            throw ScriptError("\(what) needs a true/false condition", range: r)
        }
    }

    /// `a op b` on two general operands for `+ - *`: same-unit numbers inline (a product only
    /// of plain numbers), everything else on the general operator.
    private static func valueArithmetic<O: PlainOperation>(
        _: O.Type, keepsUnit: Bool, _ op: BinaryOperator,
        _ l: @escaping Eval, _ rr: @escaping Eval, _ r: SourceRange
    ) -> Eval {
        { f in
            let v = try l(f)
            let w = try rr(f)
            if case .number(let x, let dx) = v, case .number(let y, let dy) = w, dx == dy, keepsUnit || dx.isNone {
                let result = O.apply(x, y)
                if !result.isNaN { return .number(result, dx.computed) }
            }
            return try Compiler.slow(op, v, w, r)
        }
    }
}
