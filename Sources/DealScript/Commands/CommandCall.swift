// Checks a command's arguments against its declaration, runs it, and places its errors:
// an error about one argument points at that argument, not at the start of the statement.
import DealModel

enum CommandCall {
    /// Checks the arguments, runs the command, and ties its errors to the argument at fault
    /// (a `ModelError` about `tranche T2 price:` points at the value of `price:`).
    static func run(_ command: Command, positional: [Value], labeled: [String: Value],
                    ranges: ArgumentRanges, range: SourceRange, context: CommandContext) throws -> Value {
        let arguments = try check(command, positional: positional, labeled: labeled, ranges: ranges, range: range)
        do {
            return try command.run(arguments, context)
        } catch var e as ScriptError {
            if e.range == nil { e.range = range }
            throw e
        } catch let e as ModelError {
            throw arguments.error(e, fallback: range)
        }
    }

    /// The arguments, checked: known labels, required ones present, kinds and units right.
    static func check(_ command: Command, positional: [Value], labeled: [String: Value], ranges: ArgumentRanges = ArgumentRanges(),
                      range: SourceRange) throws -> CommandArguments {
        let params = command.positionals
        let variadic = params.last?.isVariadic ?? false
        if !variadic, positional.count > params.count {
            throw ScriptError("`\(command.name)` takes \(params.count) positional argument\(params.count == 1 ? "" : "s"), got \(positional.count) (usage: \(command.usage))",
                              range: ranges.positional(params.count) ?? range)
        }
        for (i, p) in params.enumerated() where p.isRequired && !p.isVariadic && i >= positional.count {
            throw ScriptError("`\(command.name)` needs its \(p.name) (usage: \(command.usage))", range: range)
        }
        for (i, v) in positional.enumerated() {
            let p = i < params.count ? params[i] : params[params.count - 1]
            try checkKind(v, p.kind, what: p.name, command: command, range: ranges.positional(i) ?? range)
        }
        // Labels in the order written, so the first mistake is the one reported.
        for label in labeled.keys.sorted(by: { order(of: $0, ranges) < order(of: $1, ranges) }) {
            guard let v = labeled[label] else { continue }
            guard let p = command.parameters.first(where: { $0.label == label }) else {
                throw ScriptError("`\(command.name)` has no label `\(label):` (\(command.acceptedLabels))",
                                  range: ranges.labels[label] ?? range)
            }
            try checkKind(v, p.kind, what: "\(label):", command: command, range: ranges.labeled[label] ?? range)
        }
        for p in command.parameters where p.isRequired {
            if let l = p.label, labeled[l] == nil {
                throw ScriptError("`\(command.name)` needs `\(l):` (usage: \(command.usage))", range: range)
            }
        }
        var arguments = CommandArguments(positional: positional, labeled: labeled, ranges: ranges)
        arguments.subject = command.name
        if case .string(let name)? = positional.first, command.positionals.first?.kind == .name {
            arguments.subject += " " + name
        }
        return arguments
    }

    /// Where a label was written, for ordering; unknown positions sort last, then by name.
    private static func order(of label: String, _ ranges: ArgumentRanges) -> (Int, String) {
        (ranges.labels[label]?.offset ?? Int.max, label)
    }

    static func checkKind(_ v: Value, _ kind: CommandParameter.Kind, what: String, command: Command, range: SourceRange) throws {
        let ok: Bool
        switch (kind, v) {
        case (.any, _): ok = true
        case (.name, .string), (.string, .string): ok = true
        case (.number, .number(_, let d)): ok = d.isNone
        case (.bool, .bool), (.date, .date), (.duration, .duration), (.list, .list): ok = true
        case (.quantity(let want), .number(_, let d)): ok = want == d
        default: ok = false
        }
        if !ok {
            throw ScriptError("`\(command.name)` \(what) expects \(kind.describeWithArticle), got \(v.typeName) \(v.nested.prefix(40))", range: range)
        }
    }
}

extension Command {
    /// `accepted: shares:, gw:, ...` or `it takes no labels`, for "no such label" errors.
    var acceptedLabels: String {
        labels.isEmpty ? "it takes no labels" : "accepted: " + labels.map { "\($0):" }.joined(separator: ", ")
    }
}

extension CommandParameter.Kind {
    /// The kind as a message says what is expected: `a plain number`, `a date`, `power (W)`.
    var describeWithArticle: String {
        switch self {
        case .quantity: return describe
        case .any: return "a value"
        default: return "a \(describe)"
        }
    }
}

extension ModelError {
    /// The label the error names when its term is `subject label:` (`tranche T2 price:` with
    /// subject `tranche T2` gives `price`); nil when it is about another term.
    func label(of subject: String) -> String? {
        guard term.hasSuffix(":"), term.hasPrefix(subject + " ") else { return nil }
        let label = term.dropFirst(subject.count + 1).dropLast()
        return label.isEmpty || label.contains(" ") ? nil : String(label)
    }
}

extension CommandArguments {
    /// A model error as a script error under the value of the label its term names (or the
    /// whole statement when it names no label of this statement, like another tranche's).
    func error(_ e: ModelError, fallback: SourceRange? = nil) -> ScriptError {
        ScriptError(e.description, range: e.label(of: subject).flatMap { range(of: $0) } ?? fallback)
    }

    /// Runs `body`; an error it raises that is not yet placed points at the `index`th
    /// positional value (`show nonsense`, `tranche T9` naming no tranche).
    func blame<T>(positional index: Int, _ body: () throws -> T) throws -> T {
        do {
            return try modelStep(body)
        } catch var e as ScriptError {
            if e.range == nil { e.range = range(ofPositional: index) }
            throw e
        }
    }

    /// Runs a model edit; a `ModelError` becomes a script error under the label it names.
    func modelStep<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as ModelError {
            throw error(e)
        }
    }
}
