// The compiler: turns statements into Swift closures over frames, with every name resolved
// to a local slot (by depth and index) or a global slot before anything runs.

final class Compiler {
    let runtime: Runtime
    let file: String
    var scope: FunctionScope
    /// True while compiling the general fallback of a plain-number closure.
    var plainNumbersOff = false
    /// Global slots the statement's own top-level code assigns without a check (its loops'
    /// `x = ...`): the session logs them for undo before the statement runs.
    private(set) var globalsLoggedAhead: [Int] = []

    init(runtime: Runtime, file: String) {
        self.runtime = runtime
        self.file = file
        self.scope = FunctionScope(parent: nil, isTop: true)
    }

    var topFrameSize: Int { scope.slotCount }

    func syntaxError(_ message: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(file: file, range: range, kind: .syntax, message: message)
    }

    // MARK: statements

    func block(_ statements: [Statement]) throws -> Exec {
        scope.pushBlock()
        defer { scope.popBlock() }
        return try sequence(statements)
    }

    func sequence(_ statements: [Statement]) throws -> Exec {
        // A constant: a captured `var` would be boxed and checked for exclusivity on every run.
        let compiled = try statements.map { CompiledStatement(run: try statement($0)) }
        switch compiled.count {
        case 0: return { _ in .next }
        case 1: return compiled[0].run
        case 2:
            let a = compiled[0].run
            let b = compiled[1].run
            return { f in
                let r = try a(f)
                if r != .next { return r }
                return try b(f)
            }
        default:
            return { f in
                // By index: `for s in compiled` retained each statement's closure around its run.
                for i in compiled.indices {
                    let r = try compiled[i].run(f)
                    if r != .next { return r }
                }
                return .next
            }
        }
    }

    func statement(_ s: Statement) throws -> Exec {
        let range = s.range
        switch s.kind {
        case .let(let name, let e):
            let value = try expression(e)
            if scope.declaresGlobals {
                let slot = try runtime.globalSlot(name)
                let rt = runtime
                return { f in
                    rt.globals[slot] = try value(f)
                    return .next
                }
            }
            let slot = scope.declare(name)
            return { f in
                f[slot] = try value(f)
                return .next
            }
        case .assign(let target, let e):
            return try assignment(target, e, range)
        case .function(let decl):
            if scope.declaresGlobals {
                let slot = try runtime.globalSlot(decl.name)
                let make = try function(decl, selfSlot: nil)
                let rt = runtime
                return { f in
                    rt.globals[slot] = try make(f)
                    return .next
                }
            }
            let slot = scope.declare(decl.name)
            let make = try function(decl, selfSlot: slot)
            return { f in
                f[slot] = try make(f)
                return .next
            }
        case .return(let e):
            guard let slot = scope.returnSlot else { throw syntaxError("`return` outside a function", range) }
            guard let e else {
                return { f in
                    f[slot] = .nil
                    return .returned
                }
            }
            if case .local(let local)? = try place(e) {
                // `return n`: the local copied across, no closure to read it.
                return { f in
                    f[slot] = f[local]
                    return .returned
                }
            }
            let value = try expression(e)
            return { f in
                f[slot] = try value(f)
                return .returned
            }
        case .if(let c, let then, let otherwise):
            let test = try test(c, "`if`")
            let yes = try block(then)
            let no = try otherwise.map { try block($0) }
            return Compiler.conditional(test, IfClosure(yes: yes, no: no)) { condition in
                if let no { return { f in try condition(f) ? try yes(f) : try no(f) } }
                return { f in try condition(f) ? try yes(f) : .next }
            }
        case .while(let c, let body):
            let test = try test(c, "`while`")
            scope.loopDepth += 1
            let run = try block(body)
            scope.loopDepth -= 1
            let rt = runtime
            return Compiler.conditional(test, WhileClosure(body: run, runtime: rt)) { condition in
                { f in try WhileClosure.loop(f, rt, run) { try condition(f) } }
            }
        case .for(let name, let seq, let body):
            return try forLoop(name, seq, body, range)
        case .break:
            if scope.loopDepth == 0 { throw syntaxError("`break` outside a loop", range) }
            return { _ in .breakLoop }
        case .continue:
            if scope.loopDepth == 0 { throw syntaxError("`continue` outside a loop", range) }
            return { _ in .continueLoop }
        case .assert(let c, let tolerance, let message, let text):
            return try assertion(c, tolerance, message, text, range)
        case .expression(let e, _):
            let value = try expression(e)
            return { f in
                _ = try value(f)
                return .next
            }
        }
    }

    private func forLoop(_ name: String, _ seq: Expr, _ body: [Statement], _ range: SourceRange) throws -> Exec {
        let sequence = try expression(seq)
        scope.pushBlock()
        defer { scope.popBlock() }
        let slot = scope.declare(name)
        scope.loopDepth += 1
        let run = try block(body)
        scope.loopDepth -= 1
        let rt = runtime
        let seqRange = seq.range
        return { f in
            let items: [Value]
            switch try sequence(f) {
            case .list(let l): items = l.items
            case .record(let r): items = r.keys.map { .string($0) }
            case .string(let s): items = s.map { .string(String($0)) }
            case let other: throw ScriptError("cannot loop over a \(other.typeName) (expected a list)", range: seqRange)
            }
            for item in items {
                try rt.tick()
                f[slot] = item
                let r = try run(f)
                if r == .breakLoop { break }
                if r == .returned { return r }
            }
            return .next
        }
    }

