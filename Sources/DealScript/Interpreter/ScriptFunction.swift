// A function value: compiled body, parameter count, and the frame it closes over.

/// How a statement finished: normally, or by `break`, `continue` or `return`.
enum Flow {
    case next, breakLoop, continueLoop, returned
}

typealias Eval = (Frame) throws -> Value
typealias Exec = (Frame) throws -> Flow

/// A compiled statement kept in an array: the wrapper keeps the closure at its natural
/// abstraction, so calling it needs no reabstraction thunk.
struct CompiledStatement {
    let run: Exec
}

/// A compiled expression kept in an array (see `CompiledStatement`).
struct CompiledExpression {
    let run: Eval
}

/// A user function (`fn`), closed over the frame it was created in.
public final class ScriptFunction {
    public let name: String
    let arity: Int
    let parameterNames: [String]
    /// Slots its frame needs (parameters first).
    let frameSize: Int
    let body: Exec
    let captured: Frame?
    /// Whether a closure made in the body may keep a call's frame after it returns.
    let framesEscape: Bool
    /// Frames of finished calls that nothing captured, ready for reuse (saves an allocation a
    /// call). Inline and unchecked: only the running call's code touches it, one at a time.
    @exclusivity(unchecked) var pool = FramePool()
    /// The frame slot `return` leaves its value in (just after the parameters).
    var returnSlot: Int { arity }

    init(
        name: String, parameterNames: [String], frameSize: Int, body: @escaping Exec, captured: Frame?,
        framesEscape: Bool = true
    ) {
        self.framesEscape = framesEscape
        self.name = name
        self.arity = parameterNames.count
        self.parameterNames = parameterNames
        self.frameSize = frameSize
        self.body = body
        self.captured = captured
    }

    deinit { pool.release() }
}

/// A small stack of reusable frames, its block allocated on the first frame given back (a
/// closure made in a loop and called once never pays for one). Slots below `count` hold
/// frames; the rest are uninitialised, so pushes and pops move references instead of
/// retaining and releasing them. Its owner calls `release` when it goes.
struct FramePool {
    static let capacity = 64
    private var slots: UnsafeMutablePointer<Frame>?
    private var count = 0

    @inline(__always) mutating func pop() -> Frame? {
        guard count > 0, let slots else { return nil }
        count -= 1
        return (slots + count).move()
    }

    /// Keeps `frame` for reuse (dropped when the pool is full).
    @inline(__always) mutating func push(_ frame: __owned Frame) {
        if count == FramePool.capacity { return }
        let block = slots ?? UnsafeMutablePointer<Frame>.allocate(capacity: FramePool.capacity)
        slots = block
        (block + count).initialize(to: frame)
        count += 1
    }

    /// Drops the frames and the block.
    mutating func release() {
        guard let slots else { return }
        slots.deinitialize(count: count)
        slots.deallocate()
        self.slots = nil
        count = 0
    }
}
