// The syntax tree the parser builds and the compiler turns into closures.

/// An expression and where it was written.
struct Expr {
    indirect enum Kind {
        case literal(Value)
        /// A string with `{expr}` parts.
        case interpolation([Interpolated])
        case name(String)
        case negate(Expr)
        case not(Expr)
        case binary(BinaryOperator, Expr, Expr)
        case and(Expr, Expr)
        case or(Expr, Expr)
        case call(Expr, [Argument])
        case field(Expr, String)
        case index(Expr, Expr)
        case list([Expr])
        case record([(String, Expr)])
        case function(FunctionDeclaration)
        /// `x -> MW`: the same number, shown in a unit of its dimension.
        case convert(Expr, String)
    }
    var kind: Kind
    /// For operators, the operator's own range (where a unit mismatch points).
    var range: SourceRange
}

/// A part of an interpolated string.
enum Interpolated {
    case text(String)
    case expr(Expr)
}

/// One argument of a call: `x` or `label: x`.
struct Argument {
    var label: String?
    var value: Expr
    /// Where the argument starts (the label when there is one).
    var range: SourceRange
    /// The value as written (`MI999`, `$50k`, `avg(20td)`), where a command's error about it points.
    var valueRange: SourceRange
}

/// Binary operators that compute values (the short-circuit ones are separate).
enum BinaryOperator: String {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case remainder = "%"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
}

/// `fn name(a, b) { ... }` or an anonymous `fn(a) { ... }`.
final class FunctionDeclaration {
    let name: String
    let parameters: [(String, SourceRange)]
    let body: [Statement]
    let range: SourceRange

    init(name: String, parameters: [(String, SourceRange)], body: [Statement], range: SourceRange) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.range = range
    }
}

/// A statement and where it starts.
struct Statement {
    indirect enum Kind {
        case `let`(String, Expr)
        case assign(Expr, Expr)
        case function(FunctionDeclaration)
        case `return`(Expr?)
        case `if`(Expr, [Statement], [Statement]?)
        case `while`(Expr, [Statement])
        case `for`(String, Expr, [Statement])
        case `break`, `continue`
        case assert(Expr, within: Expr?, message: Expr?, text: String)
        /// An expression statement; `command` when written in command form (its result prints).
        case expression(Expr, command: Bool)
    }
    var kind: Kind
    var range: SourceRange
}
