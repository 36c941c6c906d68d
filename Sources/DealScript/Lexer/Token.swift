// The tokens of DealScript: what the lexer produces and the parser reads.
import CivilTime

/// One piece of a string literal: plain text or an interpolated `{expression}`.
enum StringPiece {
    case text(String)
    case code([Token], SourceRange)
}

/// A token and where it was read.
struct Token {
    enum Kind {
        /// A number with its suffix kept apart (`GW`, `k`, `%`, `mo`; empty when none).
        case number(Double, suffix: String)
        /// `$` and a number with an optional scale (`$45k`).
        case money(Double)
        case date(CivilDate)
        case string([StringPiece])
        case identifier(String)
        case keyword(Keyword)
        case symbol(Symbol)
        case newline
        case end
    }
    var kind: Kind
    var range: SourceRange

    var symbol: Symbol? {
        if case .symbol(let s) = kind { return s }
        return nil
    }
    var keyword: Keyword? {
        if case .keyword(let k) = kind { return k }
        return nil
    }
    var identifier: String? {
        if case .identifier(let s) = kind { return s }
        return nil
    }
    var isEnd: Bool {
        if case .end = kind { return true }
        return false
    }
    var isNewline: Bool {
        if case .newline = kind { return true }
        return false
    }
}

/// Reserved words.
enum Keyword: String, CaseIterable {
    case `let`, fn, `return`, `if`, `else`, `while`, `for`, `in`, `break`, `continue`
    case assert, within, and, or, not, `true`, `false`, `nil`
}

/// Punctuation and operators.
enum Symbol: String {
    case lparen = "("
    case rparen = ")"
    case lbracket = "["
    case rbracket = "]"
    case lbrace = "{"
    case rbrace = "}"
    case comma = ","
    case colon = ":"
    case semicolon = ";"
    case dot = "."
    case plus = "+"
    case minus = "-"
    case star = "*"
    case slash = "/"
    case percent = "%"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case assign = "="
    case andAnd = "&&"
    case orOr = "||"
    case bang = "!"
    /// `->`: a conversion, `1.5GW -> MW`.
    case arrow = "->"
}

extension Token.Kind {
    /// How the token reads in a message: `)`, `identifier x`, `end of input`.
    var describe: String {
        switch self {
        case .number: return "a number"
        case .money: return "an amount of money"
        case .date: return "a date"
        case .string: return "a string"
        case .identifier(let s): return "`\(s)`"
        case .keyword(let k): return "`\(k.rawValue)`"
        case .symbol(let s): return "`\(s.rawValue)`"
        case .newline: return "end of line"
        case .end: return "end of input"
        }
    }
}
