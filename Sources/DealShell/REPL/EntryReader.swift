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
    /// A line read ahead by `skipRestOfBroken` that starts the next entry.
    private var readAhead: String?

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
    public mutating func next(
        readLine: (String) -> LineRead,
        needsMoreInput: (String) -> Bool
    ) -> EntryRead {
        var pending: String?
        var open = OpenInput()
        var firstLine = 0
        while true {
            let read = readAhead.map { LineRead.line($0) } ?? readLine(pending == nil ? prompt : continuationPrompt)
            readAhead = nil
            switch read {
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

    /// After `broken`, an entry that does not parse: reads and drops the rest of its statement
    /// (the lines up to where the brackets it left open close, and an `else` on a line of its
    /// own that continues it, with its block), so none of it runs as top-level code.
    /// Returns the number of lines dropped.
    @discardableResult
    public mutating func skipRestOfBroken(_ broken: String, readLine: (String) -> LineRead) -> Int {
        var open = OpenInput()
        for line in broken.split(separator: "\n", omittingEmptySubsequences: false) { open.add(String(line)) }
        var dropped = 0
        while true {
            guard case .line(let line) = readAhead.map({ LineRead.line($0) }) ?? readLine(continuationPrompt) else {
                return dropped
            }
            readAhead = nil
            linesRead += 1
            guard open.isOpen || EntryReader.continuesStatement(line) else {
                readAhead = line  // the next entry starts here
                linesRead -= 1
                return dropped
            }
            open.add(line)
            dropped += 1
        }
    }

    /// A line that can only continue the statement before it (`else`, `} else {`).
    static func continuesStatement(_ line: String) -> Bool {
        var rest = Substring(line.trimmingSpaces())
        if rest.hasPrefix("}") { rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" } }
        guard rest.hasPrefix("else") else { return false }
        let after = rest.dropFirst(4).first
        return after == nil || after == " " || after == "{" || after == "\t"
    }
}
