// What a command needs to run the user's code as a trial: call a function value, and take
// back whatever that call changed in host state (`solve` evaluates its function this way).

extension CommandContext {
    /// Calls a function value (`fn`) with positional arguments; an error inside it is thrown
    /// as is. `range` is where the call is written, for errors about the call itself.
    public func call(_ function: Value, _ arguments: [Value], range: SourceRange) throws -> Value {
        guard let runtime else { throw ScriptError("no session to run the function in", range: range) }
        return try runtime.call(function, positional: arguments, labeled: [:], range: range)
    }

    /// Runs `body` as a statement of its own inside the running one, then takes back every
    /// change it made (variables, lists, records, and host state registered with `onRollback`),
    /// whether it returned or threw: a trial that leaves no trace.
    public func undoing<T>(_ body: () throws -> T) rethrows -> T {
        let mark = undo.begin()
        defer { undo.rollBack(mark) }
        return try body()
    }
}
