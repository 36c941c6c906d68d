// The parser: tokens to a syntax tree, recursive descent with one token of look-ahead.
import CivilTime

/// Parses a whole script. `commands` tells it which statement-leading words are commands.
struct Parser {
    var tokens: [Token]
    var pos = 0
    /// The text the tokens were read from, shared (never copied) with interpolations' parsers.
    let source: SourceText
    let commands: CommandRegistry
    var file: String { source.file }

    init(tokens: [Token], source: SourceText, commands: CommandRegistry) {
        self.tokens = tokens
        self.source = source
        self.commands = commands
    }

    /// Names the user defined that hide a command of the same name at a statement's start.
    var isVariable: (String) -> Bool = { _ in false }
    /// Names given by `let` or `fn` earlier in this source (they hide commands too).
    var declaredNames: Set<String> = []

    /// Lexes and parses `source`.
    static func parse(
        _ source: SourceText, sourceID: Int = 0, commands: CommandRegistry,
        isVariable: @escaping (String) -> Bool = { _ in false }
    ) throws -> [Statement] {
        var lexer = Lexer(source, sourceID: sourceID)
        let tokens = try lexer.tokenize()
        var parser = Parser(tokens: tokens, source: source, commands: commands)
        parser.isVariable = isVariable
        return try parser.program()
    }

    // MARK: tokens

    var current: Token { tokens[pos] }
    func peek(_ n: Int = 1) -> Token { tokens[min(pos + n, tokens.count - 1)] }

    /// Offset just past the last token consumed.
    var lastEnd = 0

    func sourceText(from start: Int, to end: Int) -> String {
        source.text(from: start, to: end)
    }

    @discardableResult
    mutating func advance() -> Token {
        let t = tokens[pos]
        lastEnd = t.range.offset + t.range.length
        if pos < tokens.count - 1 { pos += 1 }
        return t
    }

    func error(_ message: String, at token: Token? = nil) -> Diagnostic {
        let t = token ?? current
        return Diagnostic(file: file, range: t.range, kind: .syntax, message: message, isUnexpectedEnd: t.isEnd)
    }

    func expected(_ what: String) -> Diagnostic {
        error("expected \(what), found \(current.kind.describe)")
    }

    mutating func expect(_ s: Symbol, _ what: String? = nil) throws -> Token {
        guard current.symbol == s else { throw expected(what ?? "`\(s.rawValue)`") }
        return advance()
    }

    mutating func skipNewlines() {
        while current.isNewline || current.symbol == .semicolon { advance() }
    }

    // MARK: statements

    mutating func program() throws -> [Statement] {
        var statements: [Statement] = []
        skipNewlines()
        while !current.isEnd {
            statements.append(try statement())
            try endOfStatement()
            skipNewlines()
        }
        return statements
    }

    mutating func endOfStatement() throws {
        if current.isNewline || current.symbol == .semicolon || current.isEnd || current.symbol == .rbrace { return }
        // A statement ending in a block may be followed on the same line: `if a { } return b`.
        if pos > 0, tokens[pos - 1].symbol == .rbrace { return }
        throw expected("end of statement")
    }

    mutating func block() throws -> [Statement] {
        depth += 1
        defer { depth -= 1 }
        if depth > 200 { throw error("blocks nested too deeply") }
        _ = try expect(.lbrace, "`{`")
        var statements: [Statement] = []
        skipNewlines()
        while current.symbol != .rbrace {
            if current.isEnd { throw error("expected `}` to close the block", at: current) }
            statements.append(try statement())
            try endOfStatement()
            skipNewlines()
        }
        advance()
        return statements
    }

