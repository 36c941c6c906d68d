// A model error inside a command: a script error under the value of the label its term names.
import DealModel
import DealScript

extension ModelError: ArgumentPlacedError {
    /// The label the error names when its term is `subject label:` (`tranche T2 price:` with
    /// subject `tranche T2` gives `price`); nil when it is about another term.
    func label(of subject: String) -> String? {
        guard term.subject == subject, term.point == nil else { return nil }
        return term.label
    }

    public func scriptError(in arguments: CommandArguments) -> ScriptError {
        ScriptError(message, range: label(of: arguments.subject).flatMap { arguments.range(of: $0) })
    }
}

extension CommandArguments {
    /// A model error as a script error under the value of the label its term names (or the
    /// whole statement when it names no label of this statement, like another tranche's).
    func error(_ e: ModelError, fallback: SourceRange? = nil) -> ScriptError {
        var placed = e.scriptError(in: self)
        if placed.range == nil { placed.range = fallback }
        return placed
    }

    /// Runs `body`; an error it raises that is not yet placed points at the `index`th
    /// positional value (`show nonsense`, `tranche T9` naming no tranche).
    func blame<T>(positional index: Int, _ body: () throws -> T) throws -> T {
        do {
            return try modelStep(body)
        } catch var e as ScriptError {
            if e.range == nil { e.range = range(ofPositional: index) }
            throw e
        }
    }

    /// Runs a model edit; a `ModelError` becomes a script error under the label it names.
    func modelStep<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as ModelError {
            throw error(e)
        }
    }
}
