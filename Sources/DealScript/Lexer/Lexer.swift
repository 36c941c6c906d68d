// The lexer: source text to tokens, with number suffixes, dates and string interpolation.
import CivilTime

/// Turns source text into tokens. Newlines inside `(` or `[` are dropped, so an open
/// bracket continues a statement; inside `{` they end statements.
struct Lexer {
    private let chars: [Unicode.Scalar]
    private var pos = 0
    private var line: Int
    private var column = 1
    private let file: String
    private let sourceID: Int
    /// Open brackets, innermost last; newlines count only when the innermost is `{` or none.
    private var brackets: [Unicode.Scalar] = []
    /// Strings nested in interpolations, bounded so hostile input cannot exhaust the stack.
    private var stringDepth = 0

    init(_ source: SourceText, sourceID: Int = 0) {
        chars = source.scalars
        line = source.firstLine
        file = source.file
        self.sourceID = sourceID
    }

    /// What is still open at the end of the text, for a reader joining lines into an entry.
    enum Openness {
        /// Every string is closed; `brackets` are the brackets left open (none: balanced).
        case closed(brackets: [Unicode.Scalar])
        /// A token (a string) runs past the end: it starts at `offset`, with `brackets` open before it.
        case unfinished(offset: Int, brackets: [Unicode.Scalar])
        /// The text has an error of its own: the parser will report it, the entry is complete.
        case invalid
    }

    /// Lexes the whole text, starting with `brackets` open, and says what is open at its end.
    mutating func openness(startingWith open: [Unicode.Scalar]) -> Openness {
        brackets = open
        while true {
            let start = pos
            let before = brackets
            do {
                if try next().isEnd { return .closed(brackets: brackets) }
            } catch let d as Diagnostic where d.isUnexpectedEnd {
                return .unfinished(offset: start, brackets: before)
            } catch {
                return .invalid
            }
        }
    }

    /// Every token up to and including `.end`.
    mutating func tokenize() throws -> [Token] {
        var tokens: [Token] = []
        while true {
            let t = try next()
            tokens.append(t)
            if t.isEnd { return tokens }
        }
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        pos + ahead < chars.count ? chars[pos + ahead] : nil
    }

    private mutating func advance() {
        if chars[pos] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        pos += 1
    }

    private func here(_ start: Int, _ startLine: Int, _ startColumn: Int) -> SourceRange {
        SourceRange(
            offset: start, line: startLine, column: startColumn, length: max(1, pos - start), sourceID: sourceID)
    }

    private func error(_ message: String, at range: SourceRange, end: Bool = false) -> Diagnostic {
        Diagnostic(file: file, range: range, kind: .syntax, message: message, isUnexpectedEnd: end)
    }

    private var newlineCounts: Bool {
        guard let top = brackets.last else { return true }
        return top == "{"
    }