    mutating func statement() throws -> Statement {
        let start = current
        switch current.kind {
        case .keyword(.let):
            advance()
            guard let name = current.identifier else { throw expected("a name after `let`") }
            advance()
            declaredNames.insert(name)
            _ = try expect(.assign, "`=`")
            return Statement(kind: .let(name, try expression()), range: start.range)
        case .keyword(.fn) where peek().identifier != nil:
            return Statement(kind: .function(try functionDeclaration()), range: start.range)
        case .keyword(.return):
            advance()
            if current.isNewline || current.isEnd || current.symbol == .rbrace || current.symbol == .semicolon {
                return Statement(kind: .return(nil), range: start.range)
            }
            return Statement(kind: .return(try expression()), range: start.range)
        case .keyword(.if):
            return try ifStatement()
        case .keyword(.while):
            advance()
            let condition = try expression()
            return Statement(kind: .while(condition, try block()), range: start.range)
        case .keyword(.for):
            advance()
            guard let name = current.identifier else { throw expected("a loop variable after `for`") }
            advance()
            guard current.keyword == .in else { throw expected("`in`") }
            advance()
            let sequence = try expression()
            return Statement(kind: .for(name, sequence, try block()), range: start.range)
        case .keyword(.break):
            advance()
            return Statement(kind: .break, range: start.range)
        case .keyword(.continue):
            advance()
            return Statement(kind: .continue, range: start.range)
        case .keyword(.assert):
            advance()
            let conditionStart = current.range.offset
            let condition = try expression()
            let text = sourceText(from: conditionStart, to: lastEnd)
            var tolerance: Expr?
            if current.keyword == .within {
                advance()
                tolerance = try expression()
            }
            var message: Expr?
            if current.symbol == .comma {
                advance()
                message = try expression()
            }
            return Statement(
                kind: .assert(condition, within: tolerance, message: message, text: text), range: start.range)
        case .identifier:
            if let command = try commandStatement() { return command }
        default:
            break
        }
        let expr = try expression()
        if current.symbol == .assign {
            switch expr.kind {
            case .name, .field, .index: break
            default: throw error("cannot assign to this expression", at: start)
            }
            advance()
            return Statement(kind: .assign(expr, try expression()), range: start.range)
        }
        return Statement(kind: .expression(expr, command: false), range: start.range)
    }

    mutating func ifStatement() throws -> Statement {
        let start = advance()
        let condition = try expression()
        let then = try block()
        var otherwise: [Statement]?
        if current.keyword == .else {
            advance()
            if current.keyword == .if {
                otherwise = [try ifStatement()]
            } else {
                otherwise = try block()
            }
        }
        return Statement(kind: .if(condition, then, otherwise), range: start.range)
    }

    mutating func functionDeclaration() throws -> FunctionDeclaration {
        let start = advance()  // fn
        var name = "fn"
        if let n = current.identifier {
            name = n
            declaredNames.insert(n)
            advance()
        }
        _ = try expect(.lparen, "`(` after the function name")
        var parameters: [(String, SourceRange)] = []
        while current.symbol != .rparen {
            guard let p = current.identifier else { throw expected("a parameter name") }
            if parameters.contains(where: { $0.0 == p }) { throw error("duplicate parameter `\(p)`") }
            parameters.append((p, current.range))
            advance()
            if current.symbol == .comma { advance() } else if current.symbol != .rparen { throw expected("`,` or `)`") }
        }
        advance()
        let body = try block()
        return FunctionDeclaration(name: name, parameters: parameters, body: body, range: start.range)
    }

    // MARK: expressions

    mutating func expression() throws -> Expr {
        let value = try orExpression()
        // `1.5GW -> MW`, `1.5GW to MW`: `to` converts only when a unit follows (`to:` is a label).
        let arrow = current.symbol == .arrow
        guard arrow || (current.identifier == "to" && isUnitName(peek())) else { return value }
        let t = advance()
        guard isUnitName(current) else {
            throw expected("a unit after `\(arrow ? "->" : "to")`, such as MW, GB, TF, $M or %")
        }
        let unit = current.identifier ?? "%"
        let u = advance()
        return Expr(kind: .convert(value, unit), range: t.range.through(u.range))
    }

    /// A unit a number can be converted to: `MW`, `$M`, `%`.
    func isUnitName(_ t: Token) -> Bool {
        if t.symbol == .percent { return true }
        guard let name = t.identifier else { return false }
        return ShownUnit.index(of: name) != nil && !name.isEmpty
    }