    private func assignment(_ target: Expr, _ e: Expr, _ range: SourceRange) throws -> Exec {
        let value = try expression(e)
        switch target.kind {
        case .name(let name):
            // `x = <pure arithmetic>`: stored as a plain number with no boxing in between.
            let plain = plainNumbersOff || Compiler.isLeaf(e) ? nil : try plainNumber(e)
            if let (depth, slot) = resolveLocal(name) {
                if depth == 0, let plain {
                    return { f in
                        let x = plain(f)
                        f[slot] = x.isFinite ? .number(x, .none) : try value(f)
                        return .next
                    }
                }
                if depth == 0 {
                    return { f in
                        f[slot] = try value(f)
                        return .next
                    }
                }
                // A variable of an enclosing function: its frame may be a call of an earlier
                // statement, kept by the closure running now.
                let undo = runtime.undo
                return { f in
                    let v = try value(f)
                    f.up(depth).set(v, at: slot, log: undo)
                    return .next
                }
            }
            let slot = try runtime.globalSlot(name)
            let rt = runtime
            let r = target.range
            let general: Exec = { f in
                let v = try value(f)
                if case .absent = rt.globals[slot] {
                    throw ScriptError("unknown name `\(name)` (define it first with `let \(name) = ...`)", range: r)
                }
                rt.globals[slot] = v
                return .next
            }
            guard let plain else { return general }
            let g = runtime.globals
            if scope.isTop {
                // Code that runs in this statement only: the slot is logged before it starts,
                // so a loop here stores with no check.
                globalsLoggedAhead.append(slot)
                return { f in
                    let x = plain(f)
                    if x.isFinite, g.holdsNumber(slot) {
                        g.overwriteLogged(.number(x, .none), at: slot)
                        return .next
                    }
                    return try general(f)
                }
            }
            return { f in
                // A global holding a number is defined, so only the general path needs the check.
                let x = plain(f)
                if x.isFinite, g.holdsNumber(slot) {
                    g[slot] = .number(x, .none)
                    return .next
                }
                return try general(f)
            }
        case .field(let base, let name):
            let object = try expression(base)
            let r = target.range
            let undo = runtime.undo
            let guess = FieldGuess()
            return { f in
                guard case .record(let rec) = try object(f) else {
                    throw ScriptError("only a record's fields can be assigned", range: r)
                }
                rec.set(name, try value(f), guess: &guess.index, log: undo)
                return .next
            }
        case .index(let base, let indexExpr):
            let object = try expression(base)
            let index = try expression(indexExpr)
            let r = target.range
            let undo = runtime.undo
            let guess = FieldGuess()
            return { f in
                let o = try object(f)
                let i = try index(f)
                switch o {
                case .list(let l):
                    let n = try Compiler.listIndex(i, count: l.items.count, range: r)
                    let v = try value(f)
                    // The value may have shortened the list (`xs[2] = remove(xs, 0)`).
                    guard n < l.items.count else {
                        throw ScriptError("index \(n) out of range for a list of \(l.items.count)", range: r)
                    }
                    l.set(v, at: n, log: undo)
                case .record(let rec):
                    guard case .string(let k) = i else {
                        throw ScriptError("a record is indexed by a string", range: r)
                    }
                    rec.set(k, try value(f), guess: &guess.index, log: undo)
                default:
                    throw ScriptError("cannot assign into a \(o.typeName)", range: r)
                }
                return .next
            }
        default:
            throw syntaxError("cannot assign to this expression", range)
        }
    }

    static func listIndex(_ i: Value, count: Int, range: SourceRange) throws -> Int {
        guard case .number(let x, let d) = i, d.isNone, x == x.rounded(), abs(x) < 1e15 else {
            throw ScriptError("a list index must be a whole number, got \(i.nested)", range: range)
        }
        let n = Int(x)
        guard n >= 0, n < count else {
            throw ScriptError("index \(n) out of range for a list of \(count)", range: range)
        }
        return n
    }

    /// Where a local lives: how many functions out, and its slot.
    func resolveLocal(_ name: String) -> (Int, Int)? {
        var s: FunctionScope? = scope
        var depth = 0
        while let cur = s {
            if let slot = cur.lookup(name) { return (depth, slot) }
            s = cur.parent
            depth += 1
        }
        return nil
    }

    /// Compiles a function declaration into a closure that creates the function value
    /// (capturing the current frame).
    func function(_ decl: FunctionDeclaration, selfSlot: Int?) throws -> (Frame) throws -> Value {
        let outer = scope
        outer.definesFunctions = true
        scope = FunctionScope(parent: outer, isTop: false)
        scope.functionName = decl.name
        defer { scope = outer }
        for (p, _) in decl.parameters { _ = scope.declare(p) }
        scope.returnSlot = scope.declare("")
        let body = try sequence(decl.body)
        let code = FunctionCode(
            name: decl.name, parameterNames: decl.parameters.map(\.0), frameSize: scope.slotCount, body: body,
            framesEscape: scope.definesFunctions)
        if outer.isTop && outer.slotCount == 0 {
            return { _ in .function(ScriptFunction(code, captured: nil)) }
        }
        let undo = runtime.undo
        return { f in
            // Its writes to `f` from a later statement are logged (see `Frame.set(_:at:log:)`).
            f.undoStamp.since = undo.epoch
            return .function(ScriptFunction(code, captured: f))
        }
    }
}
