// Where a piece of source text sits: line, column and length, for carets in diagnostics.

/// A span of source text. Lines and columns count from 1; columns count characters.
public struct SourceRange: Hashable, Sendable {
    /// Offset of the first character (in `unicodeScalars` of the source).
    public var offset: Int
    public var line: Int
    public var column: Int
    /// Length in characters (at least 1 when rendered).
    public var length: Int
    /// Which source text (script, REPL entry) of the session the range points into, so an
    /// error inside a function defined elsewhere names the right file and line.
    public var sourceID: Int

    public init(offset: Int, line: Int, column: Int, length: Int, sourceID: Int = 0) {
        self.offset = offset
        self.line = line
        self.column = column
        self.length = length
        self.sourceID = sourceID
    }

    /// The span from the start of `self` to the end of `other` (on one line, else just `self`).
    func through(_ other: SourceRange) -> SourceRange {
        guard other.line == line, other.offset >= offset else { return self }
        return SourceRange(
            offset: offset, line: line, column: column,
            length: other.offset + other.length - offset, sourceID: sourceID)
    }
}