    mutating func orExpression() throws -> Expr {
        var left = try andExpression()
        while current.keyword == .or || current.symbol == .orOr {
            let op = advance()
            left = Expr(kind: .or(left, try andExpression()), range: op.range)
        }
        return left
    }

    mutating func andExpression() throws -> Expr {
        var left = try notExpression()
        while current.keyword == .and || current.symbol == .andAnd {
            let op = advance()
            left = Expr(kind: .and(left, try notExpression()), range: op.range)
        }
        return left
    }

    mutating func notExpression() throws -> Expr {
        if current.keyword == .not || current.symbol == .bang {
            let op = advance()
            return Expr(kind: .not(try notExpression()), range: op.range)
        }
        return try comparison()
    }

    mutating func comparison() throws -> Expr {
        var left = try additive()
        while let s = current.symbol, let op = BinaryOperator(rawValue: s.rawValue),
            [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual].contains(op)
        {
            let t = advance()
            left = Expr(kind: .binary(op, left, try additive()), range: t.range)
        }
        return left
    }

    mutating func additive() throws -> Expr {
        var left = try multiplicative()
        while let s = current.symbol, s == .plus || s == .minus {
            let t = advance()
            left = Expr(kind: .binary(s == .plus ? .add : .subtract, left, try multiplicative()), range: t.range)
        }
        return left
    }

    mutating func multiplicative() throws -> Expr {
        var left = try unary()
        while let s = current.symbol, s == .star || s == .slash || s == .percent {
            let t = advance()
            let op: BinaryOperator = s == .star ? .multiply : s == .slash ? .divide : .remainder
            left = Expr(kind: .binary(op, left, try unary()), range: t.range)
        }
        return left
    }

    var depth = 0

    mutating func unary() throws -> Expr {
        depth += 1
        defer { depth -= 1 }
        if depth > 200 { throw error("expression nested too deeply") }
        if current.symbol == .minus {
            let t = advance()
            return Expr(kind: .negate(try unary()), range: t.range)
        }
        if current.symbol == .plus {
            advance()
            return try unary()
        }
        return try postfix()
    }

    mutating func postfix() throws -> Expr {
        var expr = try primary()
        while true {
            if current.symbol == .lparen {
                let t = advance()
                expr = Expr(kind: .call(expr, try callArguments()), range: expr.range.through(t.range))
            } else if current.symbol == .dot {
                advance()
                guard let name = current.identifier else { throw expected("a field name after `.`") }
                let t = advance()
                expr = Expr(kind: .field(expr, name), range: t.range)
            } else if current.symbol == .lbracket {
                let t = advance()
                let index = try expression()
                _ = try expect(.rbracket, "`]`")
                expr = Expr(kind: .index(expr, index), range: t.range)
            } else {
                return expr
            }
        }
    }

    mutating func callArguments() throws -> [Argument] {
        var arguments: [Argument] = []
        while current.symbol != .rparen {
            let start = current
            var label: String?
            if let l = current.identifier, peek().symbol == .colon {
                label = l
                advance()
                advance()
            }
            let valueStart = current
            let value = try expression()
            arguments.append(
                Argument(label: label, value: value, range: start.range, valueRange: valueRange(from: valueStart)))
            if current.symbol == .comma { advance() } else if current.symbol != .rparen { throw expected("`,` or `)`") }
        }
        advance()
        return arguments
    }

