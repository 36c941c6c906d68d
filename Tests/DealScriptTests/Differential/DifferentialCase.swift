// One differential case: an expression over operands, each operand placed in a shape (a
// global, a local, a captured variable, a field...), inside a statement form. It is written
// out as a program for the compiler, and its expected output is derived from the reference
// evaluator's outcome on the same expression with the operands as plain names.
import Foundation

@testable import DealScript

/// What an operand holds, as source text.
struct OperandKind {
    let text: String
    /// An undefined name: used as written, in every shape.
    var undefined = false

    static let all: [OperandKind] = [
        OperandKind(text: "3"), OperandKind(text: "-2.5"), OperandKind(text: "0"), OperandKind(text: "-0"),
        OperandKind(text: "1e308 * 10"), OperandKind(text: "-(1e308 * 10)"),
        OperandKind(text: "(1e308 * 10) - (1e308 * 10)"),
        OperandKind(text: "2GW"), OperandKind(text: "$5"), OperandKind(text: "55%"), OperandKind(text: "\"ab\""),
        OperandKind(text: "2026-01-31"), OperandKind(text: "3d"), OperandKind(text: "2mo"),
        OperandKind(text: "nil"), OperandKind(text: "true"), OperandKind(text: "false"),
        OperandKind(text: "nope", undefined: true),
    ]
    static let nan = OperandKind(text: "(1e308 * 10) - (1e308 * 10)")
}

/// Where an operand lives in the compiled program.
enum OperandShape: CaseIterable {
    case constant, global, local, parameter, captured, field, element, call
}

/// The statement form the expression sits in.
enum StatementForm: CaseIterable {
    case print, letThenPrint, assign, fieldAssign, elementAssign, forLoop, returned, ifElse, ifReturn, whileLoop
    case assertion
    /// `assert E within 0.5` and `assert E within 1%`: the tolerance's rule over every shape.
    case assertWithin, assertWithinPercent

    /// The tolerance written after `within`, for the forms that have one.
    var tolerance: String? {
        switch self {
        case .assertWithin: return "0.5"
        case .assertWithinPercent: return "1%"
        default: return nil
        }
    }
}

struct DifferentialCase: CustomStringConvertible {
    /// The expression over `a0`, `a1`, ... (the reference sees these names).
    let expression: String
    let operands: [(OperandKind, OperandShape)]
    let form: StatementForm

    var description: String { program }

    private func reference(_ i: Int) -> String {
        let (kind, shape) = operands[i]
        if kind.undefined { return kind.text }
        switch shape {
        case .constant: return "(\(kind.text))"
        case .global: return "g\(i)"
        case .local: return "l\(i)"
        case .parameter: return "p\(i)"
        case .captured: return "c\(i)"
        case .field: return "r\(i).v"
        case .element: return "x\(i)[0]"
        case .call: return "k\(i)()"
        }
    }

    /// The expression with each operand written in its shape.
    var compiledExpression: String {
        var out = expression
        // Highest index first, so `a1` is not taken for the start of `a10`.
        for i in operands.indices.reversed() { out = out.replacingAll("a\(i)", with: reference(i)) }
        return out
    }

    var program: String {
        var prelude: [String] = []
        var parameters: [String] = []
        var arguments: [String] = []
        var locals: [String] = []
        var captured: [String] = []
        for (i, (kind, shape)) in operands.enumerated() where !kind.undefined {
            switch shape {
            case .constant: break
            case .global: prelude.append("let g\(i) = \(kind.text)")
            case .local: locals.append("let l\(i) = \(kind.text)")
            case .parameter:
                parameters.append("p\(i)")
                arguments.append(kind.text)
            case .captured: captured.append("let c\(i) = \(kind.text)")
            case .field: prelude.append("let r\(i) = [v: \(kind.text)]")
            case .element: prelude.append("let x\(i) = [\(kind.text)]")
            case .call: prelude.append("fn k\(i)() { return \(kind.text) }")
            }
        }
        let e = compiledExpression
        var body: [String]
        var after: [String] = []
        switch form {
        case .print: body = ["print \(e)"]
        case .letThenPrint: body = ["let z = \(e)", "print z"]
        case .assign: body = ["let z = 0", "z = \(e)", "print z"]
        case .fieldAssign: body = ["let rz = [v: 0]", "rz.v = \(e)", "print rz.v"]
        case .elementAssign: body = ["let xz = [0]", "xz[0] = \(e)", "print xz[0]"]
        case .forLoop: body = ["for item in [\(e)] {", "print item", "}"]
        case .returned: body = ["return \(e)"]
        case .ifElse: body = ["if \(e) { print \"yes\" } else { print \"no\" }"]
        case .ifReturn: body = ["if \(e) { return 1 }", "return 0"]
        case .whileLoop: body = ["while \(e) {", "print \"yes\"", "break", "}", "print \"end\""]
        case .assertion: body = ["assert \(e)", "print \"passed\""]
        case .assertWithin, .assertWithinPercent: body = ["assert \(e) within \(form.tolerance!)", "print \"passed\""]
        }
        let returns = form == .returned || form == .ifReturn
        let wrapped = returns || !parameters.isEmpty || !locals.isEmpty || !captured.isEmpty
        guard wrapped else { return (prelude + body).joined(separator: "\n") }
        var function = ["fn w(\(parameters.joined(separator: ", "))) {"] + locals
        if captured.isEmpty {
            function += body
        } else {
            function += captured + ["fn inner() {"] + body + ["}", "return inner()"]
        }
        function.append("}")
        let call = "w(\(arguments.joined(separator: ", ")))"
        after.append(returns ? "print \(call)" : "let done = \(call)")
        return (prelude + function + after).joined(separator: "\n")
    }

