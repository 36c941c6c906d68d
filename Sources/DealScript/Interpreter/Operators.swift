// Arithmetic and comparison on values, with dimension checks and date arithmetic.
import CivilTime
import Foundation

enum Operators {
    /// The operand's kind in a message, with the unit it displays in: `power (GW)`, `money ($)`.
    static func unitName(_ v: Value) -> String {
        guard case .number(let x, let d) = v else { return v.typeName }
        let scales: [(Double, String)]
        switch d {
        case .watts: scales = NumberFormat.powerScales
        case .bytes: scales = NumberFormat.memoryScales
        case .flops: scales = NumberFormat.computeScales
        default: return d.describe
        }
        let shown = NumberFormat.scaled(x, scales)
        let unit = shown.split(separator: " ").last.map(String.init) ?? d.symbol
        return d.describe.replacingOccurrences(of: "(\(d.symbol))", with: "(\(unit))")
    }

    static func mismatch(_ verb: String, _ a: Value, _ b: Value, _ joiner: String = "and") -> ScriptError {
        ScriptError("cannot \(verb) \(unitName(a)) \(joiner) \(unitName(b))" + missingUnit(a, b))
    }

    /// When one side is a quantity and the other a plain number, the unit the number lacks:
    /// ` (1 has no unit: write 1GW)`.
    static func missingUnit(_ a: Value, _ b: Value) -> String {
        guard case .number(let x, let dx) = a, case .number(let y, let dy) = b, dx.isNone != dy.isNone else {
            return ""
        }
        let (plain, quantity, d) = dx.isNone ? (x, y, dy) : (y, x, dx)
        let shown = NumberFormat.quantity(quantity, d)
        let written = NumberFormat.plain(plain, grouped: false)
        if d == .dollars {
            let scale = shown.last.map(String.init).flatMap { Lexer.scales[$0] != nil ? $0 : nil } ?? ""
            return " (\(written) has no unit: write $\(written)\(scale))"
        }
        guard let unit = shown.split(separator: " ").last, UnitLiteral.table[String(unit)] != nil else { return "" }
        return " (\(written) has no unit: write \(written)\(unit))"
    }

