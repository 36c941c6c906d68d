// How large a value may grow: a few doublings (`s = s + s`, `l = [l, l]`) would otherwise
// exhaust memory or time in a handful of steps, where the step limit cannot help.

enum ValueLimits {
    /// Longest string a script can build, in UTF-8 bytes.
    static let stringBytes = 16_000_000
    /// Most items a list can hold (the same bound as `range`).
    static let listItems = 10_000_000
    /// Characters one display (`print`, a REPL value, `str`) writes before ending in `...`:
    /// a list holding itself twice has 2^64 paths to its depth limit.
    static let displayCharacters = 1_000_000
    /// Nodes one JSON encoding visits before the rest becomes `null`.
    static let jsonNodes = 250_000
    /// Pairs one `==` compares before giving up with an error.
    static let comparedPairs = 1_000_000

    /// Building a large value counts against `--max-steps`, since one `+` can copy millions
    /// of items (`l = l + l` twenty times): a step an item, or a step per 64 bytes of text.
    /// Values under 1,024 items or bytes cost one step like any operation and count nothing.
    static func chargeList(_ count: Int) throws {
        if count >= 1024 { try StepMeter.charge(Double(count), "a list of \(NumberFormat.plain(Double(count))) items") }
    }

    /// A built-in's `passes` over `count` items (`sum`, `map`, `join`; `sort` makes log2 n):
    /// a step an item a pass.
    static func chargePass(_ count: Int, _ name: String, passes: Int = 1) throws {
        if count >= 1024 {
            try StepMeter.charge(Double(count * passes), "`\(name)` of \(NumberFormat.plain(Double(count))) items")
        }
    }

    /// The same for a string of `bytes` UTF-8 bytes.
    static func chargeString(_ bytes: Int) throws {
        if bytes >= 1024 {
            try StepMeter.charge(Double(bytes / 64), "a string of \(NumberFormat.plain(Double(bytes))) bytes")
        }
    }

    /// Display text (`print`, `str`) of `bytes` bytes: a step per 16 bytes, from the first 16
    /// (`print xs` of a few hundred characters, a million times, took 35 s), since showing a
    /// value costs more a character than copying text (numbers are formatted one by one).
    static func chargeDisplay(_ bytes: Int) throws {
        if bytes >= 16 {
            try StepMeter.charge(Double(bytes / 16), "showing \(NumberFormat.plain(Double(bytes))) characters")
        }
    }

    /// `text`, or an error when it is longer than a script's strings may be.
    static func checked(_ text: String) throws -> String {
        guard text.utf8.count <= stringBytes else {
            throw ScriptError("string too long (more than 16,000,000 bytes)")
        }
        return text
    }

    /// Throws when a list of `count` items would be longer than a script's lists may be.
    static func checkListCount(_ count: Int) throws {
        guard count <= listItems else { throw ScriptError("list too long (more than 10,000,000 items)") }
    }
}
