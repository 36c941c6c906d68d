// The text of each top-level statement as written, and the command a statement calls: what
// statement observers are told.
import Foundation

extension Statement {
    /// The command a command statement calls (`vesting`, `history save`), nil otherwise.
    var commandName: String? {
        guard case .expression(let e, _) = kind, case .call(let callee, _) = e.kind,
              case .name(let name) = callee.kind else { return nil }
        return name
    }
}

/// The text of each statement in `source`: from its start to the next one's, without the
/// blank and comment-only lines that trail it.
func statementTexts(_ source: SourceText, starts: [Int]) -> [String] {
    let scalars = source.scalars
    var texts: [String] = []
    for (i, start) in starts.enumerated() {
        let end = i + 1 < starts.count ? starts[i + 1] : scalars.count
        guard start >= 0, start <= end, end <= scalars.count else { texts.append(""); continue }
        var lines = String(String.UnicodeScalarView(scalars[start..<end])).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let last = lines.last, lines.count > 1 {
            let t = last.trimmingCharacters(in: .whitespaces)
            if t.isEmpty || t.hasPrefix("#") { lines.removeLast() } else { break }
        }
        var text = lines.joined(separator: "\n")
        while text.last == " " || text.last == "\t" || text.last == "\r" || text.last == ";" { text.removeLast() }
        texts.append(text)
    }
    return texts
}
