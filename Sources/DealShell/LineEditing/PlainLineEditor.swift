import CEditLine

// The editor used when standard input or output is not a terminal: plain lines, no keys.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads standard input line by line; shows the prompt on stderr only when asked to.
public final class PlainLineEditor: LineEditor {
    /// Whether prompts are shown (never for a pipe).
    public let showsPrompt: Bool

    /// A plain reader; `showsPrompt` writes prompts to stderr so stdout stays clean.
    public init(showsPrompt: Bool = false) {
        self.showsPrompt = showsPrompt
    }

    public func readLine(prompt: String) -> LineRead {
        if showsPrompt {
            fflush(tranche_stdout())
            fputs(prompt, tranche_stderr())
            fflush(tranche_stderr())
        }
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    /// A plain reader has no recall.
    public func addHistory(_ entry: String) {}
}