    /// What the program must print and the error it must end with, derived from the
    /// reference evaluator's outcome for the expression.
    func expected(commands: CommandRegistry) -> String {
        var names: [String: Value] = [:]
        var failures: [Int: ScriptError] = [:]
        let evaluator = ReferenceEvaluator(names: [:])
        for (i, (kind, _)) in operands.enumerated() where !kind.undefined {
            switch evaluator.result(DifferentialCase.parse(kind.text, commands)) {
            case .success(let v): names["a\(i)"] = v
            case .failure(let e): failures[i] = e
            }
        }
        // An operand that fails where it is defined (an overflowing literal, say) ends the
        // program there: definitions run in the order the program writes them.
        let definedFirst: [OperandShape] = [.global, .field, .element]
        if let i = operands.indices.first(where: { failures[$0] != nil && definedFirst.contains(operands[$0].1) }) {
            return "error: \(failures[i]!.message)"
        }
        // `within` on what is not a comparison is refused when its statement is compiled: after
        // the top-level definitions before it ran, before the function holding it is called.
        if form.tolerance != nil {
            guard case .binary(let op, _, _) = DifferentialCase.parse(expression, commands).kind,
                [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual].contains(op)
            else { return "error: `within` needs a comparison such as `a == b within 0.1`" }
        }
        for group in [[OperandShape.parameter], [.local], [.captured]] {
            if let i = operands.indices.first(where: { failures[$0] != nil && group.contains(operands[$0].1) }) {
                return "error: \(failures[i]!.message)"
            }
        }
        // An undefined operand is the same undefined name for the reference, and one that
        // fails where it is used (a constant, a call's result) is its text written in place.
        var written = expression
        for i in operands.indices.reversed() where operands[i].0.undefined || failures[i] != nil {
            let text = operands[i].0.undefined ? operands[i].0.text : "(\(operands[i].0.text))"
            written = written.replacingAll("a\(i)", with: text)
        }
        let root = DifferentialCase.parse(written, commands)
        let result = ReferenceEvaluator(names: names).result(root)
        func condition(_ what: String, yes: String, no: String) -> String {
            switch result {
            case .success(.bool(let b)): return b ? yes : no
            case .success: return "error: \(what) needs a true/false condition"
            case .failure(let e): return "error: \(e.message)"
            }
        }
        switch form {
        case .print, .letThenPrint, .assign, .fieldAssign, .elementAssign, .forLoop, .returned:
            switch result {
            case .success(let v): return v.display + "\n"
            case .failure(let e): return "error: \(e.message)"
            }
        case .ifElse: return condition("`if`", yes: "yes\n", no: "no\n")
        case .ifReturn: return condition("`if`", yes: "1\n", no: "0\n")
        case .whileLoop: return condition("`while`", yes: "yes\nend\n", no: "end\n")
        case .assertWithin, .assertWithinPercent:
            guard case .binary(let op, let a, let b) = root.kind else { return "error: not a comparison" }
            let evaluator = ReferenceEvaluator(names: names)
            let tolerance = evaluator.result(DifferentialCase.parse(form.tolerance!, commands))
            let outcome = Result {
                try Operators.asserts(op, try evaluator.evaluate(a), try evaluator.evaluate(b), within: tolerance.get())
            }
            switch outcome {
            case .success(let b): return b ? "passed\n" : "error: assertion failed"
            case .failure(let e): return "error: \((e as? ScriptError)?.message ?? "\(e)")"
            }
        case .assertion:
            switch result {
            case .success(.bool(let b)): return b ? "passed\n" : "error: assertion failed"
            case .success: return "error: `assert` needs true or false"
            case .failure(let e): return "error: \(e.message)"
            }
        }
    }

    /// Runs the program in `session`; its output, then `error: MESSAGE` when it failed
    /// (a suggestion cut off: the compiled program has other names in scope than the reference).
    func actual(in session: Session, buffer: Buffer) -> String {
        buffer.out = ""
        buffer.diagnostics = []
        _ = session.runScript(program, file: "case.deal")
        guard let d = buffer.diagnostics.first else { return buffer.out }
        var message = d.message
        if let cut = message.range(of: "; did you mean") { message = String(message[..<cut.lowerBound]) }
        if message.hasPrefix("assertion failed") { message = "assertion failed" }
        if message.hasPrefix("`assert` needs true or false") { message = "`assert` needs true or false" }
        return buffer.out + "error: " + message
    }

    static func parse(_ text: String, _ commands: CommandRegistry) -> Expr {
        guard let e = parsed(text, commands) else { fatalError("not one expression: \(text)") }
        return e
    }

    /// `text` as one expression; nil when it is not one (`a < b < c`, say).
    static func parsed(_ text: String, _ commands: CommandRegistry) -> Expr? {
        guard let statements = try? Parser.parse(SourceText(text), commands: commands), statements.count == 1,
            case .expression(let e, _) = statements[0].kind
        else { return nil }
        return e
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        var out = ""
        var rest = self[...]
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound] + replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
