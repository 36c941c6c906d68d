// The small standard library scripts reach for: sum, keys, values, split, join, format.
// None changes its arguments, so none logs for undo.
import Foundation

extension CommandRegistry {
    func registerCollectionBuiltins() {
        register(
            Command(
                "sum", help: "the sum of a list of numbers of one unit (0 for an empty list)",
                parameters: [.positional("list", .list)]
            ) { args, _ in
                guard case .list(let l) = args.positional[0] else { return .nil }
                try ValueLimits.chargePass(l.items.count, "sum")
                guard var total = l.items.first else { return .plain(0) }
                for v in l.items.dropFirst() { total = try Operators.add(total, v) }
                if case .string = total {
                    throw ScriptError("`sum` needs numbers; to join strings write join(xs, \"\")")
                }
                return total
            })
        register(
            Command(
                "keys", help: "the field names of a record, in order",
                parameters: [.positional("record", .any)]
            ) { args, _ in
                guard case .record(let r) = args.positional[0] else {
                    throw ScriptError("`keys` needs a record, got \(args.positional[0].typeName)")
                }
                return .list(ScriptList(r.keys.map { .string($0) }))
            })
        register(
            Command(
                "values", help: "the field values of a record, in order",
                parameters: [.positional("record", .any)]
            ) { args, _ in
                guard case .record(let r) = args.positional[0] else {
                    throw ScriptError("`values` needs a record, got \(args.positional[0].typeName)")
                }
                return .list(ScriptList(r.values))
            })
        register(
            Command(
                "split", help: "a string cut at each `separator` (default: runs of spaces)",
                parameters: [
                    .positional("text", .string),
                    .positional("separator", .string, required: false),
                ]
            ) { args, _ in
                guard case .string(let s) = args.positional[0] else { return .nil }
                try ValueLimits.chargeString(s.utf8.count)
                let parts: [String]
                if args.positional.count > 1, case .string(let sep) = args.positional[1] {
                    guard !sep.isEmpty else { throw ScriptError("`split` needs a separator that is not empty") }
                    parts = s.components(separatedBy: sep)
                } else {
                    parts = s.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                }
                return .list(ScriptList(parts.map { .string($0) }))
            })
        register(
            Command(
                "join", help: "the items of a list as text, with `separator` between (default: none)",
                parameters: [
                    .positional("list", .list),
                    .positional("separator", .string, required: false),
                ]
            ) { args, _ in
                guard case .list(let l) = args.positional[0] else { return .nil }
                try ValueLimits.chargePass(l.items.count, "join")
                var sep = ""
                if args.positional.count > 1, case .string(let s) = args.positional[1] { sep = s }
                return .string(try ValueLimits.checked(l.items.map(\.display).joined(separator: sep)))
            })
        register(
            Command(
                "format",
                help: "a plain number as text by a pattern: \"0.00\" two decimals, \"#,##0\" grouped",
                parameters: [.positional("x", .number), .positional("pattern", .string)]
            ) { args, _ in
                guard case .number(let x, _) = args.positional[0], case .string(let pattern) = args.positional[1] else {
                    return .nil
                }
                let fraction = pattern.split(separator: ".", maxSplits: 1).dropFirst().first ?? ""
                let decimals = fraction.filter { $0 == "0" || $0 == "#" }.count
                guard decimals <= 15 else { throw ScriptError("`format` takes at most 15 decimals") }
                let text = String(format: "%.\(decimals)f", x)
                return .string(pattern.contains(",") ? NumberFormat.group(text) : text)
            })
    }
}
