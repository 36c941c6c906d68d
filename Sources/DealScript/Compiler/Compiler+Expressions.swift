// Compiling expressions: literals, names, operators (with a fast path for same-unit
// numbers), calls, fields, indexing, list and record literals, function literals.

extension Compiler {
    func expression(_ e: Expr) throws -> Eval {
        let r = e.range
        switch e.kind {
        case .literal(let v):
            return { _ in v }
        case .interpolation(let parts):
            // Closures in `CompiledExpression`s, as in a record literal.
            let compiled: [(String?, CompiledExpression?)] = try parts.map {
                switch $0 {
                case .text(let s): return (s, nil)
                case .expr(let x): return (nil, CompiledExpression(run: try expression(x)))
                }
            }
            return { f in
                var out = ""
                for (text, value) in compiled {
                    if let text { out += text } else if let value { out += try value.run(f).display }
                    _ = try ValueLimits.checked(out)
                }
                try ValueLimits.chargeString(out.utf8.count)
                return .string(out)
            }
        case .name(let name):
            return try self.name(name, r)
        case .convert(let x, let unit):
            return try conversion(x, unit, r)
        case .negate(let x):
            let value = try expression(x)
            return { f in
                let v = try value(f)
                if case .number(let n, let d) = v { return .number(-n, d) }
                do { return try Operators.negate(v) } catch var err as ScriptError {
                    err.range = err.range ?? r
                    throw err
                }
            }
        case .not(let x):
            let value = try expression(x)
            return { f in
                guard case .bool(let b) = try value(f) else { throw ScriptError("`not` needs true or false", range: r) }
                return .bool(!b)
            }
        case .and(let a, let b):
            let left = try expression(a)
            let right = try expression(b)
            return { f in
                guard case .bool(let x) = try left(f) else {
                    throw ScriptError("`and` needs true or false on its left", range: r)
                }
                if !x { return .bool(false) }
                guard case .bool(let y) = try right(f) else {
                    throw ScriptError("`and` needs true or false on its right", range: r)
                }
                return .bool(y)
            }
        case .or(let a, let b):
            let left = try expression(a)
            let right = try expression(b)
            return { f in
                guard case .bool(let x) = try left(f) else {
                    throw ScriptError("`or` needs true or false on its left", range: r)
                }
                if x { return .bool(true) }
                guard case .bool(let y) = try right(f) else {
                    throw ScriptError("`or` needs true or false on its right", range: r)
                }
                return .bool(y)
            }
        case .binary(let op, let a, let b):
            if let plain = try plainNumberCandidate(e) {
                let general = try withPlainNumbersOff { try binary(op, a, b, r) }
                return { f in
                    let x = plain(f)
                    if x.isFinite { return .number(x, .none) }
                    return try general(f)
                }
            }
            return try binary(op, a, b, r)
        case .call(let callee, let arguments):
            return try call(callee, arguments, r)
        case .field(let base, let name):
            let object = try expression(base)
            let guess = FieldGuess()
            if let place = try place(base) {
                // `t.gw` on a variable holding a record: the field read in place.
                return { f in
                    if let v = Place.recordField(place.address(f), name, guess: &guess.index) { return v }
                    return try Compiler.field(try object(f), name, r)
                }
            }
            return { f in
                let o = try object(f)
                if case .record(let rec) = o, let v = rec.value(name, guess: &guess.index) { return v }
                return try Compiler.field(o, name, r)
            }
        case .index(let base, let i):
            if let plain = try plainNumberCandidate(e) {
                let general = try withPlainNumbersOff { try expression(Expr(kind: .index(base, i), range: r)) }
                return { f in
                    let x = plain(f)
                    if x.isFinite { return .number(x, .none) }
                    return try general(f)
                }
            }
            let object = try expression(base)
            let index = try expression(i)
            let guess = FieldGuess()
            let general: Eval = { f in
                let o = try object(f)
                let k = try index(f)
                switch o {
                case .list(let l): return l.items[try Compiler.listIndex(k, count: l.items.count, range: r)]
                case .record(let rec):
                    guard case .string(let key) = k else {
                        throw ScriptError("a record is indexed by a string", range: r)
                    }
                    guard let v = rec.value(key, guess: &guess.index) else {
                        throw Compiler.unknownField(key, rec.keys, r)
                    }
                    return v
                case .string(let s):
                    let chars = Array(s)
                    return .string(String(chars[try Compiler.listIndex(k, count: chars.count, range: r)]))
                default: throw ScriptError("cannot index a \(o.typeName)", range: r)
                }
            }
            if Compiler.isLeaf(i), let place = try place(base) {
                // `xs[i]` on a variable holding a list: the item read in place. The index is a
                // name or a literal, so reading it first cannot change `xs`; anything else (a
                // string, a record, a bad index, an undefined name) takes the general path,
                // which reports it.
                return { f in
                    if case .number(let x, let d) = try index(f), d.isNone,
                        let v = Place.listItem(place.address(f), x)
                    {
                        return v
                    }
                    return try general(f)
                }
            }
            return general
        case .list(let items):
            let compiled = try items.map { CompiledExpression(run: try expression($0)) }
            return { f in .list(ScriptList(try Compiler.evaluate(compiled, f))) }
        case .record(let fields):
            let keys = fields.map(\.0)
            // Each closure in a `CompiledExpression`, never bare in a tuple: a tuple of an array
            // holds its closure at the most general abstraction, and every call of it then goes
            // through two reabstraction thunks (about 37 instructions a field).
            let values = try fields.map { CompiledExpression(run: try expression($0.1)) }
            guard fields.count <= 15 else {
                // A larger record gets the hash table `ScriptRecord.init` sizes with room to spare.
                return { f in .record(ScriptRecord(try zip(keys, values).map { ($0, try $1.run(f)) })) }
            }
            // The parser refused duplicate keys, so the literal's keys are built in as they are.
            return { f in
                let evaluated = try Compiler.evaluate(values, f)
                return .record(ScriptRecord(uniqueKeys: keys, values: evaluated))
            }
        case .function(let decl):
            return try function(decl, selfSlot: nil)
        }
    }

