// Tab completion's word handling: the word being completed, candidates' common prefix,
// the listing in columns, and the shell's own vocabulary until the language offers names.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Pure functions behind Tab completion.
public enum CompletionWords {
    /// The commands and keywords offered before the language can list names in scope.
    public static let vocabulary: [String] = [
        "assert", "break", "compare", "continue", "deployment", "else", "exit", "explain",
        "export", "false", "fn", "for", "generation", "help", "history", "if", "in", "let",
        "load", "milestone", "phase", "plot", "price", "print", "quit", "report", "reset",
        "return", "save", "scenario", "show", "simulate", "timeline", "tour", "tranche",
        "true", "use", "vesting", "warrant", "while",
    ]

    /// The word the cursor is at the end of (letters, digits, `_`, `.`, `/`, `-`, `~`).
    public static func lastWord(of line: String) -> String {
        var word = ""
        for character in line.reversed() {
            guard character.isLetter || character.isNumber || "_./-~".contains(character) else { break }
            word.insert(character, at: word.startIndex)
        }
        return word
    }

    /// The text Tab replaces: a file name typed inside a string, else the last word.
    public static func wordBeingCompleted(_ line: String) -> String {
        if let fileStart = openStringStart(line) { return String(line[fileStart...]) }
        return lastWord(of: line)
    }

    /// What follows a sole candidate: nothing after a folder, a closing quote after a
    /// file name in a string, else a space.
    public static func suffix(completing candidate: String, in line: String) -> String {
        if candidate.hasSuffix("/") { return "" }
        return openStringStart(line) != nil ? "\"" : " "
    }

    /// The longest prefix shared by every candidate.
    public static func commonPrefix(_ candidates: [String]) -> String {
        guard var prefix = candidates.first else { return "" }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }

    /// Candidates laid out in columns no wider than `width`, each row ending in a newline.
    public static func columns(_ candidates: [String], width: Int) -> String {
        let cell = (candidates.map(\.count).max() ?? 0) + 2
        let perRow = max(1, width / max(1, cell))
        var text = ""
        for (index, candidate) in candidates.enumerated() {
            let last = index % perRow == perRow - 1 || index == candidates.count - 1
            text += last ? candidate + "\n" : candidate + String(repeating: " ", count: cell - candidate.count)
        }
        return text
    }

    /// The shell's completion: file names inside a string after `load`/`save`/`to:`,
    /// otherwise the vocabulary words starting with the word typed.
    public static func complete(_ lineBeforeCursor: String) -> [String] {
        if let fileStart = openStringStart(lineBeforeCursor) {
            return fileNames(matching: String(lineBeforeCursor[fileStart...]))
        }
        let word = lastWord(of: lineBeforeCursor)
        guard !word.isEmpty else { return [] }
        return vocabulary.filter { $0.hasPrefix(word) }
    }

    /// Where the text of an unclosed string literal starts, when the line ends inside one.
    static func openStringStart(_ line: String) -> String.Index? {
        var start: String.Index?
        var index = line.startIndex
        while index < line.endIndex {
            if line[index] == "\"" {
                start = start == nil ? line.index(after: index) : nil
            }
            index = line.index(after: index)
        }
        return start
    }

    /// Paths that start with `typed` (folders get a trailing `/`).
    static func fileNames(matching typed: String) -> [String] {
        let slash = typed.lastIndex(of: "/")
        let folder = slash.map { String(typed[...$0]) } ?? ""
        let stem = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        guard let directory = opendir(folder.isEmpty ? "." : folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name != ".", name != "..", name.hasPrefix(stem) else { continue }
            if name.hasPrefix(".") && !stem.hasPrefix(".") { continue }
            let isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            names.append(folder + name + (isFolder ? "/" : ""))
        }
        return names.sorted()
    }
}
