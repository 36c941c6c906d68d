// `assert EXPR [within TOL] [, "message"]`: a failure shows both sides of a comparison.

extension Compiler {
    func assertion(_ condition: Expr, _ tolerance: Expr?, _ message: Expr?, _ text: String, _ range: SourceRange) throws
        -> Exec
    {
        let note = try message.map { try expression($0) }
        func fail(_ f: Frame, _ detail: String) throws -> Never {
            var m = "assertion failed: \(text)"
            if let note { m = "assertion failed: \(try note(f).display) (\(text))" }
            throw ScriptError(m + detail, kind: .assertion, range: range)
        }
        if case .binary(let op, let a, let b) = condition.kind, Compiler.isComparison(op) {
            let left = try expression(a)
            let right = try expression(b)
            let tol = try tolerance.map { try expression($0) }
            let opRange = condition.range
            return { f in
                let x = try left(f)
                let y = try right(f)
                let detail = " (left \(x.nested), right \(y.nested))"
                let holds: Bool
                do {
                    holds = try Operators.asserts(op, x, y, within: try tol?(f))
                } catch var e as ScriptError {
                    e.range = e.range ?? opRange
                    throw e
                }
                if !holds { try fail(f, detail) }
                return .next
            }
        }
        if tolerance != nil { throw syntaxError("`within` needs a comparison such as `a == b within 0.1`", range) }
        let value = try expression(condition)
        return { f in
            let v = try value(f)
            guard case .bool(let b) = v else {
                throw ScriptError("`assert` needs true or false, got \(v.typeName) \(v.nested)", range: range)
            }
            if !b { try fail(f, "") }
            return .next
        }
    }
}
