// A source text read once: its scalars, shared by the lexer, the parser and every
// interpolation's parser, and its line starts, found once, for diagnostics' source lines.

/// One script or REPL entry as the session keeps it. A class, so every reader of the text
/// (each interpolation gets a parser of its own) shares one copy instead of making another:
/// parsing stays linear in the size of the script.
final class SourceText {
    let file: String
    /// The number of the text's first line (a REPL entry starts further down its session).
    let firstLine: Int
    /// The text as `unicodeScalars`, which `SourceRange` offsets count.
    let scalars: [Unicode.Scalar]
    /// The offset of each line's first scalar, found on the first diagnostic that needs one.
    private var lineStarts: [Int]?

    init(_ text: String, file: String = "", firstLine: Int = 1) {
        self.file = file
        self.firstLine = firstLine
        scalars = Array(text.unicodeScalars)
    }

    /// The text from offset `start` up to `end`; empty when the span is not inside the text.
    func text(from start: Int, to end: Int) -> String {
        guard start >= 0, start < end, end <= scalars.count else { return "" }
        return SourceText.string(scalars[start..<end])
    }

    /// The scalars as a string, encoded straight into its UTF-8 storage (appending them one
    /// by one to a string costs several times more on a long line).
    static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var count = 0
        for c in slice { count += UTF8.width(c) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for c in slice {
                UTF8.encode(c) { byte in
                    buffer[i] = byte
                    i += 1
                }
            }
            return i
        }
    }

    /// Line `number` (numbered from `firstLine`) without its line break; nil when there is none.
    func line(_ number: Int) -> String? {
        let starts = lineStarts ?? findLineStarts()
        let index = number - firstLine
        guard index >= 0, index < starts.count else { return nil }
        var end = index + 1 < starts.count ? starts[index + 1] - 1 : scalars.count
        if end > starts[index], scalars[end - 1] == "\r" { end -= 1 }
        return SourceText.string(scalars[starts[index]..<end])
    }

    private func findLineStarts() -> [Int] {
        var starts = [0]
        for (i, c) in scalars.enumerated() where c == "\n" { starts.append(i + 1) }
        lineStarts = starts
        return starts
    }
}
