// How a diagnostic looks to a person or a tool: plain text, coloured text on a terminal
// (the `error:` word and the caret line in red), or one JSON document under `--json`.
import DealScript

/// Renders diagnostics for the shell's standard error.
public enum DiagnosticText {
    static let red = "\u{1B}[1;31m", reset = "\u{1B}[0m"

    /// `diagnostic` as the shell writes it, ending with a newline.
    public static func text(_ diagnostic: Diagnostic, color: Bool, json: Bool) -> String {
        if json { return diagnostic.json.text + "\n" }
        guard color else { return diagnostic.rendered() }
        let parts = diagnostic.renderedParts
        let heading = parts.heading.replacingOccurrences(of: "error:", with: red + "error:" + reset, maxOccurrences: 1)
        var text = heading + "\n"
        if let line = parts.sourceLine, let marker = parts.marker { text += line + "\n" + red + marker + reset + "\n" }
        return text
    }
}

extension String {
    /// `self` with the first `maxOccurrences` of `target` replaced (the rest left as written).
    func replacingOccurrences(of target: String, with replacement: String, maxOccurrences: Int) -> String {
        var out = self
        var done = 0
        var from = out.startIndex
        while done < maxOccurrences, let r = out.range(of: target, range: from..<out.endIndex) {
            out.replaceSubrange(r, with: replacement)
            from = out.index(r.lowerBound, offsetBy: replacement.count)
            done += 1
        }
        return out
    }
}
