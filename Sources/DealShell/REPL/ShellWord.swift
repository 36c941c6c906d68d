// The few words the shell answers itself, before the language sees an entry.

/// An entry the shell handles: leaving, or listing history.
public enum ShellWord: Equatable {
    /// `exit` or `quit`.
    case exit
    /// `history` (every entry) or `history N` (the last N).
    case history(last: Int?)

    /// The shell word `entry` is, if any.
    public init?(_ entry: String) {
        let words = entry.trimmingSpaces().split(separator: " ", omittingEmptySubsequences: true)
        switch (words.first, words.count) {
        case ("exit"?, 1), ("quit"?, 1), ("exit()"?, 1), ("quit()"?, 1):
            self = .exit
        case ("history"?, 1):
            self = .history(last: nil)
        case ("history"?, 2):
            guard let count = Int(words[1]), count >= 0 else { return nil }
            self = .history(last: count)
        default:
            return nil
        }
    }
}
