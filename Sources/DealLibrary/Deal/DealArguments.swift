// Reading a deal command's checked arguments as model values, and turning model errors
// into script errors that name the term at fault.
import CivilTime
import DealModel
import DealScript

extension CommandArguments {
    /// The positional value at `index` as a name (a bare word, or a string when parenthesised).
    func name(_ index: Int, _ command: String) throws -> String {
        guard index < positional.count, case .string(let s) = positional[index] else {
            throw ScriptError("`\(command)` needs a name", range: range(ofPositional: index))
        }
        return s
    }

    /// A quantity's number in base units (W, $, B, FLOP/s) or a plain number, when given.
    func number(_ label: String) -> Double? {
        if case .number(let x, _)? = self[label] { return x }
        return nil
    }

    func date(_ label: String) -> CivilDate? {
        if case .date(let d)? = self[label] { return d }
        return nil
    }

    func duration(_ label: String) -> CalendarDuration? {
        if case .duration(let d)? = self[label] { return d }
        return nil
    }

    func bool(_ label: String) -> Bool? {
        if case .bool(let b)? = self[label] { return b }
        return nil
    }

    func word(_ label: String) -> String? {
        if case .string(let s)? = self[label] { return s }
        return nil
    }

    /// A required labelled value (the registry checks presence; this keeps the model safe).
    /// `isNew` says the term does not exist yet, so the message can say why it is required.
    func required<T>(_ value: T?, _ label: String, _ command: String, isNew: Bool = false) throws -> T {
        guard let value else {
            throw ScriptError(
                "`\(command)` needs `\(label):`"
                    + (isNew ? " (it is new; amending an existing one needs only the terms that change)" : ""))
        }
        return value
    }

    /// A share count: a whole number that fits the model (up to 10^15), sign kept for validation.
    func shares(_ label: String, _ term: String) throws -> Int? {
        guard let x = number(label) else { return nil }
        guard x.isFinite, x == x.rounded(), abs(x) <= 1e15 else {
            throw error(
                "\(term) \(label): must be a whole number of shares, got \(NumberFormat.plain(x))", label: label)
        }
        return Int(x)
    }
}

/// Runs a model step outside a command's arguments; a `ModelError` becomes a script error
/// naming the term and what it accepts (`args.modelStep` also points at the label's value).
func modelStep<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as ModelError {
        throw ScriptError(e.message)
    }
}

/// Reads `measure: close | avg(Ntd)`.
func priceMeasure(_ text: String, term: String, _ args: CommandArguments = CommandArguments()) throws -> PriceMeasure {
    let t = String(text.filter { $0 != " " })
    if t == "close" { return .close }
    if t.hasPrefix("avg("), t.hasSuffix("td)") {
        let digits = t.dropFirst(4).dropLast(3)
        if let n = Int(digits), n >= 1, n <= 2520 { return .average(tradingDays: n) }
    }
    throw args.error(
        "\(term) measure: accepts close or avg(Ntd) with N from 1 to 2520 (like avg(20td)), got \(text)",
        label: "measure")
}
