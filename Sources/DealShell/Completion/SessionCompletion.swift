// Tab completion on a live session: file names inside the quotes after load/save/to:,
// otherwise the words the session offers (commands, labels, names in scope, help topics).
import DealScript

/// Completion backed by a session (what the interactive shell binds to Tab).
public enum SessionCompletion {
    /// Words that, before an opening quote, make the string a file name.
    static let fileWords = ["load", "save", "to:", "record", "csv", "history save"]

    /// The completion function for `session` (held weakly: the shell owns the session).
    public static func complete(_ session: Session) -> WordCompletion {
        { [weak session] line in
            guard let session else { return [] }
            return candidates(line, session: session)
        }
    }

    /// The candidates for `lineBeforeCursor`: file names inside a file string, nothing
    /// inside another string, else the session's words.
    public static func candidates(_ lineBeforeCursor: String, session: Session) -> [String] {
        if let start = CompletionWords.openStringStart(lineBeforeCursor) {
            let beforeQuote = String(lineBeforeCursor[..<start].dropLast())
            // --sandbox: no folder is listed either.
            guard takesFileName(beforeQuote), !session.context.options.sandbox else { return [] }
            return CompletionWords.fileNames(matching: String(lineBeforeCursor[start...]))
        }
        return session.completions(for: lineBeforeCursor)
    }

    /// True when the text before a string's opening quote ends in a word that takes a file.
    public static func takesFileName(_ beforeQuote: String) -> Bool {
        var text = Substring(beforeQuote)
        while let last = text.last, last == " " || last == "(" { text = text.dropLast() }
        return fileWords.contains { word in
            guard text.hasSuffix(word) else { return false }
            guard let previous = text.dropLast(word.count).last else { return true }
            return !(previous.isLetter || previous.isNumber || previous == "_")
        }
    }
}
