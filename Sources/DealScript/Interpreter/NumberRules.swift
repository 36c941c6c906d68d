// The number rules: what each operator does to two numbers, in one table. The reference
// evaluator of the tests, every compiled path and `assert` take their numbers from here, so
// they cannot disagree (they did: NaN `<=` 1 was false in `print` and `if`, true in `assert`).

/// Per operator, the rule on numbers. Fast paths compute `plain` inline on two plain numbers
/// and keep its result only when it is finite; anything else (a unit, a zero divisor, an
/// infinity or a NaN, as operand or result) goes to `apply`, the one place that decides.
/// The check on results (an overflow, a NaN from finite operands) is in `apply` alone.
enum NumberRules {
    /// `x op y` on plain numbers as fast paths compute it: NaN when `apply` must decide
    /// (a zero divisor, a result that is not finite). Comparisons are not arithmetic: NaN.
    @inline(__always) static func plain(_ op: BinaryOperator, _ x: Double, _ y: Double) -> Double {
        let r: Double
        switch op {
        case .add: r = x + y
        case .subtract: r = x - y
        case .multiply: r = x * y
        case .divide: r = y == 0 ? .nan : x / y
        case .remainder: r = remainder(x, y)
        default: return .nan
        }
        return r.isFinite ? r : .nan
    }

    /// `x op y` for a comparison of two numbers of one unit: IEEE order, so NaN is unordered
    /// (every comparison with it is false but `!=`).
    @inline(__always) static func holds(_ op: BinaryOperator, _ x: Double, _ y: Double) -> Bool {
        switch op {
        case .less: return x < y
        case .lessEqual: return x <= y
        case .greater: return x > y
        case .greaterEqual: return x >= y
        case .equal: return x == y
        default: return x != y
        }
    }

    /// `x op y` on two numbers with their units: the value, or the error (a unit mismatch, a
    /// zero divisor, a unit exponent too large, a result that is not finite: `Operators.finite`).
    /// Comparisons give a boolean.
    static func apply(_ op: BinaryOperator, _ x: Double, _ dx: Dimension, _ y: Double, _ dy: Dimension) throws
        -> Value
    {
        let a = Value.number(x, dx)
        let b = Value.number(y, dy)
        switch op {
        case .add:
            guard dx == dy else { throw Operators.mismatch("add", a, b) }
            return .number(try Operators.finite(x + y, a, "+", b), dx.computed)
        case .subtract:
            guard dx == dy else { throw Operators.mismatch("subtract", b, a, "from") }
            return .number(try Operators.finite(x - y, a, "-", b), dx.computed)
        case .multiply:
            guard let d = dx.times(dy) else { throw ScriptError("unit exponent too large") }
            return .number(try Operators.finite(x * y, a, "*", b), d)
        case .divide:
            guard y != 0 else { throw ScriptError("division by zero") }
            guard let d = dx.over(dy) else { throw ScriptError("unit exponent too large") }
            return .number(try Operators.finite(x / y, a, "/", b), d)
        case .remainder:
            guard dx == dy || dy.isNone else { throw Operators.mismatch("take the remainder of", a, b, "by") }
            guard y != 0 else { throw ScriptError("division by zero") }
            return .number(try Operators.finite(remainder(x, y), a, "%", b), dx.computed)
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            guard dx == dy else { throw Operators.mismatch("compare", a, b, "with") }
            return .bool(holds(op, x, y))
        }
    }

    /// `x % y` (sign of `x`, as C's `fmod`); whole numbers take the integer path (much cheaper
    /// than `fmod`; the round trip through Int tells whole numbers without a libm call). NaN
    /// for a zero divisor.
    @inline(__always) static func remainder(_ x: Double, _ y: Double) -> Double {
        guard y != 0 else { return .nan }
        if abs(x) < 9.0e15, abs(y) < 9.0e15 {
            let m = Int(x)
            let n = Int(y)
            // `-0 % 3` and `-3 % 3` keep the sign of zero `fmod` gives.
            if Double(m) == x, Double(n) == y { return x.sign == .minus ? -Double(-m % n) : Double(m % n) }
        }
        return x.truncatingRemainder(dividingBy: y)
    }
}
