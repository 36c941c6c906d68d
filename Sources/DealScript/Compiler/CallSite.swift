// A compiled call with positional arguments: the object its closure captures, and the
// argument writers that put each argument straight into the callee's frame.

/// What a compiled call with positional arguments needs, in one object: its closure captures
/// this single reference, so calling it loads one pointer (captured as separate values, they
/// were unpacked into arguments on every call, as with `Operation`).
final class CallSite<W: ArgumentWriter> {
    let write: W
    let runtime: Runtime
    let argc: Int
    let callee: Eval
    let values: [CompiledExpression]
    let ranges: ArgumentRanges
    let range: SourceRange
    /// The global the callee names (a call by name of no local).
    let globalSlot: Int

    init(
        _ write: W, _ runtime: Runtime, _ callee: @escaping Eval, _ values: [CompiledExpression],
        _ ranges: ArgumentRanges, _ range: SourceRange, globalSlot: Int
    ) {
        self.write = write
        self.runtime = runtime
        self.argc = values.count
        self.callee = callee
        self.values = values
        self.ranges = ranges
        self.range = range
        self.globalSlot = globalSlot
    }

    /// Calls what the callee evaluates to: a function of the right arity gets its arguments
    /// written straight into its frame, anything else takes `Compiler.callOther`.
    @inline(__always) func call(_ f: Frame) throws -> Value {
        let c = try callee(f)
        if case .function(let fn) = c, fn.arity == argc { return try runtime.invoke(fn, write, of: f) }
        return try Compiler.callOther(runtime, c, values, f, ranges, range)
    }

    /// Calls the function in the global the callee names, read in place (no reference taken).
    @inline(__always) func callGlobal(_ f: Frame) throws -> Value {
        if let fn = runtime.globals.function(globalSlot), fn.arity == argc {
            return try runtime.invoke(fn, write, of: f)
        }
        return try Compiler.callOther(runtime, try callee(f), values, f, ranges, range)
    }
}

/// Writes a call's arguments, evaluated in the caller's frame left to right, into the
/// callee's first slots. A type per count, so each call closure is specialised.
protocol ArgumentWriter {
    func write(_ caller: Frame, into callee: Frame) throws
}

struct NoArguments: ArgumentWriter {
    @inline(__always) func write(_ caller: Frame, into callee: Frame) throws {}
}

struct OneArgument: ArgumentWriter {
    let a0: Eval
    init(_ values: [CompiledExpression]) { a0 = values[0].run }
    @inline(__always) func write(_ caller: Frame, into callee: Frame) throws { callee[0] = try a0(caller) }
}

struct TwoArguments: ArgumentWriter {
    let a0: Eval
    let a1: Eval
    init(_ values: [CompiledExpression]) {
        a0 = values[0].run
        a1 = values[1].run
    }
    @inline(__always) func write(_ caller: Frame, into callee: Frame) throws {
        callee[0] = try a0(caller)
        callee[1] = try a1(caller)
    }
}

struct ArgumentList: ArgumentWriter {
    let values: [CompiledExpression]
    init(_ values: [CompiledExpression]) { self.values = values }
    @inline(__always) func write(_ caller: Frame, into callee: Frame) throws {
        for i in values.indices { callee[i] = try values[i].run(caller) }
    }
}