    /// A name: a local slot, else a global slot (falling back to a command of that name).
    func name(_ name: String, _ r: SourceRange) throws -> Eval {
        if let (depth, slot) = resolveLocal(name) {
            switch depth {
            case 0: return { f in f[slot] }
            case 1: return { f in f.parent![slot] }
            default: return { f in f.up(depth)[slot] }
            }
        }
        let slot = try runtime.globalSlot(name)
        let rt = runtime
        let locals = scope.visibleNames
        let cache = CommandCache()
        return { _ in
            let v = rt.globals[slot]
            if case .absent = v {
                if let c = rt.commands.command(named: name, cache: cache) { return .command(c) }
                throw Compiler.unknownName(name, candidates: rt.knownNames + locals, r)
            }
            return v
        }
    }

    /// The values of `values`, evaluated in order into one array reserved at its size. By
    /// index: a `for` loop or `map` over the closures retained and released each one (record
    /// 209M -> 203M instructions); an array made at its size with `repeating:` or uninitialised
    /// went through an unspecialised allocation, about 500 instructions more a literal.
    @inline(__always) static func evaluate(_ values: [CompiledExpression], _ f: Frame) throws -> [Value] {
        var evaluated: [Value] = []
        evaluated.reserveCapacity(values.count)
        for i in values.indices { evaluated.append(try values[i].run(f)) }
        return evaluated
    }

    static func unknownName(_ name: String, candidates: [String], _ r: SourceRange) -> ScriptError {
        var message = "unknown name `\(name)`"
        if let s = Suggestion.closest(to: name, in: candidates) { message += "; did you mean `\(s)`?" }
        return ScriptError(message, range: r)
    }

    static func unknownField(_ name: String, _ fields: [String], _ r: SourceRange) -> ScriptError {
        var message = "unknown field `\(name)`"
        if let s = Suggestion.closest(to: name, in: fields) {
            message += "; did you mean `\(s)`?"
        } else if !fields.isEmpty {
            message += " (fields: \(fields.joined(separator: ", ")))"
        }
        return ScriptError(message, range: r)
    }

    static func field(_ o: Value, _ name: String, _ r: SourceRange) throws -> Value {
        switch o {
        case .record(let rec):
            guard let v = rec[name] else { throw unknownField(name, rec.keys, r) }
            return v
        case .object(let obj):
            guard let v = obj.field(name) else { throw unknownField(name, obj.fieldNames, r) }
            return v
        case .date(let d):
            switch name {
            case "year": return .plain(Double(d.year))
            case "month": return .plain(Double(d.month))
            case "day": return .plain(Double(d.day))
            default: throw unknownField(name, ["year", "month", "day"], r)
            }
        case .duration(let u):
            switch name {
            case "amount": return .plain(u.amount)
            case "unit": return .string(u.unit.rawValue)
            default: throw unknownField(name, ["amount", "unit"], r)
            }
        case .list(let l):
            if name == "length" { return .plain(Double(l.items.count)) }
            throw unknownField(name, ["length"], r)
        default:
            throw ScriptError("a \(o.typeName) has no fields (`.\(name)`)", range: r)
        }
    }

