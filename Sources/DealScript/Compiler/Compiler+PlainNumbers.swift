// Pure arithmetic on plain numbers compiled to closures that yield a Swift `Double`, so a
// nested expression like `total + xs[i % 10] * 2 - 1` boxes one value instead of one per node.
//
// The closures never throw: any operand that is not a plain number (a unit, a form of its own
// such as `55%`, which `-` keeps, a string, an absent name, an index out of range, a division
// by zero, a result that is not finite: see `Dimension.isPlain` and `NumberRules.plain`)
// makes the result NaN. NaN spreads through the arithmetic, and the caller then evaluates the
// expression again on the general path, which gives the true value or the located error. That is safe because these
// expressions only read names, literals and list items: evaluating them twice has no effect.

/// A plain-number expression: its value, or NaN or an infinity when the general path must decide.
typealias PlainNumberEval = (Frame) -> Double

extension Compiler {
    /// How deep `plainNumber` looks before giving up, so compiling stays linear in the size
    /// of long operator chains.
    static let plainNumberDepth = 32

    /// Whether `e` reads a name or a literal only (no operation worth a plain-number closure).
    static func isLeaf(_ e: Expr) -> Bool {
        switch e.kind {
        case .name, .literal: return true
        default: return false
        }
    }

    /// `e` as a plain-number closure when it is pure arithmetic, else nil.
    func plainNumber(_ e: Expr, depth: Int = Compiler.plainNumberDepth) throws -> PlainNumberEval? {
        if depth == 0 { return nil }
        switch e.kind {
        case .literal(.number(let x, let d)):
            guard d.isPlain else { return nil }
            return { _ in x }
        case .name(let n):
            if let (up, slot) = resolveLocal(n) {
                if up == 0 { return { f in f.plainNumber(slot) } }
                return { f in f.up(up).plainNumber(slot) }
            }
            let g = runtime.globals
            let slot = try runtime.globalSlot(n)
            return { _ in g.plainNumber(slot) }
        case .negate(let x):
            guard let value = try plainNumber(x, depth: depth - 1) else { return nil }
            return { f in -value(f) }
        case .index(let base, let i):
            guard let place = try place(base), let index = try plainNumber(i, depth: depth - 1) else { return nil }
            // The list read where it lies (no reference count each way).
            return { f in
                let k = index(f)
                return Place.plainItem(place.address(f), k)
            }
        case .binary(let op, let a, let b):
            guard let left = try plainNumber(a, depth: depth - 1) else { return nil }
            if case .literal(.number(let y, let dy)) = b.kind {
                guard dy.isPlain else { return nil }
                return Compiler.plainArithmetic(op, left, constant: y)
            }
            guard let right = try plainNumber(b, depth: depth - 1) else { return nil }
            return Compiler.plainArithmetic(op, left, right)
        default:
            return nil
        }
    }

    /// `x op c` for a constant right side, by the number rules; nil for operators that do
    /// not give numbers.
    static func plainArithmetic(_ op: BinaryOperator, _ l: @escaping PlainNumberEval, constant y: Double)
        -> PlainNumberEval?
    {
        switch op {
        case .add: return { f in NumberRules.plain(.add, l(f), y) }
        case .subtract: return { f in NumberRules.plain(.subtract, l(f), y) }
        case .multiply: return { f in NumberRules.plain(.multiply, l(f), y) }
        case .divide: return { f in NumberRules.plain(.divide, l(f), y) }
        case .remainder: return { f in NumberRules.plain(.remainder, l(f), y) }
        default: return nil
        }
    }

    /// `x op y` by the number rules; nil for operators that do not give numbers.
    static func plainArithmetic(_ op: BinaryOperator, _ l: @escaping PlainNumberEval, _ r: @escaping PlainNumberEval)
        -> PlainNumberEval?
    {
        switch op {
        case .add: return { f in NumberRules.plain(.add, l(f), r(f)) }
        case .subtract: return { f in NumberRules.plain(.subtract, l(f), r(f)) }
        case .multiply: return { f in NumberRules.plain(.multiply, l(f), r(f)) }
        case .divide: return { f in NumberRules.plain(.divide, l(f), r(f)) }
        case .remainder: return { f in NumberRules.plain(.remainder, l(f), r(f)) }
        default: return nil
        }
    }

    /// An arithmetic expression worth a plain-number closure: not a single operation on two
    /// names or literals (the shape-specialised operators already handle those inline).
    func plainNumberCandidate(_ e: Expr) throws -> PlainNumberEval? {
        guard !plainNumbersOff else { return nil }
        switch e.kind {
        case .binary(let op, let a, let b):
            guard !Compiler.isComparison(op), !(Compiler.isLeaf(a) && Compiler.isLeaf(b)) else { return nil }
        case .index(let base, let i):
            guard Compiler.isLeaf(base), !Compiler.isLeaf(i) else { return nil }
        default:
            return nil
        }
        return try plainNumber(e)
    }

    /// Compiles `body` with plain-number closures off: the fallback of one that already
    /// covers the whole expression needs none of its own (and compiling stays linear).
    func withPlainNumbersOff<T>(_ body: () throws -> T) rethrows -> T {
        let saved = plainNumbersOff
        plainNumbersOff = true
        defer { plainNumbersOff = saved }
        return try body()
    }
}
