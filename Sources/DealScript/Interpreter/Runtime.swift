// The running state shared by compiled code: globals, the step budget, call depth, and the
// command context.
import DealModel

/// State every compiled closure of a session reaches.
final class Runtime {
    /// Global variables by slot; `.absent` until defined.
    var globals: ContiguousArray<Value> = []
    var globalSlots: [String: Int] = [:]
    var globalNames: [String] = []
    let commands: CommandRegistry
    let context: CommandContext
    /// The value a `return` hands to its caller.
    var returnValue: Value = .nil
    /// Steps taken in the current run; checked against `maxSteps` and the interrupt flag.
    var steps = 0
    private var nextCheck = 1024
    var maxSteps: Int
    var depth = 0
    /// Deepest call nesting before a clear "stack overflow" error.
    var maxDepth = 10_000

    init(commands: CommandRegistry, context: CommandContext, maxSteps: Int?) {
        self.commands = commands
        self.context = context
        self.maxSteps = maxSteps ?? Int.max
    }

    /// The slot of a global, created (absent) on first mention.
    func globalSlot(_ name: String) -> Int {
        if let s = globalSlots[name] { return s }
        let s = globals.count
        globals.append(.absent)
        globalSlots[name] = s
        globalNames.append(name)
        return s
    }

    /// Starts a new run: the step budget counts per run.
    func resetSteps() {
        steps = 0
        nextCheck = min(1024, maxSteps)
        depth = 0
    }

    /// Counts one step (loop back-edge or call); cheap unless a check is due.
    @inline(__always) func tick() throws {
        steps &+= 1
        if steps >= nextCheck { try check() }
    }

    private func check() throws {
        if steps >= maxSteps {
            throw ScriptError("step limit reached: more than \(maxSteps) steps (--max-steps)")
        }
        if Interrupt.isRequested { throw ScriptError("interrupted") }
        nextCheck = steps > maxSteps - 1024 ? maxSteps : steps + 1024
    }

    /// Runs a user function on a prepared frame (arguments already in its first slots).
    @inline(__always) func invoke(_ function: ScriptFunction, _ frame: Frame) throws -> Value {
        try tick()
        depth += 1
        defer { depth -= 1 }
        if depth > maxDepth {
            throw ScriptError("stack overflow: recursion deeper than \(maxDepth) calls (in `\(function.name)`)")
        }
        if try function.body(frame) == .returned {
            let v = returnValue
            returnValue = .nil
            return v
        }
        return .nil
    }

    /// Calls any callable value with evaluated arguments (the slow, general path).
    func call(_ callee: Value, positional: [Value], labeled: [String: Value], range: SourceRange) throws -> Value {
        switch callee {
        case .function(let f):
            if !labeled.isEmpty { throw ScriptError("`\(f.name)` takes no labels", range: range) }
            guard positional.count == f.arity else {
                throw ScriptError("`\(f.name)` takes \(f.arity) argument\(f.arity == 1 ? "" : "s"), got \(positional.count)", range: range)
            }
            let frame = Frame.make(count: f.frameSize, parent: f.captured)
            for (i, v) in positional.enumerated() { frame[i] = v }
            return try invoke(f, frame)
        case .command(let c):
            let arguments = try CommandCall.check(c, positional: positional, labeled: labeled, range: range)
            do {
                return try c.run(arguments, context)
            } catch var e as ScriptError {
                if e.range == nil { e.range = range }
                throw e
            }
        default:
            throw ScriptError("cannot call a \(callee.typeName) (\(callee.nested.prefix(40)))", range: range)
        }
    }

    /// Names a "did you mean" may suggest: defined globals and commands.
    var knownNames: [String] {
        globalNames.filter { if case .absent = globals[globalSlots[$0]!] { return false }; return true }
            + commands.names.filter { !$0.contains(" ") }
    }
}
