// The one place a diagnostic becomes plain text: `file:line:column: error: message`, the
// source line, and a caret under the fault. (The shell colours the same parts.)

extension Diagnostic {
    /// Keeps the line of `source` that the range points into; `firstLine` is the line number
    /// of `source`'s first line (REPL entries start later).
    mutating func attachSourceLine(from source: String?, firstLine: Int = 1) {
        guard let source else { return }
        attachSourceLine(from: SourceText(source, firstLine: firstLine))
    }

    /// Keeps the line of `source` that the range points into (found by its line index).
    mutating func attachSourceLine(from source: SourceText) {
        if let line = source.line(range.line) { sourceLine = line.replacingTabs() }
    }

    /// The parts a renderer lays out: the heading line, then the source line and the marker
    /// line under it when the source is known.
    public var renderedParts: (heading: String, sourceLine: String?, marker: String?) {
        let heading = "\(file):\(range.line):\(range.column): error: \(message)"
        guard let sourceLine else { return (heading, nil, nil) }
        let pad = String(repeating: " ", count: max(0, range.column - 1))
        let tail = String(
            repeating: "~", count: max(0, min(range.length, max(1, sourceLine.count - range.column + 1)) - 1))
        return (heading, sourceLine, pad + "^" + tail)
    }

    /// The diagnostic as plain text, ending with a newline.
    public func rendered() -> String {
        let parts = renderedParts
        var text = parts.heading + "\n"
        if let line = parts.sourceLine, let marker = parts.marker { text += line + "\n" + marker + "\n" }
        return text
    }

    /// The diagnostic as text with its source taken from `source` (lines numbered from
    /// `firstLine`), for callers holding a diagnostic made without one.
    public func rendered(source: String?, firstLine: Int = 1) -> String {
        var d = self
        if d.sourceLine == nil { d.attachSourceLine(from: source, firstLine: firstLine) }
        return d.rendered()
    }
}

extension String {
    func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