    mutating func next() throws -> Token {
        // Skip blanks and comments; newlines become tokens when they end statements.
        while let c = peek() {
            if c == " " || c == "\t" || c == "\r" {
                advance()
            } else if c == "#" {
                while let d = peek(), d != "\n" { advance() }
            } else if c == "\\", peek(1) == "\n" {
                advance()
                advance()
            } else if c == "\n" {
                if newlineCounts {
                    let r = SourceRange(offset: pos, line: line, column: column, length: 1, sourceID: sourceID)
                    advance()
                    return Token(kind: .newline, range: r)
                }
                advance()
            } else {
                break
            }
        }
        let start = pos
        let sl = line
        let sc = column
        guard let c = peek() else {
            return Token(
                kind: .end, range: SourceRange(offset: pos, line: line, column: column, length: 1, sourceID: sourceID))
        }
        if c.isAlphabetic || c == "_" {
            while let d = peek(), d.isAlphabetic || d == "_" || d.isDigit { advance() }
            let word = SourceText.string(chars[start..<pos])
            if let k = Keyword(rawValue: word) {
                return Token(kind: .keyword(k), range: here(start, sl, sc))
            }
            return Token(kind: .identifier(word), range: here(start, sl, sc))
        }
        if c.isDigit || (c == "." && (peek(1)?.isDigit ?? false)) {
            let t = try number(start, sl, sc)
            if case .number(let v, "") = t.kind, peek() == " ", let unit = spacedUnit() {
                try checkFinite(v, unit, at: here(start, sl, sc))
                return Token(kind: .number(v, suffix: unit), range: here(start, sl, sc))
            }
            return t
        }
        if c == "$" {
            advance()
            // `$M`, `$B`: money units, the target of a conversion (`$13.05B -> $M`).
            if let s = peek(), "kMBT".unicodeScalars.contains(s),
                !(peek(1).map { $0.isAlphabetic || $0.isDigit || $0 == "_" } ?? false)
            {
                advance()
                return Token(kind: .identifier("$" + String(s)), range: here(start, sl, sc))
            }
            guard let d = peek(), d.isDigit || d == "." else {
                throw error("expected a number after `$`", at: here(start, sl, sc))
            }
            let t = try number(pos, line, column)
            guard case .number(let v, let suffix) = t.kind else {
                throw error("expected an amount after `$`", at: here(start, sl, sc))
            }
            guard let scale = Lexer.scales[suffix] else {
                throw error("`\(suffix)` is not a money scale (expected k, M, B or T)", at: here(start, sl, sc))
            }
            guard (v * scale).isFinite else {
                throw error("number too large (the largest is about 1.8e308)", at: here(start, sl, sc))
            }
            return Token(kind: .money(v * scale), range: here(start, sl, sc))
        }
        if c == "\"" {
            return try string(start, sl, sc)
        }
        advance()
        let two: Symbol?
        switch (c, peek()) {
        case ("=", "="): two = .equal
        case ("!", "="): two = .notEqual
        case ("<", "="): two = .lessEqual
        case (">", "="): two = .greaterEqual
        case ("&", "&"): two = .andAnd
        case ("|", "|"): two = .orOr
        case ("-", ">"): two = .arrow
        default: two = nil
        }
        if let two {
            advance()
            return Token(kind: .symbol(two), range: here(start, sl, sc))
        }
        guard let s = Symbol(rawValue: String(c)) else {
            throw error("unexpected character `\(c)`", at: here(start, sl, sc))
        }
        switch s {
        case .lparen, .lbracket, .lbrace: brackets.append(c)
        case .rparen, .rbracket, .rbrace: if !brackets.isEmpty { brackets.removeLast() }
        default: break
        }
        return Token(kind: .symbol(s), range: here(start, sl, sc))
    }

    /// A literal beyond a Double (`1e999999`, `1e308T`, `1e300 TW`) would print as `inf`: an
    /// error at the literal instead.
    private func checkFinite(_ value: Double, _ suffix: String, at range: SourceRange) throws {
        let factor = suffix == "%" ? 0.01 : Lexer.scales[suffix] ?? UnitLiteral.table[suffix]?.factor ?? 1
        guard value.isFinite, (value * factor).isFinite else {
            throw error("number too large (the largest is about 1.8e308)", at: range)
        }
    }

    /// A unit written after a space (`2 GW`, `500 MW`): unit names are reserved, so a number
    /// then a unit is always a quantity. Consumes the blanks and the unit when there is one.
    private mutating func spacedUnit() -> String? {
        var i = 0
        while peek(i) == " " { i += 1 }
        var word = ""
        while let d = peek(i), d.isAlphabetic, word.unicodeScalars.count < 3 {
            word.unicodeScalars.append(d)
            i += 1
        }
        if let d = peek(i), d.isAlphabetic || d.isDigit || d == "_" { return nil }
        guard UnitLiteral.table[word] != nil else { return nil }
        for _ in 0..<i { advance() }
        return word
    }

    static let scales: [String: Double] = ["": 1, "k": 1e3, "M": 1e6, "B": 1e9, "T": 1e12]

    private mutating func digits() -> String {
        var s = ""
        while let d = peek(), d.isDigit || d == "_" {
            if d != "_" { s.unicodeScalars.append(d) }
            advance()
        }
        return s
    }

