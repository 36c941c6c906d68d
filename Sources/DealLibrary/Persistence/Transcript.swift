// Transcripts (`*.t`): what was typed and what it printed. An input line starts with `> `,
// its continuation lines with `. `; the output follows as printed, without colour (a line that
// would read as input or starts with `\` gets a `\` in front); a `# width: N` line before the
// first input is the width it renders at. `record` writes them, `tranche test` replays them.
import DealModel
import DealScript

/// A recorded session: inputs and, for each, everything it printed.
public struct Transcript: Equatable {
    /// One input (possibly several lines) and its output (ends with a newline unless empty).
    public struct Entry: Equatable {
        public var input: String
        public var output: String
        /// The line of the transcript the input starts on (0 when built in memory).
        public var line: Int = 0

        public init(input: String, output: String, line: Int = 0) {
            self.input = input
            self.output = output
            self.line = line
        }
    }

    public var entries: [Entry] = []
    /// The width tables and charts were rendered at, from the header `# width: N` (nil: none
    /// written; a replay then uses `Transcript.defaultWidth`).
    public var width: Int?

    /// The width a transcript without a `# width:` header replays at (also the width of test scripts).
    public static let defaultWidth = 80

    public init(entries: [Entry] = [], width: Int? = nil) {
        self.entries = entries
        self.width = width
    }

    /// The header `record` writes: the terminal's width, used again on replay.
    public static func header(width: Int) -> String {
        "# A tranche transcript: `tranche test` replays it at this width, without colour.\n# width: \(width)\n"
    }

    /// The transcript as a `.t` file.
    public var text: String {
        var out = ""
        for e in entries {
            for (i, line) in e.input.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let mark = i == 0 ? ">" : "."
                out += line.isEmpty ? mark + "\n" : "\(mark) \(line)\n"
            }
            out += Transcript.escapeOutput(e.output)
        }
        return out
    }

    /// Output lines, escaped where they would read as input or as an escape.
    public static func escapeOutput(_ output: String) -> String {
        guard !output.isEmpty else { return "" }
        var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines.map { needsEscape($0) ? "\\" + $0 : $0 }.joined(separator: "\n") + "\n"
    }

    private static func needsEscape(_ line: String) -> Bool {
        line == ">" || line == "." || line.hasPrefix("> ") || line.hasPrefix(". ") || line.hasPrefix("\\")
    }

    /// Reads a `.t` file. Lines before the first input are a free-form preamble (comments).
    public static func parse(_ text: String) -> Transcript {
        var t = Transcript()
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var inputOpen = false
        for (i, line) in lines.enumerated() {
            if line == ">" || line.hasPrefix("> ") {
                t.entries.append(Entry(input: String(line.dropFirst(2)), output: "", line: i + 1))
                inputOpen = true
            } else if inputOpen, line == "." || line.hasPrefix(". ") {
                t.entries[t.entries.count - 1].input += "\n" + String(line.dropFirst(2))
            } else if t.entries.isEmpty {
                if line.hasPrefix("# width: "), let w = Int(line.dropFirst(9)), (20...1000).contains(w) { t.width = w }
            } else {
                inputOpen = false
                t.entries[t.entries.count - 1].output += (line.hasPrefix("\\") ? String(line.dropFirst()) : line) + "\n"
            }
        }
        return t
    }

    /// Text without its colour (ANSI SGR sequences, `ESC [ ... m`): a transcript holds none,
    /// so a recording made in a coloured terminal replays anywhere.
    public static func withoutColor(_ text: String) -> String {
        guard text.contains("\u{1B}") else { return text }
        var out = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let c = scalars.next() {
            guard c == "\u{1B}" else {
                out.unicodeScalars.append(c)
                continue
            }
            guard let open = scalars.next() else { break }
            guard open == "[" else {
                out.unicodeScalars.append(c)
                out.unicodeScalars.append(open)
                continue
            }
            while let p = scalars.next(), !(("@"..."~") as ClosedRange<Unicode.Scalar>).contains(p) {}
        }
        return out
    }

    /// A diagnostic without its `file:line:column: ` prefix: where an entry was typed is not
    /// part of what it printed, so a replay elsewhere prints the same.
    public static func withoutLocation(_ text: String) -> String {
        guard let marker = text.range(of: ": error: ") else { return text }
        let head = text[..<marker.lowerBound]
        let firstLine = head.split(separator: "\n", omittingEmptySubsequences: false).count == 1
        guard firstLine else { return text }
        let parts = head.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 3, Int(parts[parts.count - 1]) != nil, Int(parts[parts.count - 2]) != nil else {
            return text
        }
        return "error: " + text[marker.upperBound...]
    }
}
