// The rule `assert` judges a comparison by, with or without `within`: one function, used by
// the compiled `assert` and by the differential tests' reference.

extension Operators {
    /// Whether `assert x op y [within t]` passes. With no tolerance, the comparison as
    /// everywhere (NaN is unordered: `assert nan <= 1` fails). With one, `==` holds when the
    /// gap |x - y| is within `t`, `!=` when it is not, and an order comparison when it holds
    /// or the gap is within `t`. A tolerance in percent (`within 1%`) is relative to the
    /// larger side, whatever the unit; any other is compared with the gap in its unit.
    static func asserts(_ op: BinaryOperator, _ x: Value, _ y: Value, within t: Value?) throws -> Bool {
        guard let t else { return try holds(op, x, y) }
        let diff = try subtract(x, y)
        let gap: Value
        if case .number(let d, let dim) = diff { gap = .number(abs(d), dim) } else { gap = diff }
        let within: Bool
        if case .number(let share, let td) = t, td.shown == ShownUnit.percent,
            case .number(let a, _) = x, case .number(let b, _) = y, case .number(let g, _) = gap
        {
            within = g <= share * max(abs(a), abs(b))
        } else {
            within = try holds(.lessEqual, gap, t)
        }
        switch op {
        case .equal: return within
        case .notEqual: return !within
        default: return try holds(op, x, y) || within
        }
    }
}