    private mutating func number(_ start: Int, _ sl: Int, _ sc: Int) throws -> Token {
        // Dates first: 2026-07-01, 2026H2, 2026Q3.
        if let date = try dateLiteral(start, sl, sc) { return date }
        var text = digits()
        if peek() == ".", peek(1)?.isDigit ?? false {
            advance()
            text += "." + digits()
        }
        if let e = peek(), e == "e" || e == "E" {
            let sign = peek(1)
            if sign?.isDigit ?? false || ((sign == "+" || sign == "-") && (peek(2)?.isDigit ?? false)) {
                advance()
                text += "e"
                if sign == "+" || sign == "-" {
                    text.unicodeScalars.append(sign!)
                    advance()
                }
                text += digits()
            }
        }
        guard let value = Double(text) else {
            throw error("malformed number", at: here(start, sl, sc))
        }
        var suffix = ""
        if peek() == "%" {
            advance()
            suffix = "%"
            // `10%3` reads as 10% then 3: say what `%` means instead of printing `0.1 3`.
            if let d = peek(), d.isDigit || d.isAlphabetic || d == "_" || d == "(" {
                var right = ""
                var i = 0
                while let e = peek(i), e.isDigit || e.isAlphabetic || e == "_" || e == "." {
                    right.unicodeScalars.append(e)
                    i += 1
                }
                let left = SourceText.string(chars[start..<pos - 1])
                throw error(
                    "`%` is percent; for a remainder write `\(left) % \(right.isEmpty ? "..." : right)`",
                    at: here(start, sl, sc))
            }
        } else {
            while let d = peek(), d.isAlphabetic {
                suffix.unicodeScalars.append(d)
                advance()
            }
            if let d = peek(), d.isDigit || d == "_" {
                throw error("malformed number", at: here(start, sl, sc))
            }
            if !suffix.isEmpty, !Lexer.knownSuffixes.contains(suffix) {
                throw error(
                    "unknown unit `\(suffix)` (expected a scale k M B T, a unit such as GW, GB, PF, or a "
                        + "duration d td w mo y)",
                    at: here(start, sl, sc))
            }
        }
        try checkFinite(value, suffix, at: here(start, sl, sc))
        return Token(kind: .number(value, suffix: suffix), range: here(start, sl, sc))
    }

    static let knownSuffixes: Set<String> = Set(UnitLiteral.table.keys).union([
        "k", "M", "B", "T", "d", "td", "w", "mo", "y",
    ])

    private mutating func dateLiteral(_ start: Int, _ sl: Int, _ sc: Int) throws -> Token? {
        func isDigitAt(_ i: Int) -> Bool { peek(i)?.isDigit ?? false }
        guard isDigitAt(0), isDigitAt(1), isDigitAt(2), isDigitAt(3), !isDigitAt(4) else { return nil }
        let year = Int(String(String.UnicodeScalarView(chars[pos..<pos + 4])))!
        if peek(4) == "-", isDigitAt(5), isDigitAt(6), peek(7) == "-", isDigitAt(8), isDigitAt(9), !isDigitAt(10) {
            let month = Int(String(String.UnicodeScalarView(chars[pos + 5..<pos + 7])))!
            let day = Int(String(String.UnicodeScalarView(chars[pos + 8..<pos + 10])))!
            for _ in 0..<10 { advance() }
            guard let d = CivilDate(year: year, month: month, day: day) else {
                let written = String(String.UnicodeScalarView(chars[start..<pos]))
                throw error(
                    "no such date: \(written) (\(Self.whyNoDate(year: year, month: month, day: day)))",
                    at: here(start, sl, sc))
            }
            return Token(kind: .date(d), range: here(start, sl, sc))
        }
        if let p = peek(4), p == "H" || p == "Q", let n = peek(5), n.isDigit,
            !(peek(6).map { $0.isAlphabetic || $0.isDigit } ?? false)
        {
            let k = Int(n.value) - 48
            for _ in 0..<6 { advance() }
            let month: Int
            if p == "H" {
                guard k == 1 || k == 2 else {
                    throw error("no such half: \(year)H\(k) (a half is H1 or H2)", at: here(start, sl, sc))
                }
                month = k == 1 ? 1 : 7
            } else {
                guard (1...4).contains(k) else {
                    throw error("no such quarter: \(year)Q\(k) (a quarter is Q1 to Q4)", at: here(start, sl, sc))
                }
                month = (k - 1) * 3 + 1
            }
            return Token(kind: .date(CivilDate(year: year, month: month, day: 1)!), range: here(start, sl, sc))
        }
        return nil
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]

