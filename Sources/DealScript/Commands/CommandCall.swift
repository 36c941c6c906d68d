// Checks a command's arguments against its declaration before it runs.
import DealModel

enum CommandCall {
    /// The arguments, checked: known labels, required ones present, kinds and units right.
    static func check(_ command: Command, positional: [Value], labeled: [String: Value], range: SourceRange) throws -> CommandArguments {
        let params = command.positionals
        let variadic = params.last?.isVariadic ?? false
        if !variadic, positional.count > params.count {
            throw ScriptError("`\(command.name)` takes \(params.count) positional argument\(params.count == 1 ? "" : "s"), got \(positional.count) (usage: \(command.usage))", range: range)
        }
        for (i, p) in params.enumerated() where p.isRequired && !p.isVariadic && i >= positional.count {
            throw ScriptError("`\(command.name)` needs its \(p.name) (usage: \(command.usage))", range: range)
        }
        for (i, v) in positional.enumerated() {
            let p = i < params.count ? params[i] : params[params.count - 1]
            try checkKind(v, p.kind, what: p.name, command: command, range: range)
        }
        for (label, v) in labeled {
            guard let p = command.parameters.first(where: { $0.label == label }) else {
                let accepted = command.labels.isEmpty ? "it takes no labels" : "accepted: " + command.labels.map { "\($0):" }.joined(separator: ", ")
                throw ScriptError("`\(command.name)` has no label `\(label):` (\(accepted))", range: range)
            }
            try checkKind(v, p.kind, what: "\(label):", command: command, range: range)
        }
        for p in command.parameters where p.isRequired {
            if let l = p.label, labeled[l] == nil {
                throw ScriptError("`\(command.name)` needs `\(l):` (usage: \(command.usage))", range: range)
            }
        }
        return CommandArguments(positional: positional, labeled: labeled)
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
            throw ScriptError("`\(command.name)` \(what) expects \(kind.describe), got \(v.typeName) \(v.nested.prefix(40))", range: range)
        }
    }
}
