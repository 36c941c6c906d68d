// The running state shared by compiled code: globals, the step budget, call depth, and the
// command context.

/// State every compiled closure of a session reaches.
final class Runtime {
    /// Global variables by slot; `.absent` until defined.
    let globals: GlobalStore
    /// The running statement's changes (the context's log), for writes to log into.
    let undo: UndoLog
    var globalSlots: [String: Int] = [:]
    var globalNames: [String] = []
    let commands: CommandRegistry
    let context: CommandContext
    /// Counters behind a pointer so hot paths skip exclusivity checks: steps taken this run,
    /// the step at which to check limits next, call depth, the step limit, the depth limit.
    private let counter: UnsafeMutablePointer<Int>
    /// Frames of finished calls of functions with a function inside (a closure made there may
    /// keep the frame) that nothing kept, by slot count, for the next such call of that size.
    /// Behind a pointer, as `counter`, so the hot path skips exclusivity checks.
    private let pools: UnsafeMutablePointer<FramePool>
    /// The largest frame pooled (a function with more slots allocates its frames).
    static let largestPooledFrame = 32
    /// How deep calls may nest before a call is refused as a stack overflow.
    static let depthLimit = 10_000
    /// One frame for each call depth (index 1 up), for calls of functions whose frames
    /// cannot escape (`ScriptFunction.framesEscape` false) and that have no more slots than
    /// a pooled frame: at most one such call runs at each depth, so its frame is taken and
    /// given back with no pool (see `invoke`). Each grows to the largest function called at
    /// its depth, so a recursion to the depth limit keeps at most about 8 MB; unretained
    /// here, released in deinit.
    private let depthFrames: UnsafeMutablePointer<Unmanaged<Frame>?>

    init(commands: CommandRegistry, context: CommandContext, maxSteps: Int?) {
        self.commands = commands
        self.context = context
        undo = context.undo
        globals = GlobalStore(undo: context.undo)
        counter = .allocate(capacity: 5)
        counter.initialize(repeating: 0, count: 5)
        counter[3] = max(0, maxSteps ?? Int.max)
        counter[4] = Runtime.depthLimit
        depthFrames = .allocate(capacity: Runtime.depthLimit + 1)
        depthFrames.initialize(repeating: nil, count: Runtime.depthLimit + 1)
        pools = .allocate(capacity: Runtime.largestPooledFrame + 1)
        pools.initialize(repeating: FramePool(), count: Runtime.largestPooledFrame + 1)
    }

    deinit {
        counter.deallocate()
        for depth in 0...Runtime.depthLimit { depthFrames[depth]?.release() }
        depthFrames.deallocate()
        for size in 0...Runtime.largestPooledFrame { pools[size].release() }
        pools.deinitialize(count: Runtime.largestPooledFrame + 1)
        pools.deallocate()
    }

    /// The slot of a global, created (absent) on first mention.
    func globalSlot(_ name: String) throws -> Int {
        if let s = globalSlots[name] { return s }
        guard let s = globals.append() else {
            throw ScriptError("too many global names (more than \(GlobalStore.capacity))")
        }
        globalSlots[name] = s
        globalNames.append(name)
        return s
    }

    /// Starts a new run: the step budget counts per run.
    func resetSteps() {
        counter[0] = 0
        counter[1] = min(1024, counter[3])
        counter[2] = 0
    }

    /// Counts one step (loop back-edge or call); cheap unless a check is due.
    @inline(__always) func tick() throws {
        counter[0] &+= 1
        if counter[0] >= counter[1] { try check() }
    }

    /// Counts `steps` of a command's work at once; past the limit, an error saying what needed them.
    func charge(_ steps: Double, _ what: String) throws {
        let maxSteps = counter[3]
        let left = maxSteps - counter[0]
        guard steps <= Double(left) else {
            throw ScriptError(
                "step limit reached: \(what) needs about \(NumberFormat.plain(steps.rounded(.up))) steps, "
                    + "more than the \(NumberFormat.plain(Double(max(0, left)))) left (--max-steps \(maxSteps))")
        }
        counter[0] += Int(max(0, steps))
        try check()
    }

    private func check() throws {
        let steps = counter[0]
        let maxSteps = counter[3]
        if steps >= maxSteps {
            throw ScriptError("step limit reached: more than \(maxSteps) steps (--max-steps)")
        }
        if context.interruptRequested() { throw ScriptError("interrupted") }
        counter[1] = steps > maxSteps - 1024 ? maxSteps : steps + 1024
    }

    /// A cleared frame for a call of `function`, from the pool of its size when one is free.
    @inline(__always) func frame(for function: ScriptFunction) -> Frame {
        let size = function.frameSize
        if size <= Runtime.largestPooledFrame, let f = pools[size].pop() {
            f.bind(to: function)
            return f
        }
        return Frame.make(count: size, parent: function.captured, owner: function)
    }

