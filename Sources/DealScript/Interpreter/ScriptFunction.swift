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
