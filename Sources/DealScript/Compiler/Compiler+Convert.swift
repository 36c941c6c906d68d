// `1.5GW -> MW`, `$13.05B to $M`, `0.55 -> %`: a number shown in a unit of its own dimension.

extension Compiler {
    func conversion(_ x: Expr, _ unitName: String, _ r: SourceRange) throws -> Eval {
        let value = try expression(x)
        guard let index = ShownUnit.index(of: unitName) else {
            throw syntaxError("`\(unitName)` is not a unit", r)
        }
        let unit = ShownUnit.all[Int(index)]
        return { f in
            let v = try value(f)
            guard case .number(let n, let d) = v, d == unit.dimension else {
                let target = unit.dimension == .none ? "a percent (%)" : unitTargetName(unit)
                throw ScriptError("cannot convert \(Operators.unitName(v)) to \(target)", range: r)
            }
            return .number(n, d.shown(as: index))
        }
    }
}

/// `power (MW)`, `money ($M)`: the dimension's name with the unit asked for.
private func unitTargetName(_ unit: ShownUnit) -> String {
    let d = unit.dimension
    return d.describe.replacingOccurrences(of: "(\(d.symbol))", with: "(\(unit.name))")
}
