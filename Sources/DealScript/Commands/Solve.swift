// `solve(f, lo, hi)`: goal-seek as a spreadsheet does. Bisection on [lo, hi] for where a
// function of one quantity changes sign (a number) or flips (a boolean), each evaluation a
// trial whose changes to host state (the scenario) are taken back.

extension CommandRegistry {
    /// Registers `solve`.
    func registerSolve() {
        let help = "finds where f(x) changes sign or flips between lo and hi, by bisection"
        register(
            Command(
                "solve", help: help,
                parameters: [
                    .positional("f", .any, "a function of one value, returning a number or true/false"),
                    .positional("lo", .any, "one end of the bracket, e.g. $300"),
                    .positional("hi", .any, "the other end, in the same unit, e.g. $500"),
                    .labeled(
                        "tolerance", .any,
                        "how close to the answer, in the same unit (default: a millionth of the bracket)"),
                ]
            ) { args, context in
                try Solver(args, context).solve()
            })
    }
}

/// One `solve` call: the function, the bracket and the tolerance, checked.
struct Solver {
    /// What f gave at a point: a number (with its unit) or a boolean.
    enum Reading: Equatable {
        case number(Double, Dimension)
        case flag(Bool)
    }

    /// Evaluations before giving up (bisection halves the bracket each time: 2^-200 is far below any tolerance).
    static let maxSteps = 200

    let function: Value
    let lo: Double
    let hi: Double
    let unit: Dimension
    let tolerance: Double
    let context: CommandContext
    let range: SourceRange

    init(_ args: CommandArguments, _ context: CommandContext) throws {
        self.context = context
        range = args.range(ofPositional: 0) ?? SourceRange(offset: 0, line: 1, column: 1, length: 1)
        function = args.positional[0]
        guard case .function = function else {
            throw args.error(
                "solve needs a function first, like `solve(fn(p) { return p - $400 }, $300, $500)`, "
                    + "got \(function.typeName)", positional: 0)
        }
        guard case .number(let a, let da) = args.positional[1], a.isFinite else {
            throw args.error("solve: lo must be a finite number, got \(args.positional[1].display)", positional: 1)
        }
        guard case .number(let b, let db) = args.positional[2], b.isFinite else {
            throw args.error("solve: hi must be a finite number, got \(args.positional[2].display)", positional: 2)
        }
        guard da == db else {
            throw args.error(
                "solve: lo and hi must be in the same unit, got \(args.positional[1].display) and "
                    + "\(args.positional[2].display)", positional: 2)
        }
        guard a != b else { throw args.error("solve: lo and hi are the same value; give a bracket", positional: 2) }
        (lo, hi, unit) = (a, b, da)
        if let t = args["tolerance"] {
            guard case .number(let x, let dt) = t, x.isFinite, x > 0 else {
                throw args.error("solve tolerance: must be a positive number, got \(t.display)", label: "tolerance")
            }
            guard dt == da else {
                throw args.error(
                    "solve tolerance: must be in the unit of lo and hi, got \(t.display)",
                    label: "tolerance")
            }
            tolerance = x
        } else {
            tolerance = abs(b - a) * 1e-6
        }
    }

    /// The answer, in the unit of lo and hi. For a boolean f, the end of the last bracket where
    /// f gives what it gives at hi (so f holds there as it does at hi); for a number, the
    /// middle of the last bracket.
    func solve() throws -> Value {
        let atLo = try reading(at: lo)
        let atHi = try reading(at: hi)
        switch (atLo, atHi) {
        case (.number(let fa, let ua), .number(let fb, let ub)):
            guard ua == ub else {
                throw ScriptError(
                    "solve: f gives \(show(fa, ua)) at \(show(lo)) but \(show(fb, ub)) at \(show(hi)): "
                        + "units that differ", range: range)
            }
            if fa == 0 { return .number(lo, unit) }
            if fb == 0 { return .number(hi, unit) }
            guard (fa < 0) != (fb < 0) else {
                throw ScriptError(
                    "solve: f does not change sign between \(show(lo)) and \(show(hi)) "
                        + "(\(show(fa, ua)) and \(show(fb, ub))); widen the bracket", range: range)
            }
            return .number(
                try bisect(
                    keepsLo: { r in
                        guard case .number(let x, let u) = r, u == ua else { throw mismatch(r, atLo) }
                        if x == 0 { return nil }
                        return (x < 0) == (fa < 0)
                    }, middle: true), unit)
        case (.flag(let fa), .flag(let fb)):
            guard fa != fb else {
                throw ScriptError(
                    "solve: f is \(fa) at both \(show(lo)) and \(show(hi)); no flip in the bracket",
                    range: range)
            }
            return .number(
                try bisect(
                    keepsLo: { r in
                        guard case .flag(let x) = r else { throw mismatch(r, atLo) }
                        return x == fa
                    }, middle: false), unit)
        default:
            throw ScriptError(
                "solve: f must give numbers or true/false, the same kind at every point; got "
                    + "\(describe(atLo)) at \(show(lo)) and \(describe(atHi)) at \(show(hi))", range: range)
        }
    }

    /// Halves [a, b] (a on lo's side) until it is within the tolerance. `keepsLo(f(m))` says
    /// whether m is on lo's side (nil: m is the answer).
    private func bisect(keepsLo: (Reading) throws -> Bool?, middle: Bool) throws -> Double {
        var a = lo
        var b = hi
        for _ in 0..<Solver.maxSteps where abs(b - a) > tolerance {
            let m = a + (b - a) / 2
            if m == a || m == b { break }  // no double between them
            guard let lower = try keepsLo(try reading(at: m)) else { return m }
            if lower { a = m } else { b = m }
        }
        return middle ? a + (b - a) / 2 : b
    }

    /// f at `x`, run as a trial: changes it makes to host state are taken back.
    private func reading(at x: Double) throws -> Reading {
        let value: Value
        do {
            value = try context.undoing { try context.call(function, [.number(x, unit)], range: range) }
        } catch var e as ScriptError {
            e.message = "solve: f failed at \(show(x)): " + e.message
            throw e
        }
        switch value {
        case .number(let y, let d):
            guard !y.isNaN else { throw ScriptError("solve: f gave no number (NaN) at \(show(x))", range: range) }
            return .number(y, d)
        case .bool(let b):
            return .flag(b)
        default:
            throw ScriptError(
                "solve: f must return a number or true/false, got \(value.typeName) at \(show(x))",
                range: range)
        }
    }

    private func mismatch(_ r: Reading, _ first: Reading) -> ScriptError {
        ScriptError(
            "solve: f gave \(describe(r)) after \(describe(first)): every evaluation must give the same kind "
                + "and unit", range: range)
    }

    private func describe(_ r: Reading) -> String {
        switch r {
        case .number(let x, let d): return show(x, d)
        case .flag(let b): return String(b)
        }
    }

    private func show(_ x: Double) -> String { Value.number(x, unit).display }
    private func show(_ x: Double, _ d: Dimension) -> String { Value.number(x, d).display }
}