    private func call(_ calleeExpr: Expr, _ arguments: [Argument], _ r: SourceRange) throws -> Eval {
        let callee = try expression(calleeExpr)
        let rt = runtime
        let ranges = ArgumentRanges(arguments)
        let hasLabels = arguments.contains { $0.label != nil }
        // A constant array: a captured `var` would be boxed and checked for exclusivity on every read.
        let values = try arguments.map { CompiledExpression(run: try expression($0.value)) }
        if !hasLabels {
            // One call path, specialised on how many arguments it writes (as operators are on
            // their operator type): the writes are inline, with no closure call between.
            let general: Eval
            switch values.count {
            case 0: general = try positionalCall(NoArguments(), callee, calleeExpr, values, ranges, r)
            case 1: general = try positionalCall(OneArgument(values), callee, calleeExpr, values, ranges, r)
            case 2: general = try positionalCall(TwoArguments(values), callee, calleeExpr, values, ranges, r)
            default: general = try positionalCall(ArgumentList(values), callee, calleeExpr, values, ranges, r)
            }
            return try intrinsicCall(calleeExpr, values, ranges, r, general: general)
        }
        let labels = arguments.map(\.label)
        var seen: Set<String> = []
        for a in arguments {
            if let l = a.label, !seen.insert(l).inserted { throw syntaxError("label `\(l):` given twice", a.range) }
        }
        return { f in
            let c = try callee(f)
            var positional: [Value] = []
            var labeled: [String: Value] = [:]
            for (label, value) in zip(labels, values) {
                let v = try value.run(f)
                if let label { labeled[label] = v } else { positional.append(v) }
            }
            return try rt.call(c, positional: positional, labeled: labeled, range: r, ranges: ranges)
        }
    }

    /// A call with positional arguments only: a global function called by name reads its slot
    /// in place (and a self-call takes no reference); any function of the right arity gets its
    /// arguments written straight into its frame; everything else takes the general call.
    private func positionalCall<W: ArgumentWriter>(
        _ write: W, _ callee: @escaping Eval, _ calleeExpr: Expr, _ values: [CompiledExpression],
        _ ranges: ArgumentRanges, _ r: SourceRange
    ) throws -> Eval {
        guard case .name(let n) = calleeExpr.kind, resolveLocal(n) == nil else {
            let site = CallSite(write, runtime, callee, values, ranges, r, global: nil)
            return { f in try site.call(f) }
        }
        let site = CallSite(write, runtime, callee, values, ranges, r, global: (n, try runtime.globalSlot(n)))
        guard n == scope.functionName else { return { f in try site.callGlobal(f) } }
        return { f in
            if let me = f.owner, site.runtime.globals.holds(me, at: site.globalSlot) {
                // The running function calls itself: whoever started this call keeps it
                // alive until it returns, so the nested call needs no reference of its own.
                return try me._withUnsafeGuaranteedRef { fn in
                    fn.arity == site.argc
                        ? try site.runtime.invoke(fn, site.write, of: f) : try site.callGlobalOutOfLine(f)
                }
            }
            return try site.callGlobalOutOfLine(f)
        }
    }

    /// Calls what is not a user function of the right arity: a command goes to `callCommand`;
    /// anything else, for its error, takes `Runtime.call`.
    @inline(__always) static func callOther(
        _ rt: Runtime, _ callee: Value, _ values: [CompiledExpression], _ f: Frame, _ ranges: ArgumentRanges,
        _ r: SourceRange
    ) throws -> Value {
        if case .command(let c) = callee { return try callCommand(rt, c, values, f, ranges, r) }
        return try rt.call(callee, positional: try evaluate(values, f), labeled: [:], range: r, ranges: ranges)
    }

    /// Calls a command: one with a direct body for this many values gets them with no argument
    /// array when they fit its parameters (`len(xs)`, `append(out, x)`); any other, and any
    /// misfit for its error, is checked and run by `CommandCall.run`.
    @inline(__always) static func callCommand(
        _ rt: Runtime, _ c: Command, _ values: [CompiledExpression], _ f: Frame, _ ranges: ArgumentRanges,
        _ r: SourceRange
    ) throws -> Value {
        func general(_ positional: [Value]) throws -> Value {
            try CommandCall.run(c, positional: positional, labeled: [:], ranges: ranges, range: r, context: rt.context)
        }
        if c.directArity == values.count {
            switch values.count {
            case 1:
                let a = try values[0].run(f)
                if CommandCall.fits(a, c.positionals[0].kind) {
                    return try CommandCall.runDirect(c, a, ranges: ranges, range: r, context: rt.context)
                }
                return try general([a])
            case 2:
                let a = try values[0].run(f)
                let b = try values[1].run(f)
                if CommandCall.fits(a, c.positionals[0].kind), CommandCall.fits(b, c.positionals[1].kind) {
                    return try CommandCall.runDirect(c, a, b, ranges: ranges, range: r, context: rt.context)
                }
                return try general([a, b])
            default: break
            }
        }
        return try general(try evaluate(values, f))
    }
}

