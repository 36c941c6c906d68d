// A function value: compiled body, parameter count, and the frame it closes over.

/// How a statement finished: normally, or by `break`, `continue` or `return`.
enum Flow {
    case next, breakLoop, continueLoop, returned
}

typealias Eval = (Frame) throws -> Value
typealias Exec = (Frame) throws -> Flow
/// Evaluates a call's arguments in the caller's frame (first) into the callee's (second).
typealias ArgumentWriter = (Frame, Frame) throws -> Void

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
    /// Frames of finished calls that nothing captured, ready for reuse (saves an allocation a call).
    let pool = FramePool()
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
}

/// A small stack of reusable frames behind pointers (no exclusivity checks on the hot path).
/// Slots below `count` hold frames; the rest are uninitialised, so pushes and pops move
/// references instead of retaining and releasing them.
final class FramePool {
    static let capacity = 64
    private let slots: UnsafeMutablePointer<Frame>
    private let count: UnsafeMutablePointer<Int>

    init() {
        slots = .allocate(capacity: FramePool.capacity)
        count = .allocate(capacity: 1)
        count.initialize(to: 0)
    }

    deinit {
        slots.deinitialize(count: count.pointee)
        slots.deallocate()
        count.deallocate()
    }

    @inline(__always) func pop() -> Frame? {
        let n = count.pointee
        if n == 0 { return nil }
        count.pointee = n - 1
        return (slots + (n - 1)).move()
    }

    /// Keeps `frame` for reuse (dropped when the pool is full).
    @inline(__always) func push(_ frame: __owned Frame) {
        let n = count.pointee
        if n == FramePool.capacity { return }
        (slots + n).initialize(to: frame)
        count.pointee = n + 1
    }
}
