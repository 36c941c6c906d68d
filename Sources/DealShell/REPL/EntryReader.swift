// Joins lines into entries: a line that leaves a `{ ( [` or string open continues on the
// next, read on the continuation prompt; lines are counted for diagnostics.
import DealScript

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

    /// Up to this size (in UTF-8 bytes) an entry is parsed after every line, so a mistake in
    /// it is reported at once; a longer one is parsed only when no bracket or string is open.
    public static let parsedEveryLine = 4096

    /// Reads lines with `readLine` until `needsMoreInput` says the entry is complete.
    /// At the end of input an unfinished entry is still returned, so its error is reported.
    public mutating func next(readLine: (String) -> LineRead,
                              needsMoreInput: (String) -> Bool) -> EntryRead {
        var pending: String?
        var open = OpenInput()
        var firstLine = 0
        while true {
            switch readLine(pending == nil ? prompt : continuationPrompt) {
            case .line(let line):
                linesRead += 1
                if pending == nil {
                    pending = line
                    firstLine = linesRead
                } else {
                    pending!.append("\n")  // in place: copying the entry per line costs its square
                    pending!.append(line)
                }
                open.add(line)
                // An open bracket or string: the entry cannot be complete yet.
                if open.isOpen, pending!.utf8.count > EntryReader.parsedEveryLine { continue }
                if !needsMoreInput(pending!) {
                    return .entry(pending!, firstLine: firstLine)
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