    /// `a op b` on any values: the general operator every compiled path falls back to (and
    /// the reference evaluator of the tests uses). Numbers follow `NumberRules`.
    static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        if case .number(let x, let dx) = a, case .number(let y, let dy) = b {
            return try NumberRules.apply(op, x, dx, y, dy)
        }
        switch op {
        case .add: return try add(a, b)
        case .subtract: return try subtract(a, b)
        case .multiply: return try multiply(a, b)
        case .divide: return try divide(a, b)
        case .remainder: return try remainder(a, b)
        default: return .bool(try holds(op, a, b))
        }
    }

    /// Whether the comparison `a op b` holds: numbers by `NumberRules` (NaN is unordered),
    /// other kinds by `equal` and `compare`.
    static func holds(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Bool {
        if case .number(let x, let dx) = a, case .number(let y, let dy) = b {
            guard case .bool(let result) = try NumberRules.apply(op, x, dx, y, dy) else { return false }
            return result
        }
        switch op {
        case .equal: return try equal(a, b)
        case .notEqual: return !(try equal(a, b))
        case .less: return try compare(a, b) < 0
        case .lessEqual: return try compare(a, b) <= 0
        case .greater: return try compare(a, b) > 0
        default: return try compare(a, b) >= 0
        }
    }

    /// The one rule for numbers: an operation on finite numbers gives a finite number, or fails
    /// naming the operation (`1e308 * 10 overflows`). Fast paths that compute inline send any
    /// result that is not finite here, so `inf` and `nan` never reach a value.
    static func finite(_ result: Double, _ a: Value, _ symbol: String, _ b: Value) throws -> Double {
        guard result.isFinite else {
            let what = result.isNaN ? "has no numeric value" : "overflows"
            throw ScriptError("\(a.display) \(symbol) \(b.display) \(what)")
        }
        return result
    }

    /// The same rule for a function of one number (`exp(1000) overflows`).
    static func finite(_ result: Double, _ function: String, _ x: Double) throws -> Double {
        guard result.isFinite else {
            let what = result.isNaN ? "has no numeric value" : "overflows"
            throw ScriptError("\(function)(\(Value.plain(x).display)) \(what)")
        }
        return result
    }

    /// `a + b` beyond the fast number path.
    static func add(_ a: Value, _ b: Value) throws -> Value {
        switch (a, b) {
        case (.number(let x, let dx), .number(let y, let dy)):
            return try NumberRules.apply(.add, x, dx, y, dy)
        case (.string(let x), _):
            let text = try ValueLimits.checked(x + b.display)
            try ValueLimits.chargeString(text.utf8.count)
            return .string(text)
        case (_, .string(let y)) where !isNumberLike(a):
            let text = try ValueLimits.checked(a.display + y)
            try ValueLimits.chargeString(text.utf8.count)
            return .string(text)
        case (.date(let d), .duration(let u)): return .date(try shift(d, u, sign: 1))
        case (.duration(let u), .date(let d)): return .date(try shift(d, u, sign: 1))
        case (.duration(let u), .duration(let v)):
            return .duration(try finiteDuration(try combine(u, v, sign: 1), a, "+", b))
        case (.list(let x), .list(let y)):
            try ValueLimits.checkListCount(x.items.count + y.items.count)
            try ValueLimits.chargeList(x.items.count + y.items.count)
            return .list(ScriptList(x.items + y.items))
        default: throw mismatch("add", a, b)
        }
    }

    private static func isNumberLike(_ v: Value) -> Bool {
        if case .number = v { return true }
        return false
    }

    static func subtract(_ a: Value, _ b: Value) throws -> Value {
        switch (a, b) {
        case (.number(let x, let dx), .number(let y, let dy)):
            return try NumberRules.apply(.subtract, x, dx, y, dy)
        case (.date(let d), .duration(let u)): return .date(try shift(d, u, sign: -1))
        case (.date(let d), .date(let e)): return .duration(CalendarDuration(Double(e.days(to: d)), .days))
        case (.duration(let u), .duration(let v)):
            return .duration(try finiteDuration(try combine(u, v, sign: -1), a, "-", b))
        default: throw mismatch("subtract", b, a, "from")
        }
    }

    static func multiply(_ a: Value, _ b: Value) throws -> Value {
        switch (a, b) {
        case (.number(let x, let dx), .number(let y, let dy)):
            return try NumberRules.apply(.multiply, x, dx, y, dy)
        case (.duration(let u), .number(let y, let dy)) where dy.isNone:
            return .duration(CalendarDuration(try finite(u.amount * y, a, "*", b), u.unit))
        case (.number(let x, let dx), .duration(let u)) where dx.isNone:
            return .duration(CalendarDuration(try finite(u.amount * x, a, "*", b), u.unit))
        default: throw mismatch("multiply", a, b, "by")
        }
    }

    static func divide(_ a: Value, _ b: Value) throws -> Value {
        switch (a, b) {
        case (.number(let x, let dx), .number(let y, let dy)):
            return try NumberRules.apply(.divide, x, dx, y, dy)
        case (.duration(let u), .number(let y, let dy)) where dy.isNone:
            guard y != 0 else { throw ScriptError("division by zero") }
            return .duration(CalendarDuration(try finite(u.amount / y, a, "/", b), u.unit))
        case (.duration(let u), .duration(let v)):
            guard let (x, y) = commensurate(u, v) else {
                throw ScriptError("cannot divide \(u.unit.rawValue) by \(v.unit.rawValue): not convertible")
            }
            guard y != 0 else { throw ScriptError("division by zero") }
            return .plain(try finite(x / y, a, "/", b))
        default: throw mismatch("divide", a, b, "by")
        }
    }

    static func remainder(_ a: Value, _ b: Value) throws -> Value {
        guard case .number(let x, let dx) = a, case .number(let y, let dy) = b else {
            throw mismatch("take the remainder of", a, b, "by")
        }
        return try NumberRules.apply(.remainder, x, dx, y, dy)
    }

    static func negate(_ a: Value) throws -> Value {
        switch a {
        case .number(let x, let d): return .number(-x, d)
        case .duration(let u): return .duration(CalendarDuration(-u.amount, u.unit))
        default: throw ScriptError("cannot negate a \(a.typeName)")
        }
    }

    private static func finiteDuration(_ u: CalendarDuration, _ a: Value, _ symbol: String, _ b: Value) throws
        -> CalendarDuration
    {
        _ = try finite(u.amount, a, symbol, b)
        return u
    }

    /// Both durations in one unit when they convert exactly (d/w, mo/y); nil otherwise.
    static func commensurate(_ u: CalendarDuration, _ v: CalendarDuration) -> (Double, Double)? {
        if u.unit == v.unit { return (u.amount, v.amount) }
        func days(_ d: CalendarDuration) -> Double? {
            d.unit == .days ? d.amount : d.unit == .weeks ? d.amount * 7 : nil
        }
        func months(_ d: CalendarDuration) -> Double? {
            d.unit == .months ? d.amount : d.unit == .years ? d.amount * 12 : nil
        }
        if let a = days(u), let b = days(v) { return (a, b) }
        if let a = months(u), let b = months(v) { return (a, b) }
        return nil
    }

    static func combine(_ u: CalendarDuration, _ v: CalendarDuration, sign: Double) throws -> CalendarDuration {
        if u.unit == v.unit { return CalendarDuration(u.amount + sign * v.amount, u.unit) }
        guard let (a, b) = commensurate(u, v) else {
            throw ScriptError("cannot combine \(u.unit.rawValue) and \(v.unit.rawValue): they do not convert exactly")
        }
        let unit: CalendarDuration.Unit = (u.unit == .days || u.unit == .weeks) ? .days : .months
        return CalendarDuration(a + sign * b, unit)
    }

    /// Moves a date by a duration: months clamp to the month's end, `td` counts the session's trading days.
    static func shift(_ d: CivilDate, _ u: CalendarDuration, sign: Int) throws -> CivilDate {
        guard u.amount == u.amount.rounded() else {
            throw ScriptError("cannot move a date by a fractional duration (\(Value.duration(u).display))")
        }
        guard abs(u.amount) <= 1_000_000 else { throw ScriptError("duration too large to move a date by") }
        let n = Int(u.amount) * sign
        switch u.unit {
        case .days: return d.adding(days: n)
        case .weeks: return d.adding(days: 7 * n)
        case .months: return d.adding(months: n)
        case .years: return d.adding(months: 12 * n)
        case .tradingDays:
            guard abs(n) <= 100_000 else { throw ScriptError("too many trading days to move a date by") }
            // The calendar walks the days one by one.
            if abs(n) >= 1024 {
                try StepMeter.charge(
                    Double(abs(n)), "moving a date by \(NumberFormat.plain(Double(abs(n)))) trading days")
            }
            return try SessionCalendar.advance(d, tradingDays: n)
        }
    }

    /// Ordering for `min`, `max` and the comparisons of kinds other than numbers: -1, 0 or 1;
    /// an error for values that do not compare. (A comparison of numbers is `holds`: NaN is
    /// unordered, which no -1, 0 or 1 says.)
    static func compare(_ a: Value, _ b: Value) throws -> Int {
        switch (a, b) {
        case (.number(let x, let dx), .number(let y, let dy)):
            guard dx == dy else { throw mismatch("compare", a, b, "with") }
            return x < y ? -1 : (x > y ? 1 : 0)
        case (.date(let x), .date(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.string(let x), .string(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.duration(let u), .duration(let v)):
            guard let (x, y) = commensurate(u, v) else {
                throw ScriptError(
                    "cannot compare \(u.unit.rawValue) with \(v.unit.rawValue): they do not convert exactly")
            }
            return x < y ? -1 : (x > y ? 1 : 0)
        default: throw mismatch("compare", a, b, "with")
        }
    }

    /// Equality for `==`: numbers must share a unit; other kinds compare by value.
    static func equal(_ a: Value, _ b: Value) throws -> Bool {
        var pairs = ValueLimits.comparedPairs
        return try equal(a, b, depth: 0, pairs: &pairs)
    }

    /// `pairs` bounds the work: lists sharing items (`l = [l, l]`) have exponentially many paths.
    static func equal(_ a: Value, _ b: Value, depth: Int, pairs: inout Int) throws -> Bool {
        if depth > 64 { throw ScriptError("values nested too deeply to compare") }
        pairs -= 1
        if pairs < 0 { throw ScriptError("values too large to compare") }
        // Long comparisons count against --max-steps as they go: a step a pair.
        if pairs & 1023 == 0 { try StepMeter.charge(1024, "comparing values of more than 1,024 items") }
        switch (a, b) {
        case (.number(let x, let dx), .number(let y, let dy)):
            return try NumberRules.apply(.equal, x, dx, y, dy).asBool ?? false
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.date(let x), .date(let y)): return x == y
        case (.duration, .duration): return try compare(a, b) == 0
        case (.list(let x), .list(let y)):
            guard x.items.count == y.items.count else { return false }
            for (p, q) in zip(x.items, y.items) where !(try equal(p, q, depth: depth + 1, pairs: &pairs)) {
                return false
            }
            return true
        case (.record(let x), .record(let y)):
            guard x.keys == y.keys else { return false }
            for (p, q) in zip(x.values, y.values) where !(try equal(p, q, depth: depth + 1, pairs: &pairs)) {
                return false
            }
            return true
        case (.function(let x), .function(let y)): return x === y
        case (.command(let x), .command(let y)): return x === y
        case (.object(let x), .object(let y)): return x === y
        case (.nil, .nil): return true
        default: return false
        }
    }
}
