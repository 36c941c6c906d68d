// Thousands grouping of a whole number's digits: the one rule behind displays (`26,666,667`),
// model messages and script literals (`26_666_667`).

/// Digits grouped in threes from the right.
public enum DigitGroups {
    /// `digits` (no sign, no decimal point) with `separator` between groups of three:
    /// `"26666667"` → `26,666,667` for `,`.
    public static func insert(_ separator: Character, into digits: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3)
        let count = digits.count
        for (i, c) in digits.enumerated() {
            if i > 0, (count - i) % 3 == 0 { out.append(separator) }
            out.append(c)
        }
        return out
    }
}
