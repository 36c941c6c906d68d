// Joins lines into entries: a line that leaves a `{ ( [` or string open continues on the
// next, read on the continuation prompt; lines are counted for diagnostics.

/// What reading one entry produced.
public enum EntryRead: Equatable {
    /// A complete entry (its lines joined with newlines) and the number of its first line.
    case entry(String, firstLine: Int)
    /// Ctrl-C while reading; `wasEmpty` is true when nothing had been typed at all.
    case interrupted(wasEmpty: Bool)
    /// No more input.
    case endOfInput
}

/// Reads entries line by line; keeps the running line count across entries.
public struct EntryReader {
    /// The prompt for an entry's first line.
    public var prompt: String
    /// The prompt for its later lines.
    public var continuationPrompt: String
    /// Lines read so far.
    public private(set) var linesRead = 0

    /// A reader with the shell's prompts.
    public init(prompt: String = "tranche> ", continuationPrompt: String = "...> ") {
        self.prompt = prompt
        self.continuationPrompt = continuationPrompt
    }

    /// Reads lines with `readLine` until `needsMoreInput` says the entry is complete.
    /// At the end of input an unfinished entry is still returned, so its error is reported.
    public mutating func next(readLine: (String) -> LineRead,
                              needsMoreInput: (String) -> Bool) -> EntryRead {
        var pending: String?
        var firstLine = 0
        while true {
            switch readLine(pending == nil ? prompt : continuationPrompt) {
            case .line(let line):
                linesRead += 1
                if let text = pending {
                    pending = text + "\n" + line
                } else {
                    pending = line
                    firstLine = linesRead
                }
                if let text = pending, !needsMoreInput(text) {
                    return .entry(text, firstLine: firstLine)
                }
            case .interrupted(let hadText):
                return .interrupted(wasEmpty: pending == nil && !hadText)
            case .endOfInput:
                if let text = pending { return .entry(text, firstLine: firstLine) }
                return .endOfInput
            }
        }
    }
}