    /// Gives a finished call's frame back to the pool of its size unless a closure captured
    /// it; it is cleared so it keeps nothing alive. (Of the functions small enough to pool,
    /// only those with a function inside come here: the others run in the frame of their
    /// depth, `invokeAtDepth`.)
    @inline(__always) func recycle(_ frame: consuming Frame, of function: ScriptFunction) {
        let size = function.frameSize
        guard size <= Runtime.largestPooledFrame else { return }
        var shared = frame
        guard isKnownUniquelyReferenced(&shared) else { return }
        shared.clear()
        pools[size].push(shared)
    }

    /// Runs a user function on a prepared frame (arguments already in its first slots).
    @inline(__always) func invoke(_ function: ScriptFunction, _ frame: Frame) throws -> Value {
        try tick()
        counter[2] &+= 1  // bounded by the depth limit: no overflow check needed
        defer { counter[2] &-= 1 }
        if counter[2] > counter[4] { throw stackOverflow(in: function) }
        if try function.body(frame) == .returned {
            // Nothing reads the return slot after this (it has no name), so move the value out.
            return frame.take(function.returnSlot)
        }
        return .nil
    }

    /// Calls a user function, `write` putting its arguments (evaluated in the caller's frame,
    /// left to right) straight into the callee's slots; the caller has checked the count.
    @inline(__always) func invoke(_ function: ScriptFunction, _ write: ArgumentWriter, of caller: Frame) throws -> Value
    {
        if !function.framesEscape, function.frameSize <= Runtime.largestPooledFrame {
            return try invokeAtDepth(function, write, of: caller)
        }
        let frame = self.frame(for: function)
        // This function owns the frame until it is recycled, so the work in between borrows it
        // without a reference count of its own.
        let result = try Unmanaged.passUnretained(frame)._withUnsafeGuaranteedRef { callee in
            try write.write(caller, into: callee)
            return try invoke(function, callee)
        }
        recycle(frame, of: function)
        return result
    }

    /// `invoke` for a function whose frames cannot escape: its frame is the one of the depth
    /// the call runs at. The depth is taken before the arguments are evaluated, so a call in
    /// an argument (`f(g(x))`) runs one deeper and takes another frame. The frame is cleared
    /// however the call ends, so it holds nothing once the call is over.
    @inline(__always) private func invokeAtDepth(
        _ function: ScriptFunction, _ write: ArgumentWriter, of caller: Frame
    ) throws -> Value {
        let depth = counter[2] &+ 1
        if depth > counter[4] { throw stackOverflow(in: function) }
        counter[2] = depth
        defer { counter[2] = depth &- 1 }
        let size = function.frameSize
        let frame: Unmanaged<Frame>
        if let f = depthFrames[depth], f._withUnsafeGuaranteedRef({ $0.slotCount }) >= size {
            frame = f
        } else {
            frame = depthFrame(depth, size: size)
        }
        return try frame._withUnsafeGuaranteedRef { callee in
            callee.bind(to: function)
            defer { callee.clear(first: size) }
            try write.write(caller, into: callee)
            try tick()
            if try function.body(callee) == .returned { return callee.take(function.returnSlot) }
            return .nil
        }
    }

    /// A new frame of `size` slots for `depth`, in place of a smaller one.
    @inline(never) private func depthFrame(_ depth: Int, size: Int) -> Unmanaged<Frame> {
        depthFrames[depth]?.release()
        let frame = Unmanaged.passRetained(Frame.make(count: size, parent: nil))
        depthFrames[depth] = frame
        return frame
    }

    @inline(never) private func stackOverflow(in function: ScriptFunction) -> ScriptError {
        ScriptError("stack overflow: recursion deeper than \(counter[4]) calls (in `\(function.name)`)")
    }

    /// Calls any callable value with evaluated arguments (the slow, general path).
    func call(
        _ callee: Value, positional: [Value], labeled: [String: Value], range: SourceRange,
        ranges: ArgumentRanges = ArgumentRanges()
    ) throws -> Value {
        switch callee {
        case .function(let f):
            if !labeled.isEmpty { throw ScriptError("`\(f.name)` takes no labels", range: range) }
            guard positional.count == f.arity else {
                throw ScriptError(
                    "`\(f.name)` takes \(f.arity) argument\(f.arity == 1 ? "" : "s"), got \(positional.count)",
                    range: range)
            }
            let frame = Frame.make(count: f.frameSize, parent: f.captured, owner: f)
            for (i, v) in positional.enumerated() { frame[i] = v }
            return try invoke(f, frame)
        case .command(let c):
            return try CommandCall.run(
                c, positional: positional, labeled: labeled, ranges: ranges, range: range, context: context)
        default:
            throw ScriptError("cannot call a \(callee.typeName) (\(callee.nested.prefix(40)))", range: range)
        }
    }

    /// Names a "did you mean" may suggest: defined globals and commands.
    var knownNames: [String] {
        globalNames.filter { name in
            guard let slot = globalSlots[name] else { return false }
            if case .absent = globals[slot] { return false }
            return true
        }
            + commands.names.filter { !$0.contains(" ") }
    }
}