    /// Why `year-month-day` names no day, in the words a reader checks first.
    static func whyNoDate(year: Int, month: Int, day: Int) -> String {
        guard (1...12).contains(month) else { return "months run 01 to 12" }
        guard day >= 1 else { return "days run from 01" }
        let days = CivilDate.daysIn(month: month, year: year)
        return "\(monthNames[month - 1]) \(year) has \(days) days"
    }

    /// `unterminated string`, pointing at the end of the line the string starts on.
    private func unterminated(_ start: Int, _ sl: Int, _ sc: Int) -> Diagnostic {
        let at = SourceRange(offset: pos, line: line, column: column, length: 1, sourceID: sourceID)
        return error(
            "unterminated string: add the closing `\"` (a string ends on its line; write \\n for a newline)",
            at: at)
    }

    private mutating func string(_ start: Int, _ sl: Int, _ sc: Int) throws -> Token {
        stringDepth += 1
        defer { stringDepth -= 1 }
        if stringDepth > 50 { throw error("strings nested too deeply", at: here(start, sl, sc)) }
        advance()  // opening quote
        var pieces: [StringPiece] = []
        var text = ""
        while true {
            // A string ends on its line: one left open is reported where the line ends, rather
            // than swallowing the lines after it (write \n for a newline).
            guard let c = peek(), c != "\n" else { throw unterminated(start, sl, sc) }
            if c == "\"" {
                advance()
                break
            }
            if c == "\\" {
                let es = pos
                let el = line
                let ec = column
                advance()
                guard let e = peek(), e != "\n" else { throw unterminated(start, sl, sc) }
                advance()
                switch e {
                case "n": text += "\n"
                case "t": text += "\t"
                case "\"": text += "\""
                case "\\": text += "\\"
                case "{": text += "{"
                case "}": text += "}"
                default: throw error("unknown escape `\\\(e)` (expected \\n \\t \\\" \\\\ \\{)", at: here(es, el, ec))
                }
                continue
            }
            if c == "{" {
                if !text.isEmpty {
                    pieces.append(.text(text))
                    text = ""
                }
                let cs = pos
                let cl = line
                let cc = column
                advance()
                var inner: [Token] = []
                let saved = brackets
                brackets = ["("]  // newlines inside an interpolation do not end it
                var depth = 0
                while true {
                    if peek() == nil { throw error("unterminated string", at: here(start, sl, sc), end: true) }
                    let t = try next()
                    if t.isEnd { throw error("unterminated string", at: here(start, sl, sc), end: true) }
                    if t.symbol == .lbrace { depth += 1 }
                    if t.symbol == .rbrace {
                        if depth == 0 { break }
                        depth -= 1
                    }
                    inner.append(t)
                }
                brackets = saved
                inner.append(
                    Token(
                        kind: .end,
                        range: SourceRange(
                            offset: pos - 1, line: line, column: column - 1, length: 1, sourceID: sourceID)))
                pieces.append(.code(inner, here(cs, cl, cc)))
                continue
            }
            text.unicodeScalars.append(c)
            advance()
        }
        if !text.isEmpty || pieces.isEmpty { pieces.append(.text(text)) }
        return Token(kind: .string(pieces), range: here(start, sl, sc))
    }
}

extension Unicode.Scalar {
    var isDigit: Bool { value >= 48 && value <= 57 }
    /// Alphabetic, looked up in Unicode's tables only outside ASCII (most source is ASCII).
    var isAlphabetic: Bool {
        if value < 128 { return (value | 0x20) >= 97 && (value | 0x20) <= 122 }
        return properties.isAlphabetic
    }
}
