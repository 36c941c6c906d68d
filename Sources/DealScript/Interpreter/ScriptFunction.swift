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

/// What every function made from one `fn` literal shares, made once when the literal is
/// compiled: making a closure takes three references (this, its body and its frame) where
/// it took four and copied the name and parameters (closures 209M -> 205M instructions).
final class FunctionCode {
    let name: String
    let parameterNames: [String]
    /// Slots its frame needs (parameters first).
    let frameSize: Int
    let body: Exec
    /// Whether a closure made in the body may keep a call's frame after it returns.
    let framesEscape: Bool

    init(name: String, parameterNames: [String], frameSize: Int, body: @escaping Exec, framesEscape: Bool) {
        self.name = name
        self.parameterNames = parameterNames
        self.frameSize = frameSize
        self.body = body
        self.framesEscape = framesEscape
    }
}

/// A user function (`fn`), closed over the frame it was created in.
public final class ScriptFunction {
    let code: FunctionCode
    let captured: Frame?
    // Copied from `code`, as every call reads them: a call through `code.body` took 50
    // instructions more a fib call.
    let body: Exec
    let arity: Int
    let frameSize: Int
    let framesEscape: Bool

    public var name: String { code.name }
    var parameterNames: [String] { code.parameterNames }
    /// The frame slot `return` leaves its value in (just after the parameters).
    var returnSlot: Int { arity }

    init(_ code: FunctionCode, captured: Frame?) {
        self.code = code
        self.captured = captured
        body = code.body
        arity = code.parameterNames.count
        frameSize = code.frameSize
        framesEscape = code.framesEscape
    }
}
