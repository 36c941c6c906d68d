// The mistakes people make writing a command, caught before the value is read, each with
// the right form in the message (`vesting at 2028-01-01`: did you mean `at:`?).

extension Parser {
    static let fileExtensions: Set<String> = ["csv", "deal", "json", "svg", "html", "t", "txt"]

    /// A diagnostic for a known mistake at the current token, in an argument of `command`
    /// (after `label:` when `label` is set), or nil.
    func commandMistake(_ command: Command, label: String?, positionalIndex: Int) -> Diagnostic? {
        let next = peek()
        // `amd.csv`: a file name written bare reads as a field of `amd`.
        if let word = current.identifier, next.symbol == .dot,
            next.range.offset == current.range.offset + current.range.length,
            let ext = peek(2).identifier, Parser.fileExtensions.contains(ext)
        {
            return error("file names go in quotes: \"\(word).\(ext)\"")
        }
        if let label {
            let kind = command.labelKind(label)
            // `at: 01/01/2028`
            if case .date? = kind, case .number = current.kind, next.symbol == .slash {
                return error("dates are written year-month-day: \(label): 2028-01-01")
            }
            // `latch: no`
            if case .bool? = kind, let word = current.identifier,
                ["no", "yes", "on", "off", "y", "n", "True", "False"].contains(word)
            {
                return error("\(label): takes true or false")
            }
            // `plot ... to: 2028-01-01`
            if label == "to", case .string? = kind, case .date = current.kind {
                return error("to: is the output file; a date range is from:/until:")
            }
            return nil
        }
        // `vesting at 2028-01-01`: a label without its colon.
        if let word = current.identifier, command.labelKind(word) != nil, !next.isNewline, !next.isEnd,
            next.symbol != .colon, next.symbol != .comma,
            command.positionalKind(positionalIndex) == nil || next.isLiteral
        {
            return error("did you mean `\(word):`? (labels end with a colon: \(command.name) \(word): ...)")
        }
        return nil
    }
}

extension Token {
    /// A number, amount, date or string written out.
    var isLiteral: Bool {
        switch kind {
        case .number, .money, .date, .string: return true
        default: return false
        }
    }
}
