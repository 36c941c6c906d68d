// How the shell reads a line: the editor protocol, and what a read can end in.

/// What one read from the terminal or a pipe produced.
public enum LineRead: Equatable {
    /// A line, without its trailing newline.
    case line(String)
    /// Ctrl-C at the prompt; `hadText` is true when it cleared something typed.
    case interrupted(hadText: Bool)
    /// Ctrl-D on an empty line, or the end of a pipe.
    case endOfInput
}

/// Reads lines with a prompt and remembers entries for recall (libedit, or plain stdin).
public protocol LineEditor: AnyObject {
    /// Reads one line after showing `prompt`.
    func readLine(prompt: String) -> LineRead
    /// Makes `entry` (possibly several lines) recallable with Up as one item.
    func addHistory(_ entry: String)
}
