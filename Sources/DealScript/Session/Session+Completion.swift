// Tab completion's knowledge of the language: which words may come next in a line, from
// the session's commands, their labels, and the names in scope. The shell inserts them.

extension Session {
    /// Words that may replace the last word of `lineBeforeCursor` (the text up to the cursor):
    /// command names (a multi-word name one word at a time), the labels of the command being
    /// typed (`shares:`), names in scope, `help` topics, and the fields after `name.`.
    /// Only candidates that start with the word typed are returned, sorted, without repeats.
    public func completions(for lineBeforeCursor: String) -> [String] {
        CompletionScope(session: self).candidates(lineBeforeCursor)
    }

    /// Names of defined globals (variables and functions).
    var definedGlobalNames: [String] {
        runtime.globalNames.filter { name in
            guard let slot = runtime.globalSlots[name] else { return false }
            if case .absent = runtime.globals[slot] { return false }
            return true
        }
    }

    /// A defined global's value, for field completion.
    func globalValue(_ name: String) -> Value? {
        guard let slot = runtime.globalSlots[name] else { return nil }
        if case .absent = runtime.globals[slot] { return nil }
        return runtime.globals[slot]
    }
}

/// What completion can offer in one session: a snapshot of its commands and names.
struct CompletionScope {
    let commands: CommandRegistry
    let variables: [String]
    let contributors: [CompletionContributor]
    let value: (String) -> Value?

    static let keywords = [
        "let", "fn", "return", "if", "else", "while", "for", "in", "break", "continue",
        "assert", "within", "and", "or", "not", "true", "false", "nil",
    ]
    /// Words the shell itself answers.
    static let shellWords = ["exit", "quit", "history"]

    init(session: Session) {
        commands = session.commands
        variables = session.definedGlobalNames
        contributors = session.completionContributors
        value = { session.globalValue($0) }
    }

    /// Names that may start an expression.
    var namesInScope: [String] { variables + contributors.flatMap(\.namesInScope) }

    func candidates(_ line: String) -> [String] {
        let statement = Self.currentStatement(line)
        let word = Self.lastWord(statement)
        let before = String(statement.dropLast(word.count))
        let words = before.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var offered: [String]
        if let dot = word.lastIndex(of: ".") {
            offered = fields(of: String(word[..<dot]))
        } else if words.isEmpty {
            offered =
                commands.names.compactMap { $0.split(separator: " ").first.map(String.init) }
                + Self.keywords + Self.shellWords + namesInScope
        } else if let (command, used) = command(startingWith: words) {
            offered = arguments(of: command, after: Array(words.dropFirst(used)))
        } else if let next = nextWordOfCommand(words) {
            offered = next
        } else {
            offered = expressionWords
        }
        return Array(Set(offered.filter { $0.hasPrefix(word) })).sorted()
    }

    /// The part of `line` after the last statement boundary (`;`, `{`, `}`, `(`, newline).
    static func currentStatement(_ line: String) -> String {
        guard let cut = line.lastIndex(where: { ";{}(\n".contains($0) }) else { return line }
        return String(line[line.index(after: cut)...])
    }

    /// The word at the end of `text`: letters, digits, `_` and `.`.
    static func lastWord(_ text: String) -> String {
        String(text.reversed().prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }).reversed())
    }

    /// The longest command whose words begin `words`, with how many words it used.
    func command(startingWith words: [String]) -> (Command, Int)? {
        for count in stride(from: min(words.count, 3), through: 1, by: -1) {
            if let c = commands.command(named: words.prefix(count).joined(separator: " ")) { return (c, count) }
        }
        return nil
    }

    /// After `price ` the second words of `price path`, `price model`.
    func nextWordOfCommand(_ words: [String]) -> [String]? {
        let typed = words.joined(separator: " ") + " "
        let next = commands.names.filter { $0.hasPrefix(typed) }.compactMap {
            $0.dropFirst(typed.count).split(separator: " ").first.map(String.init)
        }
        return next.isEmpty ? nil : next
    }

    /// What may follow `command` given the argument words already typed.
    func arguments(of command: Command, after typed: [String]) -> [String] {
        let usedLabels = Set(typed.filter { $0.hasSuffix(":") }.map { String($0.dropLast()) })
        let freeLabels = command.labels.filter { !usedLabels.contains($0) }.map { $0 + ":" }
        if let last = typed.last, last.hasSuffix(":") {
            return labelValues(command, String(last.dropLast()))
        }
        // Positional words are those not a label and not a label's value.
        var positional: [String] = []
        var index = 0
        while index < typed.count {
            if typed[index].hasSuffix(":") {
                index += 2
                continue
            }
            positional.append(typed[index])
            index += 1
        }
        let positionals = command.positionals
        if positional.count < positionals.count {
            let p = positionals[positional.count]
            let names = positionalNames(command, positional.count, positional)
            if p.isRequired && !p.isVariadic { return names }
            return names + freeLabels
        }
        if let last = positionals.last, last.isVariadic {
            return positionalNames(command, positional.count, positional) + freeLabels
        }
        return freeLabels
    }

    /// Names a command's `index`th positional takes, given the earlier ones.
    func positionalNames(_ command: Command, _ index: Int, _ earlier: [String]) -> [String] {
        let offered = contributors.compactMap {
            $0.positionalWords(command: command.name, index: index, earlier: earlier)
        }
        if !offered.isEmpty { return offered.flatMap { $0 } }
        return command.positionalKind(index) == .name ? contributors.flatMap(\.nameArguments) : expressionWords
    }

    /// Values a label takes: the host's words for it, or anything an expression may start with.
    func labelValues(_ command: Command, _ label: String) -> [String] {
        let offered = contributors.compactMap { $0.labelWords(command: command.name, label: label) }
        if !offered.isEmpty { return offered.flatMap { $0 } }
        return command.labelKind(label) == .bool ? ["true", "false"] : expressionWords
    }

    /// What may start an expression: names in scope, one-word commands, keywords.
    var expressionWords: [String] {
        namesInScope + commands.names.filter { !$0.contains(" ") } + Self.keywords
    }

    /// `t.` → `t.name`, `t.shares`... for a variable holding an object or record.
    func fields(of base: String) -> [String] {
        guard !base.contains("."), let v = value(base) else { return [] }
        switch v {
        case .object(let o): return o.fieldNames.map { base + "." + $0 }
        case .record(let r): return r.keys.map { base + "." + $0 }
        default: return []
        }
    }
}
