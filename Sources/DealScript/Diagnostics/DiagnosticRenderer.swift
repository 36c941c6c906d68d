// The one place a diagnostic becomes text: `file:line:column: error: message`, the source
// line, and a caret under the fault.

extension Diagnostic {
    /// The diagnostic as the user sees it. `source` is the text the range points into;
    /// `firstLine` is the line number of its first line (REPL entries start later).
    public func rendered(source: String?, firstLine: Int = 1) -> String {
        let label = kind == .assertion ? "error" : "error"
        var text = "\(file):\(range.line):\(range.column): \(label): \(message)\n"
        guard let source else { return text }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let index = range.line - firstLine
        guard index >= 0, index < lines.count else { return text }
        let lineText = String(lines[index]).replacingTabs()
        text += lineText + "\n"
        let pad = String(repeating: " ", count: max(0, range.column - 1))
        let tail = String(repeating: "~", count: max(0, min(range.length, max(1, lineText.count - range.column + 1)) - 1))
        text += pad + "^" + tail + "\n"
        return text
    }
}

extension String {
    func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
