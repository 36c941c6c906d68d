// A function value: compiled body, parameter count, and the frame it closes over.

/// How a statement finished: normally, or by `break`, `continue` or `return`.
enum Flow {
    case next, breakLoop, continueLoop, returned
}

typealias Eval = (Frame) throws -> Value
typealias Exec = (Frame) throws -> Flow

/// A user function (`fn`), closed over the frame it was created in.
public final class ScriptFunction {
    public let name: String
    let arity: Int
    let parameterNames: [String]
    /// Slots its frame needs (parameters first).
    var frameSize: Int
    var body: Exec
    let captured: Frame?

    init(name: String, parameterNames: [String], frameSize: Int, body: @escaping Exec, captured: Frame?) {
        self.name = name
        self.arity = parameterNames.count
        self.parameterNames = parameterNames
        self.frameSize = frameSize
        self.body = body
        self.captured = captured
    }
}
