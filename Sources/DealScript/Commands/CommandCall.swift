// Checks a command's arguments against its declaration, runs it, and places its errors:
// an error about one argument points at that argument, not at the start of the statement.

enum CommandCall {
    /// Checks the arguments, runs the command, and ties its errors to the argument at fault
    /// (a host's error about `point P2 size:` points at the value of `size:`).
    static func run(
        _ command: Command, positional: [Value], labeled: [String: Value],
        ranges: ArgumentRanges, range: SourceRange, context: CommandContext
    ) throws -> Value {
        let arguments = try check(command, positional: positional, labeled: labeled, ranges: ranges, range: range)
        do {
            try charge(command, context)
            return try command.run(arguments, context)
        } catch {
            throw placed(error, range: range) { arguments }
        }
    }

    /// Runs `command`'s direct body of one value (see `Command.directOne`), which the caller
    /// checked fits its parameter; charges and places errors as `run` does, with no argument
    /// array built unless an error needs one.
    static func runDirect(
        _ command: Command, _ a: Value, ranges: ArgumentRanges, range: SourceRange, context: CommandContext
    ) throws -> Value {
        guard let body = command.directOne else { preconditionFailure("`\(command.name)` takes one value") }
        do {
            try charge(command, context)
            return try body(a, context)
        } catch {
            throw placed(error, range: range) {
                CommandArguments(positional: [a], labeled: [:], ranges: ranges, subject: command)
            }
        }
    }

    /// Runs `command`'s direct body of two values, as `runDirect(_:_:ranges:range:context:)`.
    static func runDirect(
        _ command: Command, _ a: Value, _ b: Value, ranges: ArgumentRanges, range: SourceRange,
        context: CommandContext
    ) throws -> Value {
        guard let body = command.directTwo else { preconditionFailure("`\(command.name)` takes two values") }
        do {
            try charge(command, context)
            return try body(a, b, context)
        } catch {
            throw placed(error, range: range) {
                CommandArguments(positional: [a, b], labeled: [:], ranges: ranges, subject: command)
            }
        }
    }

    /// Counts a call's steps against `--max-steps`.
    @inline(__always) private static func charge(_ command: Command, _ context: CommandContext) throws {
        if command.steps > 1 { try context.charge(Double(command.steps), for: "`\(command.name)`") }
    }

    /// A command's error, placed: a script error with no place at the call, a host's error
    /// about one argument (`ArgumentPlacedError`) under that argument of `arguments`. Out of
    /// line, so a call that succeeds builds nothing for it (not even a copy of its values).
    @inline(never) static func placed(
        _ error: any Error, range: SourceRange, arguments: () -> CommandArguments
    ) -> any Error {
        if var e = error as? ScriptError {
            if e.range == nil { e.range = range }
            return e
        }
        if let e = error as? any ArgumentPlacedError {
            var placed = e.scriptError(in: arguments())
            if placed.range == nil { placed.range = range }
            return placed
        }
        return error
    }

    /// The arguments, checked: known labels, required ones present, kinds and units right.
    static func check(
        _ command: Command, positional: [Value], labeled: [String: Value], ranges: ArgumentRanges = ArgumentRanges(),
        range: SourceRange
    ) throws -> CommandArguments {
        let params = command.positionals
        let variadic = params.last?.isVariadic ?? false
        if !variadic, positional.count > params.count {
            throw ScriptError(
                "`\(command.name)` takes \(params.count) positional argument\(params.count == 1 ? "" : "s"), "
                    + "got \(positional.count) (usage: \(command.usage))",
                range: ranges.positional(params.count) ?? range)
        }
        // By index: a parameter copied whole would retain its strings on every call.
        for i in positional.count..<max(positional.count, params.count)
        where params[i].isRequired && !params[i].isVariadic {
            let what = params[i].whenMissing ?? "needs its \(params[i].name)"
            throw ScriptError("`\(command.name)` \(what) (usage: \(command.usage))", range: range)
        }
        for i in positional.indices {
            let k = i < params.count ? i : params.count - 1
            if !fits(positional[i], params[k].kind) {
                try checkKind(
                    positional[i], params[k].kind, what: params[k].name, command: command,
                    range: ranges.positional(i) ?? range)
            }
        }
        if labeled.isEmpty && !command.hasRequiredLabels {
            return CommandArguments(positional: positional, labeled: labeled, ranges: ranges, subject: command)
        }
        // Labels in the order written, so the first mistake is the one reported.
        for label in labeled.keys.sorted(by: { order(of: $0, ranges) < order(of: $1, ranges) }) {
            guard let v = labeled[label] else { continue }
            guard let p = command.parameters.first(where: { $0.label == label }) else {
                throw ScriptError(
                    "`\(command.name)` has no label `\(label):` (\(command.acceptedLabels))",
                    range: ranges.labels[label] ?? range)
            }
            try checkKind(v, p.kind, what: "\(label):", command: command, range: ranges.labeled[label] ?? range)
        }
        for p in command.parameters where p.isRequired {
            if let l = p.label, labeled[l] == nil {
                throw ScriptError("`\(command.name)` needs `\(l):` (usage: \(command.usage))", range: range)
            }
        }
        return CommandArguments(positional: positional, labeled: labeled, ranges: ranges, subject: command)
    }

    /// Where a label was written, for ordering; unknown positions sort last, then by name.
    private static func order(of label: String, _ ranges: ArgumentRanges) -> (Int, String) {
        (ranges.labels[label]?.offset ?? Int.max, label)
    }

    /// Whether `v` is of `kind`.
    @inline(__always) static func fits(_ v: Value, _ kind: CommandParameter.Kind) -> Bool {
        switch (kind, v) {
        case (.any, _): return true
        case (.name, .string), (.string, .string): return true
        case (.name, .command): return true  // `help(vesting)`: the command names itself
        case (.number, .number(_, let d)): return d.isNone
        case (.bool, .bool), (.date, .date), (.duration, .duration), (.list, .list): return true
        case (.quantity(let want), .number(_, let d)): return want == d
        default: return false
        }
    }

    static func checkKind(_ v: Value, _ kind: CommandParameter.Kind, what: String, command: Command, range: SourceRange)
        throws
    {
        if !fits(v, kind) {
            throw ScriptError(
                "`\(command.name)` \(what) expects \(kind.describeWithArticle), got \(v.typeName) "
                    + "\(v.nested.prefix(40))",
                range: range)
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

/// An error a host raises about one term of a command (`point P2 size:`): it knows which
/// argument it is about, so the caret can go under that argument's value.
public protocol ArgumentPlacedError: Error {
    /// The error as a script error, placed under the argument of `arguments` it names
    /// (range nil when it names none: the statement is blamed).
    func scriptError(in arguments: CommandArguments) -> ScriptError
}
