// The built-ins that take a function: map, filter and sort(xs, by: f). Each gives a new list
// and leaves its argument as it was (Python's sorted(), not list.sort()).

extension CommandRegistry {
    func registerFunctionBuiltins() {
        register(
            Command(
                "map", help: "a new list of f(x) for each item x of a list",
                parameters: [
                    .positional("list", .list), .positional("f", .any, "a function of one value"),
                ]
            ) { args, context in
                let call = try ItemCall(args, context, name: "map", functionAt: 1)
                try ValueLimits.chargePass(call.items.count, "map")
                return .list(ScriptList(try call.items.indices.map { try call.apply(at: $0) }))
            })
        register(
            Command(
                "filter", help: "a new list of the items x of a list for which f(x) is true",
                parameters: [
                    .positional("list", .list), .positional("f", .any, "a function of one value giving true or false"),
                ]
            ) { args, context in
                let call = try ItemCall(args, context, name: "filter", functionAt: 1)
                try ValueLimits.chargePass(call.items.count, "filter")
                var kept: [Value] = []
                for i in call.items.indices {
                    let verdict = try call.apply(at: i)
                    guard case .bool(let keep) = verdict else {
                        throw call.error("f must give true or false, got \(verdict.typeName) for item \(i)")
                    }
                    if keep { kept.append(call.items[i]) }
                }
                return .list(ScriptList(kept))
            })
        register(
            Command(
                "sort", help: "a new list of the items in increasing order, or by the key f(x) with by: f",
                parameters: [
                    .positional("list", .list),
                    .labeled("by", .any, "a function giving each item's key (a number, date or string)"),
                ]
            ) { args, context in
                guard case .list(let list) = args.positional[0] else { return .nil }
                let items = list.items
                // n log n comparisons.
                let passes = Int.bitWidth - max(1, items.count).leadingZeroBitCount
                try ValueLimits.chargePass(items.count, "sort", passes: passes)
                let keys: [Value]
                if args["by"] != nil {
                    let call = try ItemCall(args, context, name: "sort", functionLabel: "by")
                    keys = try items.indices.map { try call.apply(at: $0) }
                } else {
                    keys = items
                }
                return .list(ScriptList(try SortOrder.indices(of: keys).map { items[$0] }))
            })
    }
}

/// One call of a built-in that applies a script function to each item of a list.
private struct ItemCall {
    let name: String
    let items: [Value]
    let function: Value
    let context: CommandContext
    let range: SourceRange

    init(_ args: CommandArguments, _ context: CommandContext, name: String, functionAt index: Int) throws {
        try self.init(
            args, context, name: name, function: args.positional[index], range: args.range(ofPositional: index))
    }

    init(_ args: CommandArguments, _ context: CommandContext, name: String, functionLabel: String) throws {
        try self.init(
            args, context, name: name, function: args[functionLabel] ?? .nil, range: args.range(ofPositional: 0))
    }

    private init(
        _ args: CommandArguments, _ context: CommandContext, name: String, function: Value, range: SourceRange?
    ) throws {
        self.name = name
        self.function = function
        self.context = context
        self.range = range ?? SourceRange(offset: 0, line: 1, column: 1, length: 1)
        guard case .list(let list) = args.positional[0] else { throw ScriptError("`\(name)` needs a list") }
        items = list.items
        guard case .function = function else {
            throw ScriptError(
                "`\(name)` needs a function, e.g. fn(x) { return x * 2 }; got \(function.typeName)", range: self.range)
        }
    }

    /// f of item `i`; an error inside f says which item it failed on.
    func apply(at i: Int) throws -> Value {
        do {
            return try context.call(function, [items[i]], range: range)
        } catch var e as ScriptError {
            e.message = "\(name): f failed on item \(i) (\(items[i].display)): " + e.message
            throw e
        }
    }

    func error(_ message: String) -> ScriptError { ScriptError("\(name): " + message, range: range) }
}

/// The order of a list of keys: stable (equal keys keep their order), by the language's `<`.
enum SortOrder {
    static func indices(of keys: [Value]) throws -> [Int] {
        for (i, k) in keys.enumerated() {
            if case .number(let x, _) = k, x.isNaN { throw ScriptError("sort: key \(i) is not a number (NaN)") }
        }
        var failure: Error?
        let order = keys.indices.sorted { a, b in
            if failure != nil { return a < b }
            do {
                let c = try Operators.compare(keys[a], keys[b])
                return c != 0 ? c < 0 : a < b
            } catch {
                failure = error
                return a < b
            }
        }
        if let failure { throw failure }
        return order
    }
}
