// The few words the shell answers itself, before the language sees an entry, including the
// habits people bring from sqlite3 (`.quit`, `.help`) and Python (`exit()`, `help()`).

/// An entry the shell handles: leaving, listing history, clearing the screen, or a hint.
public enum ShellWord: Equatable {
    /// `exit` or `quit` (also `exit()`, `.quit`, `.exit`, `\q`).
    case exit
    /// `history` (every entry) or `history N` (the last N).
    case history(last: Int?)
    /// `clear`: clears the screen (as Ctrl-L does).
    case clear
    /// Another tool's habit with a form here: run `entry` instead (`.help` and `?` are `help`).
    case instead(String)
    /// A habit with no form here: one line naming the right one.
    case hint(String)

    /// The shell word `entry` is, if any.
    public init?(_ entry: String) {
        let words = entry.trimmingSpaces().split(separator: " ", omittingEmptySubsequences: true)
        switch (words.first, words.count) {
        case ("exit"?, 1), ("quit"?, 1), ("exit()"?, 1), ("quit()"?, 1), (".quit"?, 1), (".exit"?, 1), ("\\q"?, 1):
            self = .exit
        case ("history"?, 1):
            self = .history(last: nil)
        case ("history"?, 2):
            guard let count = Int(words[1]), count >= 0 else { return nil }
            self = .history(last: count)
        case ("clear"?, 1), ("clear()"?, 1), (".clear"?, 1):
            self = .clear
        case (".help"?, 1), ("?"?, 1), ("help()"?, 1):
            self = .instead("help")
        case ("?"?, 2), (".help"?, 2):
            self = .instead("help \(words[1])")
        case (".read"?, 1):
            self = .hint("`.read` takes a file: .read FILE.deal runs it here, as source \"FILE.deal\" does")
        case (".read"?, _):
            // sqlite's `.read FILE` is `source`: the file's statements run in this session.
            let file = words.dropFirst().joined(separator: " ").replacingOccurrences(of: "\"", with: "")
            self = .instead("source \"\(file)\"")
        case let (word?, 1) where word.hasPrefix(".") && word.count > 1 && word.dropFirst().allSatisfy(\.isLetter):
            self = .hint("`\(word)` is a sqlite habit; the shell's words are help, history, clear and exit")
        default:
            return nil
        }
    }

    /// What clears a terminal: cursor home, then erase the screen.
    public static let clearScreen = "\u{1B}[H\u{1B}[2J"
}
