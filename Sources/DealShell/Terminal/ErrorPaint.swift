// Colour for diagnostics on a terminal: the `error:` word and the caret line in red.

/// Paints rendered diagnostics (`file:1:2: error: message`, the source line, the caret).
public enum ErrorPaint {
    static let red = "\u{1B}[1;31m", reset = "\u{1B}[0m"

    /// `text` with each `error:` (and `assertion failed`) and each caret line in red.
    public static func paint(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.first == "^", trimmed.allSatisfy({ $0 == "^" || $0 == "~" }) {
                return red + line + reset
            }
            var out = String(line)
            for word in ["error:", "assertion failed"] {
                if let range = out.range(of: word) { out.replaceSubrange(range, with: red + word + reset) ; break }
            }
            return out
        }.joined(separator: "\n")
    }
}
