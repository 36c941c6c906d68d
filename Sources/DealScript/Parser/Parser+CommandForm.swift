// Command form: a registered command at the start of a statement, written without
// parentheses (`vesting at: 2028-01-01`, `point P2 size: 3`).

extension Parser {
    /// `vesting at: 2028-01-01`, `price path growth from: $203.71`, `print a, b`: a registered
    /// command at the start of a statement, not followed by `(`, `=`, `.` or `[`.
    mutating func commandStatement() throws -> Statement? {
        guard let first = current.identifier, commands.startsCommand(first) || commands.command(named: first) != nil,
            !declaredNames.contains(first), !isVariable(first)
        else {
            return nil
        }
        // Longest multi-word match.
        var words = [first]
        var best: (Command, Int)?
        var i = 0
        while true {
            if let c = commands.command(named: words.joined(separator: " ")) { best = (c, i) }
            guard let nextWord = peek(i + 1).identifier, peek(i + 1).range.line == current.range.line else { break }
            words.append(nextWord)
            i += 1
            if i > 4 { break }
        }
        guard let (command, last) = best else { return nil }
        let after = peek(last + 1)
        let nameEnd = peek(last).range.offset + peek(last).range.length
        // `f(x)` and `xs[0]` (no space) are a call and an index; `print [1, 2]` is command form.
        if let s = after.symbol, s == .lparen || s == .lbracket, after.range.offset == nameEnd { return nil }
        if let s = after.symbol, [.assign, .dot].contains(s) { return nil }
        if last == 0, let s = after.symbol,
            [.plus, .star, .slash, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .percent].contains(s)
        {
            return nil
        }
        let start = current
        var end = current
        for _ in 0...last { end = advance() }
        let nameRange = start.range.through(end.range)
        var arguments: [Argument] = []
        var positionalIndex = 0
        while !(current.isNewline || current.isEnd || current.symbol == .semicolon || current.symbol == .rbrace) {
            let argStart = current
            if let label = current.identifier, peek().symbol == .colon {
                advance()
                advance()
                if let mistake = commandMistake(command, label: label, positionalIndex: positionalIndex) {
                    throw mistake
                }
                // An unknown label's value reads like a name (`foo: bar` is no unknown-name
                // error); the argument check then reports the label where it was written, at run
                // time, so earlier statements run and the REPL and call form say the same.
                let kind = command.labelKind(label) ?? .name
                let valueStart = current
                let value = kind == .name ? try nameArgument() : try expression()
                arguments.append(
                    Argument(
                        label: label, value: value, range: argStart.range, valueRange: valueRange(from: valueStart)))
            } else {
                if let mistake = commandMistake(command, label: nil, positionalIndex: positionalIndex) { throw mistake }
                let kind = command.positionalKind(positionalIndex)
                let value = kind == .name ? try nameArgument() : try expression()
                arguments.append(
                    Argument(label: nil, value: value, range: argStart.range, valueRange: valueRange(from: argStart)))
                positionalIndex += 1
            }
            if current.symbol == .comma { advance() }
        }
        let callee = Expr(kind: .name(command.name), range: nameRange)
        return Statement(
            kind: .expression(Expr(kind: .call(callee, arguments), range: nameRange), command: true),
            range: start.range)
    }

    /// The text from `start` to the last token consumed (one line at most), so a command's
    /// error about an argument can sit under the whole value.
    func valueRange(from start: Token) -> SourceRange {
        let r = start.range
        guard lastEnd > r.offset else { return r }
        let text = sourceText(from: r.offset, to: lastEnd)
        guard !text.contains("\n") else { return r }
        return SourceRange(
            offset: r.offset, line: r.line, column: r.column,
            length: text.unicodeScalars.count, sourceID: r.sourceID)
    }

    /// A bare word taken as a name (`T2`, `close`), or a word with a call (`avg(20td)`) taken
    /// as its source text. Anything else is an ordinary expression.
    mutating func nameArgument() throws -> Expr {
        // `tour 3`: a whole number where a name goes is that name (a step, a row).
        if case .number(let v, "") = current.kind, v == v.rounded(), v >= 0, v < 1e6, peek().isNewline || peek().isEnd {
            let t = advance()
            return Expr(kind: .literal(.string(String(Int(v)))), range: t.range)
        }
        // `help let`: a keyword where a name goes is that word.
        if let k = current.keyword, peek().isNewline || peek().isEnd {
            let t = advance()
            return Expr(kind: .literal(.string(k.rawValue)), range: t.range)
        }
        guard current.identifier != nil else { return try expression() }
        let start = advance()
        var endOffset = start.range.offset + start.range.length
        if current.symbol == .lparen, current.range.offset == endOffset {
            var depth = 0
            repeat {
                if current.isEnd { throw error("expected `)`") }
                // Only ( ) nest here: another bracket would be left open for the shell's line
                // check (OpenInput) while this read past it (`tranche v({)`, found by fuzz-parse).
                if let s = current.symbol, [.lbrace, .rbrace, .lbracket, .rbracket].contains(s) {
                    throw error("expected `)`")
                }
                if current.symbol == .lparen { depth += 1 }
                if current.symbol == .rparen { depth -= 1 }
                endOffset = current.range.offset + current.range.length
                advance()
            } while depth > 0
        }
        let text = sourceText(from: start.range.offset, to: min(endOffset, source.scalars.count))
        return Expr(kind: .literal(.string(text)), range: start.range)
    }

}
