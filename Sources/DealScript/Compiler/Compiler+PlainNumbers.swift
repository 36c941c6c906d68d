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

extension Value {
    /// The plain number at `p` (see `Dimension.isPlain`), or NaN when `p` holds anything else:
    /// how the plain-number closures read a local or a global.
    @inline(__always) static func plainNumber(at p: UnsafeMutablePointer<Value>) -> Double {
        if case .number(let x, let d) = p.pointee, d.isPlain { return x }
        return .nan
    }
}

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
            // A local or a global where `place` finds it, read as an operand is; else a
            // variable of an enclosing function.
            switch try place(e) {
            case .local(let slot): return { f in PlainLocal(slot: slot).read(f) }
            case .global(let address): return { f in PlainGlobal(address: address).read(f) }
            case nil:
                guard let (up, slot) = resolveLocal(n) else { return nil }
                return { f in f.up(up).plainNumber(slot) }
            }
        case .negate(let x):
            guard let value = try plainNumber(x, depth: depth - 1) else { return nil }
            return { f in -value(f) }
        case .index(let base, let i):
            guard let place = try place(base), let index = try plainOperand(i, depth: depth - 1) else { return nil }
            // The list read where it lies (no reference count each way).
            return Compiler.plainItem(place, index)
        case .binary(let op, let a, let b):
            guard let left = try plainOperand(a, depth: depth - 1), let right = try plainOperand(b, depth: depth - 1)
            else { return nil }
            return Compiler.plainArithmetic(op, left, right)
        default:
            return nil
        }
    }

    /// An operand of plain-number arithmetic by kind: a variable where `place` finds it (read
    /// inline, no closure call), a plain number literal, or any other plain-number expression.
    func plainOperand(_ e: Expr, depth: Int) throws -> PlainOperand? {
        if case .literal(.number(let x, let d)) = e.kind {
            return d.isPlain ? .constant(x) : nil
        }
        if let place = try place(e) { return .place(place) }
        return try plainNumber(e, depth: depth).map { .computed($0) }
    }

    /// Item `index` of the list in `place` as a plain number, the index read by its kind.
    static func plainItem(_ place: Place, _ index: PlainOperand) -> PlainNumberEval {
        func item<I: PlainReader>(_ i: I) -> PlainNumberEval {
            { f in Place.plainItem(place.address(f), i.read(f)) }
        }
        switch index {
        case .place(.local(let slot)): return item(PlainLocal(slot: slot))
        case .place(.global(let address)): return item(PlainGlobal(address: address))
        case .constant(let x): return item(PlainConstant(x: x))
        case .computed(let eval): return item(PlainComputed(eval: eval))
        }
    }

    /// `x op y` by the number rules, with each side read by its kind (a type per kind, so each
    /// closure is specialised, as `Compiler+Specialiser.swift` does for values); nil for
    /// operators that do not give numbers.
    static func plainArithmetic(_ op: BinaryOperator, _ l: PlainOperand, _ r: PlainOperand) -> PlainNumberEval? {
        switch l {
        case .place(.local(let slot)): return plainArithmetic(op, PlainLocal(slot: slot), r)
        case .place(.global(let address)): return plainArithmetic(op, PlainGlobal(address: address), r)
        case .constant(let x): return plainArithmetic(op, PlainConstant(x: x), r)
        case .computed(let eval): return plainArithmetic(op, PlainComputed(eval: eval), r)
        }
    }

    private static func plainArithmetic<L: PlainReader>(_ op: BinaryOperator, _ l: L, _ r: PlainOperand)
        -> PlainNumberEval?
    {
        switch r {
        case .place(.local(let slot)): return plainArithmetic(op, l, PlainLocal(slot: slot))
        case .place(.global(let address)): return plainArithmetic(op, l, PlainGlobal(address: address))
        case .constant(let x): return plainArithmetic(op, l, PlainConstant(x: x))
        case .computed(let eval): return plainArithmetic(op, l, PlainComputed(eval: eval))
        }
    }

    private static func plainArithmetic<L: PlainReader, R: PlainReader>(_ op: BinaryOperator, _ l: L, _ r: R)
        -> PlainNumberEval?
    {
        switch op {
        case .add: return { f in NumberRules.plain(.add, l.read(f), r.read(f)) }
        case .subtract: return { f in NumberRules.plain(.subtract, l.read(f), r.read(f)) }
        case .multiply: return { f in NumberRules.plain(.multiply, l.read(f), r.read(f)) }
        case .divide: return { f in NumberRules.plain(.divide, l.read(f), r.read(f)) }
        case .remainder: return { f in NumberRules.plain(.remainder, l.read(f), r.read(f)) }
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

/// An operand of plain-number arithmetic by kind (see `Compiler.plainOperand`).
enum PlainOperand {
    case place(Place)
    case constant(Double)
    case computed(PlainNumberEval)
}

/// Reads one kind of plain-number operand: its value, or NaN when it is not a plain number.
protocol PlainReader {
    func read(_ f: Frame) -> Double
}

struct PlainLocal: PlainReader {
    let slot: Int
    @inline(__always) func read(_ f: Frame) -> Double { f.plainNumber(slot) }
}

struct PlainGlobal: PlainReader {
    let address: UnsafeMutablePointer<Value>
    @inline(__always) func read(_ f: Frame) -> Double { Value.plainNumber(at: address) }
}

struct PlainConstant: PlainReader {
    let x: Double
    @inline(__always) func read(_ f: Frame) -> Double { x }
}

struct PlainComputed: PlainReader {
    let eval: PlainNumberEval
    @inline(__always) func read(_ f: Frame) -> Double { eval(f) }
}
