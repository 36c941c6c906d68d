// The text of each top-level statement as written, and the command a statement calls: what
// statement observers are told.

extension Statement {
    /// The command a command statement calls (`vesting`, `history save`), nil otherwise.
    var commandName: String? {
        guard case .expression(let e, _) = kind, case .call(let callee, _) = e.kind,
            case .name(let name) = callee.kind
        else { return nil }
        return name
    }
}

/// The text of each statement in `source`: from its start to the next one's, without the
/// blank and comment-only lines that trail it (never its first line) and without trailing
/// blanks and `;`. Each statement's scalars are read a bounded number of times.
func statementTexts(_ source: SourceText, starts: [Int]) -> [String] {
    let scalars = source.scalars
    var texts: [String] = []
    texts.reserveCapacity(starts.count)
    for (i, start) in starts.enumerated() {
        var end = i + 1 < starts.count ? starts[i + 1] : scalars.count
        guard start >= 0, start <= end, end <= scalars.count else {
            texts.append("")
            continue
        }
        while end > start {
            var lineStart = end
            while lineStart > start, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
            guard lineStart > start, isBlankOrComment(scalars[lineStart..<end]) else { break }
            end = lineStart - 1
        }
        while end > start, [" ", "\t", "\r", ";"].contains(scalars[end - 1]) { end -= 1 }
        texts.append(SourceText.string(scalars[start..<end]))
    }
    return texts
}

/// True for a line of blanks, or blanks then a `#` comment.
private func isBlankOrComment(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    let first = line.first { !($0 == "\t" || $0 == "\r" || $0.properties.generalCategory == .spaceSeparator) }
    return first == nil || first == "#"
}