/// What a compiled call with positional arguments needs, in one object: its closure captures
/// this single reference, so calling it loads one pointer (captured as separate values, they
/// were unpacked into arguments on every call, as with `Operation`). It stays in this file
/// with the argument writers: moved to a file of its own, the closures benchmark took 5% more
/// instructions (217 M to 229 M at 30k rounds) from the optimizer's different choices.
final class CallSite<W: ArgumentWriter> {
    let write: W
    let runtime: Runtime
    let argc: Int
    let callee: Eval
    let values: [CompiledExpression]
    let ranges: ArgumentRanges
    let range: SourceRange
    /// The global the callee names (a call by name of no local), and its name.
    let globalSlot: Int
    let globalName: String
    /// The command of that name, while no global of the name is defined.
    let command = CommandCache()

    init(
        _ write: W, _ runtime: Runtime, _ callee: @escaping Eval, _ values: [CompiledExpression],
        _ ranges: ArgumentRanges, _ range: SourceRange, global: (name: String, slot: Int)?
    ) {
        self.write = write
        self.runtime = runtime
        self.argc = values.count
        self.callee = callee
        self.values = values
        self.ranges = ranges
        self.range = range
        globalName = global?.name ?? ""
        globalSlot = global?.slot ?? 0
    }

    /// Calls what the callee evaluates to: a function of the right arity gets its arguments
    /// written straight into its frame, anything else takes `Compiler.callOther`.
    @inline(__always) func call(_ f: Frame) throws -> Value {
        let c = try callee(f)
        if case .function(let fn) = c, fn.arity == argc { return try runtime.invoke(fn, write, of: f) }
        return try Compiler.callOther(runtime, c, values, f, ranges, range)
    }

    /// Calls the function in the global the callee names, read in place (no reference taken),
    /// or the command of that name while no such global is defined (the rule `Compiler.name`
    /// reads names by), with no callee value made.
    @inline(__always) func callGlobal(_ f: Frame) throws -> Value {
        if let fn = runtime.globals.function(globalSlot), fn.arity == argc {
            return try runtime.invoke(fn, write, of: f)
        }
        if runtime.globals.isAbsent(globalSlot), let c = runtime.commands.command(named: globalName, cache: command) {
            return try Compiler.callCommand(runtime, c, values, f, ranges, range)
        }
        return try Compiler.callOther(runtime, try callee(f), values, f, ranges, range)
    }

    /// `callGlobal` as a call of its own, for the self-call's closure: inlined there, it made
    /// the self-call path itself 12 instructions longer (fib 426 -> 438 a call).
    @inline(never) func callGlobalOutOfLine(_ f: Frame) throws -> Value { try callGlobal(f) }
}

/// Writes a call's arguments, evaluated in the caller's frame left to right, into the
/// callee's first slots, which are new or cleared (see `Runtime.invoke`). A type per count,
/// so each call closure is specialised.
protocol ArgumentWriter {
    func write(_ caller: Frame, into callee: Frame) throws
}

struct NoArguments: ArgumentWriter {
    @inline(__always) func write(_ caller: Frame, into callee: Frame) throws {}
}

struct OneArgument: ArgumentWriter {
    let a0: Eval
    init(_ values: [CompiledExpression]) { a0 = values[0].run }
    @inline(__always) func write(_ caller: Frame, into callee: Frame) throws {
        callee.initialize(0, to: try a0(caller))
    }
}

struct TwoArguments: ArgumentWriter {
    let a0: Eval
    let a1: Eval
    init(_ values: [CompiledExpression]) {
        a0 = values[0].run
        a1 = values[1].run
    }
    @inline(__always) func write(_ caller: Frame, into callee: Frame) throws {
        callee.initialize(0, to: try a0(caller))
        callee.initialize(1, to: try a1(caller))
    }
}

struct ArgumentList: ArgumentWriter {
    let values: [CompiledExpression]
    init(_ values: [CompiledExpression]) { self.values = values }
    @inline(__always) func write(_ caller: Frame, into callee: Frame) throws {
        for i in values.indices { callee.initialize(i, to: try values[i].run(caller)) }
    }
}

/// Where a `.name` read site last found its field in a record (see `ScriptRecord.value(_:guess:)`).
final class FieldGuess {
    // Unchecked: only the site's own closure touches it, one read at a time.
    @exclusivity(unchecked) var index = 0
}
