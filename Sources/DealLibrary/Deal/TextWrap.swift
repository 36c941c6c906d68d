// Wrapping text to a width without cutting a figure: between words first, then inside a
// word that holds no digit (with a hyphen). Tables, titles, notes and printed terms use it.

extension TextTable {
    /// The longest word of `text` (words are separated by spaces).
    static func longestWord(_ text: String) -> Int {
        text.split(separator: " ").reduce(0) { max($0, $1.count) }
    }

    /// The longest figure of `text`: a word with a digit in it, which is never broken.
    static func longestFigure(_ text: String) -> Int {
        text.split(separator: " ").reduce(0) { $1.contains(where: \.isNumber) ? max($0, $1.count) : $0 }
    }

    /// The lines `text` wraps onto within `width`: between words; a word longer than the width
    /// breaks into hyphenated pieces of about equal length unless it holds a digit (a figure
    /// stays whole, even past the width).
    static func wrap(_ text: String, _ width: Int) -> [String] {
        guard text.count > width else { return [text] }
        let width = max(width, 1)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            for piece in pieces(word, width) {
                if current.isEmpty {
                    current = piece
                } else if current.count + 1 + piece.count <= width {
                    current += " " + piece
                } else {
                    lines.append(current)
                    current = piece
                }
            }
        }
        lines.append(current)
        return lines
    }

    /// `word` as it fits `width`: whole, or (with no digit in it) in hyphenated pieces.
    static func pieces(_ word: String, _ width: Int) -> [String] {
        guard word.count > width, width >= 2, !word.contains(where: \.isNumber) else { return [word] }
        let chars = Array(word)
        let n = chars.count
        // The fewest pieces: each but the last holds width - 1 letters and a hyphen.
        let count = (n - 2) / (width - 1) + 1
        let size = min((n + count - 1) / count, width - 1)
        var out: [String] = []
        var start = 0
        for k in 0..<count {
            let end = k == count - 1 ? n : start + size
            out.append(String(chars[start..<end]) + (k < count - 1 ? "-" : ""))
            start = end
        }
        return out
    }

    /// `text` cut to `width` characters, ending in `…` when cut (for text that is no figure).
    static func fit(_ text: String, _ width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(max(width, 0))) }
        return String(text.prefix(width - 1)) + "…"
    }
}
