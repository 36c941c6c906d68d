// Tab completion on a live session: file names inside the quotes after load/save/to:,
// otherwise the words the session offers (commands, labels, names in scope, help topics).
import DealLibrary
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
            guard takesFileName(beforeQuote) else { return [] }
            let typed = String(lineBeforeCursor[start...])
            // --sandbox: no folder is listed (the built-in scenarios are no files).
            let files = session.context.options.sandbox ? [] : CompletionWords.fileNames(matching: typed)
            // `load "` also takes a built-in scenario's name.
            let builtIns = endsInWord(beforeQuote, "load") ? DealSession.builtInScenarioNames : []
            return builtIns.filter { $0.hasPrefix(typed) } + files
        }
        return session.completions(for: lineBeforeCursor)
    }

    /// True when the text before a string's opening quote ends in a word that takes a file.
    public static func takesFileName(_ beforeQuote: String) -> Bool {
        fileWords.contains { endsInWord(beforeQuote, $0) }
    }

    /// True when `text`, less trailing spaces and `(`, ends in the whole word `word`.
    static func endsInWord(_ text: String, _ word: String) -> Bool {
        var text = Substring(text)
        while let last = text.last, last == " " || last == "(" { text = text.dropLast() }
        guard text.hasSuffix(word) else { return false }
        guard let previous = text.dropLast(word.count).last else { return true }
        return !(previous.isLetter || previous.isNumber || previous == "_")
    }
}
