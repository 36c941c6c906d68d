// Whether an entry read line by line still has a bracket or a string open, found by the
// lexer's own rules on each new line once, so joining a long entry stays linear in its length.

/// The brackets and string left open by the lines of an entry so far. The shell asks after
/// every line whether its entry is complete; parsing the whole entry each time costs the
/// square of its length, while this reads each line once (a string open across lines is read
/// again from its start).
public struct OpenInput {
    /// An unfinished string, lexed again with the next line.
    private var tail = ""
    private var brackets: [Unicode.Scalar] = []
    /// The lines hold a lexical error: the entry is complete, and its parse says what is wrong.
    private var invalid = false

    public init() {}

    /// True while a `{ ( [` or a string is open: the entry cannot be complete yet (parsing it
    /// would end at the end of the input, or at an error before it).
    public var isOpen: Bool { !invalid && (!tail.isEmpty || !brackets.isEmpty) }

    /// Adds the entry's next line.
    public mutating func add(_ line: String) {
        guard !invalid else { return }
        let text = SourceText(tail.isEmpty ? line : tail + "\n" + line)
        var lexer = Lexer(text)
        switch lexer.openness(startingWith: brackets) {
        case .closed(let open):
            tail = ""
            brackets = open
        case .unfinished(let offset, let open):
            tail = text.text(from: offset, to: text.scalars.count)
            brackets = open
        case .invalid:
            invalid = true
        }
    }
}
