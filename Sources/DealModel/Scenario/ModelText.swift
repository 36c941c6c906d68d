// How model error messages write the numbers they quote: grouped, no stray ".0".

/// Number formatting for `ModelError` messages (the language's display rules live in
/// DealScript; the model only needs a readable echo of the value it rejects).
enum ModelText {
    /// `-300`, `160,000,000`, `0.55`, `1.5e+20` for a Double.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf") }
        if x == x.rounded(), abs(x) < 1e15 { return grouped(Int(x)) }
        return "\(x)"
    }

    /// `160,000,000` for an integer.
    static func grouped(_ n: Int) -> String {
        var digits = String(n.magnitude)
        // Grouped by hand: the display rule (DigitGroups) lives in the language, above the model.
        var i = digits.count - 3
        while i > 0 {
            digits.insert(",", at: digits.index(digits.startIndex, offsetBy: i))
            i -= 3
        }
        return (n < 0 ? "-" : "") + digits
    }

    /// `50%` for a rate of 0.5.
    static func percent(_ x: Double) -> String { number(x * 100) + "%" }
}
