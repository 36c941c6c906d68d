// Built-in commands whose commonest case a call by name runs inline, as Lua's `#` is one
// instruction of its machine: `len` of a list and `append` to a list. Any other value goes
// to the command's own body, so errors and every other kind answer as the command does.

/// A built-in command a call by name may run inline (see `Compiler.intrinsicCall`).
enum Intrinsic {
    /// `len(list)`: the list's item count.
    case length
    /// `append(list, value)`: the value added at the end, logged for undo.
    case append
}

extension Compiler {
    /// The inline form of a call by name of an intrinsic command, or `general` (the ordinary
    /// call) when the name is a local, names no intrinsic, or the count differs. The rule a
    /// call by name follows is kept at run time: while a global of the name is defined, or
    /// any command has been registered since this was compiled, the call takes `general`.
    /// (Not an optional closure: one would be reabstracted, a thunk on every call.)
    func intrinsicCall(
        _ calleeExpr: Expr, _ values: [CompiledExpression], _ ranges: ArgumentRanges, _ r: SourceRange,
        general: @escaping Eval
    ) throws -> Eval {
        guard case .name(let n) = calleeExpr.kind, resolveLocal(n) == nil,
            let command = runtime.commands.command(named: n), let kind = command.intrinsic,
            command.directArity == values.count, command.steps <= 1
        else { return general }
        let site = IntrinsicSite(runtime, command, globalSlot: try runtime.globalSlot(n), ranges, r, general)
        switch kind {
        case .length:
            let value = values[0].run
            return { f in
                guard site.holds else { return try site.general(f) }
                let v = try value(f)
                if case .list(let l) = v { return .plain(Double(l.items.count)) }
                return try site.runCommand(v)
            }
        case .append:
            let target = values[0].run
            let value = values[1].run
            return { f in
                guard site.holds else { return try site.general(f) }
                let t = try target(f)
                let v = try value(f)
                guard case .list(let l) = t else { return try site.runCommand(t, v) }
                try site.append(v, to: l, target: t)
                return .nil
            }
        }
    }
}

/// What an intrinsic call needs, in one object its closure captures.
final class IntrinsicSite {
    let runtime: Runtime
    let command: Command
    let globalSlot: Int
    /// The registry's count of registrations when the call was compiled.
    let generation: Int
    let ranges: ArgumentRanges
    let range: SourceRange
    let general: Eval

    init(
        _ runtime: Runtime, _ command: Command, globalSlot: Int, _ ranges: ArgumentRanges, _ range: SourceRange,
        _ general: @escaping Eval
    ) {
        self.runtime = runtime
        self.command = command
        self.globalSlot = globalSlot
        generation = runtime.commands.generation
        self.ranges = ranges
        self.range = range
        self.general = general
    }

    /// Whether the name still means the command this was compiled for: no global of the name
    /// is defined and no command was registered since.
    @inline(__always) var holds: Bool {
        runtime.globals.isAbsent(globalSlot) && runtime.commands.generation == generation
    }

    /// The command's own body for a value the inline form does not take (its checks and errors).
    @inline(never) func runCommand(_ a: Value) throws -> Value {
        try CommandCall.runDirect(command, a, ranges: ranges, range: range, context: runtime.context)
    }

    /// The same for two values, through the command's checks (`append(5, 1)`: its first
    /// parameter wants a list, and the check says so under that argument).
    @inline(never) func runCommand(_ a: Value, _ b: Value) throws -> Value {
        try CommandCall.run(
            command, positional: [a, b], labeled: [:], ranges: ranges, range: range, context: runtime.context)
    }

    /// `append`'s work, its error (a list grown past the limit) placed as the command's is.
    @inline(__always) func append(_ v: Value, to list: ScriptList, target: Value) throws {
        do {
            try list.append(v, log: runtime.undo)
        } catch {
            throw CommandCall.placed(error, range: range) {
                CommandArguments(positional: [target, v], labeled: [:], ranges: ranges, subject: command)
            }
        }
    }
}
