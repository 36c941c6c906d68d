// Errors as values: one type for syntax errors, runtime errors and failed assertions.

/// One problem found in a script, with where it is and what kind it is.
public struct Diagnostic: Error, Hashable, Sendable {
    /// What went wrong, broadly.
    public enum Kind: String, Sendable {
        case syntax, runtime, assertion
    }
    public var file: String
    public var range: SourceRange
    public var kind: Kind
    /// The message, saying what was expected where that helps.
    public var message: String
    /// True when the parser hit the end of the input: the REPL should read another line.
    public var isUnexpectedEnd: Bool
    /// The source line the range points into (tabs as spaces), for the caret; nil when unknown.
    public var sourceLine: String?

    public init(
        file: String = "", range: SourceRange, kind: Kind, message: String,
        isUnexpectedEnd: Bool = false
    ) {
        self.file = file
        self.range = range
        self.kind = kind
        self.message = message
        self.isUnexpectedEnd = isUnexpectedEnd
    }

    public var line: Int { range.line }
    public var column: Int { range.column }
}

/// A runtime failure raised while evaluating (by the interpreter or a command); the
/// interpreter attaches the source range of the statement or operator at fault.
public struct ScriptError: Error {
    public var message: String
    public var kind: Diagnostic.Kind = .runtime
    /// Where, when the raiser knows better than the enclosing node.
    public var range: SourceRange? = nil

    public init(_ message: String) {
        self.message = message
    }

    public init(_ message: String, kind: Diagnostic.Kind = .runtime, range: SourceRange? = nil) {
        self.message = message
        self.kind = kind
        self.range = range
    }
}