    mutating func primary() throws -> Expr {
        let t = current
        switch t.kind {
        case .number(let v, let suffix):
            advance()
            return Expr(kind: .literal(try Parser.numberValue(v, suffix: suffix)), range: t.range)
        case .money(let v):
            advance()
            return Expr(kind: .literal(.number(v, .dollars)), range: t.range)
        case .date(let d):
            advance()
            return Expr(kind: .literal(.date(d)), range: t.range)
        case .string(let pieces):
            advance()
            return try stringExpression(pieces, t.range)
        case .identifier(let name):
            advance()
            return Expr(kind: .name(name), range: t.range)
        case .keyword(.true):
            advance()
            return Expr(kind: .literal(.bool(true)), range: t.range)
        case .keyword(.false):
            advance()
            return Expr(kind: .literal(.bool(false)), range: t.range)
        case .keyword(.nil):
            advance()
            return Expr(kind: .literal(.nil), range: t.range)
        case .keyword(.fn):
            let decl = try functionDeclaration()
            return Expr(kind: .function(decl), range: t.range)
        case .symbol(.lparen):
            advance()
            let e = try expression()
            _ = try expect(.rparen, "`)`")
            return e
        case .symbol(.lbracket):
            return try listOrRecord()
        default:
            throw expected("an expression")
        }
    }

    static func numberValue(_ v: Double, suffix: String) throws -> Value {
        if suffix.isEmpty { return .plain(v) }
        if suffix == "%" { return .number(v / 100, Dimension.none.shown(as: ShownUnit.percent)) }
        if let scale = Lexer.scales[suffix] { return .plain(v * scale) }
        if let unit = UnitLiteral.table[suffix] { return .number(v * unit.factor, unit.dimension) }
        if let unit = CalendarDuration.Unit(rawValue: suffix) { return .duration(CalendarDuration(v, unit)) }
        return .plain(v)
    }

    mutating func listOrRecord() throws -> Expr {
        let start = advance()
        if current.symbol == .colon, peek().symbol == .rbracket {
            advance()
            advance()
            return Expr(kind: .record([]), range: start.range)
        }
        if current.symbol == .rbracket {
            advance()
            return Expr(kind: .list([]), range: start.range)
        }
        if current.identifier != nil || isStringKey, peek().symbol == .colon {
            var fields: [(String, Expr)] = []
            while current.symbol != .rbracket {
                let key: String
                if let k = current.identifier {
                    key = k
                } else if case .string(let pieces) = current.kind, pieces.count == 1, case .text(let s) = pieces[0] {
                    key = s
                } else {
                    throw expected("a field name")
                }
                if fields.contains(where: { $0.0 == key }) { throw error("duplicate field `\(key)`") }
                advance()
                _ = try expect(.colon, "`:` after the field name")
                fields.append((key, try expression()))
                if current.symbol == .comma {
                    advance()
                } else if current.symbol != .rbracket {
                    throw expected("`,` or `]`")
                }
            }
            advance()
            return Expr(kind: .record(fields), range: start.range)
        }
        var items: [Expr] = []
        while current.symbol != .rbracket {
            items.append(try expression())
            if current.symbol == .comma {
                advance()
            } else if current.symbol != .rbracket {
                throw expected("`,` or `]`")
            }
        }
        advance()
        return Expr(kind: .list(items), range: start.range)
    }

    var isStringKey: Bool {
        if case .string = current.kind { return true }
        return false
    }

    func stringExpression(_ pieces: [StringPiece], _ range: SourceRange) throws -> Expr {
        if pieces.count == 1, case .text(let s) = pieces[0] { return Expr(kind: .literal(.string(s)), range: range) }
        var parts: [Interpolated] = []
        for piece in pieces {
            switch piece {
            case .text(let s): parts.append(.text(s))
            case .code(let tokens, let r):
                if tokens.count <= 1 {
                    throw Diagnostic(
                        file: file, range: r, kind: .syntax, message: "empty interpolation `{}` (write \\{ for a brace)"
                    )
                }
                var inner = interpolationParser(tokens)
                let e = try inner.expression()
                if !inner.current.isEnd { throw inner.expected("`}` to end the interpolation") }
                parts.append(.expr(e))
            }
        }
        return Expr(kind: .interpolation(parts), range: range)
    }

    /// A parser for the tokens of one `{...}` in a string: it reads the same shared text, so
    /// a script of many interpolations is parsed in time linear in its size.
    func interpolationParser(_ tokens: [Token]) -> Parser {
        var inner = Parser(tokens: tokens, source: source, commands: commands)
        inner.depth = depth + 1
        return inner
    }
}
