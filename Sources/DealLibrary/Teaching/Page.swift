// A page of teaching text (help, explain, tour): headings, paragraphs wrapped to the
// screen, commands to type, and two-column lists; coloured on a terminal.
import DealModel
import DealScript

/// Text a workshop reads on screen: what `help`, `explain` and `tour` return.
public final class Page: ScriptObject, Sendable {
    /// One part of a page.
    public enum Block: Equatable, Sendable {
        case heading(String)
        case paragraph(String)
        /// A paragraph indented two spaces (a command's description under its usage).
        case indented(String)
        /// Commands to type, one a line, indented.
        case commands([String])
        /// Term and description pairs, aligned.
        case definitions([(String, String)])

        public static func == (a: Block, b: Block) -> Bool {
            switch (a, b) {
            case (.heading(let x), .heading(let y)), (.paragraph(let x), .paragraph(let y)),
                (.indented(let x), .indented(let y)):
                return x == y
            case (.commands(let x), .commands(let y)): return x == y
            case (.definitions(let x), .definitions(let y)): return x.map(\.0) == y.map(\.0) && x.map(\.1) == y.map(\.1)
            default: return false
            }
        }
    }

    public let typeName: String
    public let blocks: [Block]

    /// A page of `kind` (`help`, `explanation`, `tour`), read as `blocks`.
    public init(_ kind: String, _ blocks: [Block]) {
        self.typeName = kind
        self.blocks = blocks
    }

    public var fieldNames: [String] { ["text"] }

    public func field(_ name: String) -> Value? {
        name == "text" ? .string(render(width: 80, color: false)) : nil
    }

    public var json: JSONValue {
        .object([("type", .string(typeName)), ("text", .string(render(width: 80, color: false)))])
    }

    /// The page as lines of at most `width` characters (a long word may overrun).
    public func render(width: Int, color: Bool) -> String {
        let width = max(width, 20)
        var lines: [String] = []
        for (index, block) in blocks.enumerated() {
            if index > 0, case .heading = block { lines.append("") }
            switch block {
            case .heading(let text):
                lines += Self.wrap(text, width: width).map { Paint.heading($0, color) }
            case .paragraph(let text):
                lines += Self.wrap(text, width: width).map { Paint.numbers($0, color) }
            case .indented(let text):
                lines += Self.wrap(text, width: width - 2).map { "  " + Paint.numbers($0, color) }
            case .commands(let commands):
                lines += commands.map { "  " + Paint.command($0, color) }
            case .definitions(let pairs):
                let column = min((pairs.map(\.0.count).max() ?? 0) + 2, max(width / 2, 8))
                for (term, text) in pairs {
                    let wrapped = Self.wrap(text, width: max(width - column - 2, 10))
                    if term.count + 1 > column {  // a long term gets its own line
                        lines.append("  " + Paint.command(term, color))
                        for line in wrapped {
                            lines.append(String(repeating: " ", count: column + 2) + Paint.numbers(line, color))
                        }
                        continue
                    }
                    for (n, line) in wrapped.enumerated() {
                        let left = n == 0 ? term : ""
                        let pad = String(repeating: " ", count: max(column - left.count, 1))
                        lines.append("  " + Paint.command(left, color && n == 0) + pad + Paint.numbers(line, color))
                    }
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `text` broken between words into lines of at most `width` characters.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraphLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraphLine.split(separator: " ") {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            lines.append(line)
        }
        return lines
    }
}

/// The few colours teaching text uses (ANSI; nothing when colour is off).
enum Paint {
    static func heading(_ text: String, _ on: Bool) -> String { on ? "\u{1B}[1;36m" + text + "\u{1B}[0m" : text }
    static func command(_ text: String, _ on: Bool) -> String {
        on && !text.isEmpty ? "\u{1B}[32m" + text + "\u{1B}[0m" : text
    }

    /// Words that are figures (`$320`, `3`, `2028-10-16`, `55%`) in yellow.
    static func numbers(_ line: String, _ on: Bool) -> String {
        guard on else { return line }
        return line.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            guard let first = word.first(where: { $0 != "(" }), first.isNumber || (first == "$" && word.count > 1)
            else {
                return String(word)
            }
            return "\u{1B}[33m" + word + "\u{1B}[0m"
        }.joined(separator: " ")
    }
}
