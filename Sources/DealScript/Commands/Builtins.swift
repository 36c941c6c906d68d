// The built-in functions every session has: print, len, str, abs, min, max, round, sqrt,
// exp, log, range, type, append, remove (help lives in Teaching/).
import Foundation

extension CommandRegistry {
    /// Registers the language's own built-ins.
    func registerBuiltins() {
        register(
            Command(
                "print", help: "prints values separated by a space",
                parameters: [.variadic("values")]
            ) { args, context in
                if context.options.json {
                    for v in args.positional { context.output.write(v.json.text + "\n") }
                } else {
                    let texts = args.positional.map { v -> String in
                        if case .object(let o) = v {
                            return o.render(width: context.options.width, color: context.options.color)
                        }
                        return v.display
                    }
                    let line = texts.joined(separator: " ") + "\n"
                    // Printing a large value (up to the display budget) is work like building it.
                    try ValueLimits.chargeDisplay(line.utf8.count)
                    context.output.write(line)
                }
                return .nil
            })
        register(
            Command(
                "len", help: "the number of items of a list or record, or characters of a string",
                parameter: .positional("value", .any)
            ) { value, _ in
                switch value {
                case .list(let l): return .plain(Double(l.items.count))
                case .record(let r): return .plain(Double(r.keys.count))
                case .string(let s): return .plain(Double(s.count))
                case let v: throw ScriptError("`len` needs a list, record or string, got \(v.typeName)")
                }
            }.inlined(as: .length))
        register(
            Command("str", help: "a value as display text", parameter: .positional("value", .any)) { value, _ in
                let text = value.display
                try ValueLimits.chargeDisplay(text.utf8.count)
                return .string(text)
            })
        register(
            Command("type", help: "the type name of a value", parameter: .positional("value", .any)) { value, _ in
                .string(value.typeName)
            })
        register(
            Command("abs", help: "absolute value (keeps the unit)", parameter: .positional("x", .any)) { value, _ in
                guard case .number(let x, let d) = value else { throw ScriptError("`abs` needs a number") }
                return .number(abs(x), d)
            })
        register(
            Command(
                "min", help: "the smallest of several values or of a list",
                parameters: [.variadic("values")]
            ) { args, _ in try Self.extreme(args.positional, "min", -1) })
        register(
            Command(
                "max", help: "the largest of several values or of a list",
                parameters: [.variadic("values")]
            ) { args, _ in try Self.extreme(args.positional, "max", 1) })
        register(
            Command(
                "round", help: "rounds to `digits` decimals (default 0), in the value's base unit",
                parameters: [.positional("x", .any), .positional("digits", .number, required: false)]
            ) { args, _ in
                guard case .number(let x, let d) = args.positional[0] else {
                    throw ScriptError("`round` needs a number")
                }
                var digits = 0.0
                if args.positional.count > 1, case .number(let n, _) = args.positional[1] { digits = n }
                guard digits == digits.rounded(), abs(digits) <= 15 else {
                    throw ScriptError("`round` digits must be a whole number from -15 to 15")
                }
                let scale = pow(10, digits)
                // A number too large to scale has no decimals left to round.
                guard (x * scale).isFinite else { return .number(x, d) }
                return .number((x * scale).rounded() / scale, d)
            })
        for (name, fn, help) in [
            ("sqrt", { (x: Double) in x.squareRoot() }, "square root"),
            ("exp", { (x: Double) in Foundation.exp(x) }, "e to the power x"),
            ("log", { (x: Double) in Foundation.log(x) }, "natural logarithm"),
        ] {
            register(
                Command(name, help: help, parameter: .positional("x", .number)) { value, _ in
                    guard case .number(let x, _) = value else { return .nil }
                    if name != "exp", x < 0 { throw ScriptError("`\(name)` of a negative number") }
                    if name == "log", x == 0 { throw ScriptError("`log` of zero") }
                    return .plain(try Operators.finite(fn(x), name, x))
                })
        }
        register(
            Command(
                "range", help: "whole numbers from a (default 0) up to, not including, b, by step (default 1)",
                parameters: [
                    .positional("a", .number), .positional("b", .number, required: false),
                    .positional("step", .number, required: false),
                ]
            ) { args, context in
                let numbers = args.positional.map { v -> Double in
                    if case .number(let x, _) = v { return x }
                    return 0
                }
                let (a, b) = numbers.count == 1 ? (0, numbers[0]) : (numbers[0], numbers[1])
                let step = numbers.count > 2 ? numbers[2] : 1
                guard a == a.rounded(), b == b.rounded(), step == step.rounded() else {
                    throw ScriptError("`range` needs whole numbers")
                }
                guard step != 0 else { throw ScriptError("`range` step cannot be 0") }
                guard abs(a) < 1e15, abs(b) < 1e15, abs(step) < 1e15 else {
                    throw ScriptError("`range` bounds too large")
                }
                guard (b - a) / step <= 10_000_000 else {
                    throw ScriptError("`range` too large (more than 10,000,000 numbers)")
                }
                if (step > 0 && b <= a) || (step < 0 && b >= a) { return .list(ScriptList([])) }
                let count = ((b - a) / step).rounded(.up)
                try context.charge(count, for: "`range` of \(NumberFormat.plain(count)) numbers")
                return .list(ScriptList(stride(from: Int(a), to: Int(b), by: Int(step)).map { .plain(Double($0)) }))
            })
        register(
            Command(
                "append", help: "adds a value at the end of a list, in place",
                parameters: .positional("list", .list), .positional("value", .any)
            ) { target, value, context in
                guard case .list(let list) = target else { return .nil }
                try list.append(value, log: context.undo)
                return .nil
            }.inlined(as: .append))
        register(
            Command(
                "remove", help: "takes the item at `index` out of a list, in place, and gives it back",
                parameters: [.positional("list", .list), .positional("index", .number)]
            ) { args, context in
                guard case .list(let list) = args.positional[0], case .number(let x, _) = args.positional[1] else {
                    return .nil
                }
                // Taking an item out moves every item after it.
                if x >= 0, x < Double(list.items.count) {
                    try ValueLimits.chargePass(list.items.count - Int(x), "remove")
                }
                guard x == x.rounded(), x >= 0, x < Double(list.items.count) else {
                    throw args.error(
                        "index \(args.positional[1].display) out of range for a list of \(list.items.count)",
                        positional: 1)
                }
                return list.remove(at: Int(x), log: context.undo)
            })
        registerSolve()
        registerCollectionBuiltins()
        registerFunctionBuiltins()
        // `help` is registered by Teaching/Teaching.swift (registerTeaching).
    }

    static func extreme(_ values: [Value], _ name: String, _ sign: Int) throws -> Value {
        var items = values
        if items.count == 1, case .list(let l) = items[0] { items = l.items }
        try ValueLimits.chargePass(items.count, name)
        guard var best = items.first else { throw ScriptError("`\(name)` of nothing") }
        for v in items.dropFirst() where try Operators.compare(v, best) * sign > 0 { best = v }
        return best
    }
}
