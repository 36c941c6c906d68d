// `price path constant|linear|growth|points|closes|csv` (the what-if story), `price path
// extend` (history then projection) and `price model gbm` (what `simulate` draws from).
import DealModel
import DealScript

extension CommandRegistry {
    func registerPriceCommands() {
        register(
            Command(
                "price path", help: PriceForms.help,
                parameters: [
                    .positional("form", .name, "constant, linear, growth, points, closes or csv"),
                    .positional(
                        "value", .any, "constant: the price; points, closes: [[date, price], ...]; csv: the file name",
                        required: false),
                    .labeled("from", .quantity(.dollars), "linear, growth: the starting price"),
                    .labeled("on", .date, "linear, growth: the starting date"),
                    .labeled("rate", .number, "growth: the yearly growth rate, e.g. 30%"),
                    .labeled("to", .quantity(.dollars), "linear: the final price"),
                    .labeled("until", .date, "linear: the date the final price is reached"),
                    .labeled(
                        "column", .string,
                        "csv: the header of the column to read (default: Close), e.g. \"Adj Close\""),
                ]
            ) { args, context in
                let form = try args.name(0, "price path")
                let path = try PriceForms.path(form, args, context)
                try args.blame(positional: 1) { try context.deal.book.scenario.setPricePath(path) }
                return .nil
            })

        register(
            Command(
                "price path extend", help: PriceForms.extendHelp,
                parameters: [
                    .positional("form", .name, "constant, growth or linear"),
                    .labeled("rate", .number, "growth: the yearly growth rate, e.g. 30%"),
                    .labeled("to", .quantity(.dollars), "linear: the price to reach"),
                    .labeled("until", .date, "linear: the date it is reached"),
                ]
            ) { args, context in
                let projection = try PriceForms.projection(try args.name(0, "price path extend"), args)
                guard let base = context.deal.book.scenario.pricePath else {
                    throw ScriptError(
                        "price path extend continues the price path, and none is set "
                            + "(set one first, like `price path csv \"amd.csv\"`)")
                }
                try args.modelStep { try context.deal.book.scenario.setPricePath(.extended(base, projection)) }
                return .nil
            })

        register(
            Command(
                "price model", help: "sets the price model simulate draws from (geometric Brownian motion)",
                parameters: [
                    .positional("form", .name, "gbm"),
                    .labeled("s0", .quantity(.dollars), "the starting price, e.g. $203.71", required: true),
                    .labeled("on", .date, "the starting date", required: true),
                    .labeled("vol", .number, "yearly volatility, e.g. 55%", required: true),
                    .labeled("drift", .number, "yearly drift of the real-world price, e.g. 12% (default: the rate)"),
                    .labeled(
                        "rate", .number,
                        "yearly risk-free rate: the fair value's drift and the discount rate (default 4%)"),
                    .labeled("seed", .number, "the random seed (whole number; --seed overrides it)"),
                ]
            ) { args, context in
                let form = try args.name(0, "price model")
                guard form == "gbm" else { throw args.error("price model accepts gbm, got \(form)", positional: 0) }
                var seed: UInt64 = 0
                if let s = args.number("seed") {
                    guard s.isFinite, s == s.rounded(), s >= 0, s <= 9_007_199_254_740_992 else {
                        throw args.error(
                            "price model seed: accepts a whole number from 0 to 2^53, got \(NumberFormat.plain(s))",
                            label: "seed")
                    }
                    seed = UInt64(s)
                }
                let m = GBMModel(
                    s0: args.number("s0") ?? 0, start: try args.required(args.date("on"), "on", "price model"),
                    volatility: args.number("vol") ?? 0, drift: args.number("drift"),
                    rate: args.number("rate") ?? GBMModel.defaultRate, seed: seed)
                try args.modelStep { try context.deal.book.scenario.setPriceModel(m) }
                return .nil
            })
    }
}

/// Each price path form read from the command's arguments.
enum PriceForms {
    static let help =
        "sets the what-if price path that vesting, timeline and explain follow: constant $P; "
        + "linear from: $ on: date to: $ until: date; growth from: $ on: date rate: %; points [[date, $], ...] "
        + "(joined linearly); closes [[date, $], ...] (market closes: each holds until the next, no price before "
        + "the first); csv \"FILE\" [column: \"Adj Close\"] (closes read from a file: a header's Close column, or "
        + "date,close rows; ISO or MM/DD/YYYY dates; $ and 1,234.50 accepted; anything ambiguous refused with "
        + "its line; one line says what was read). `price path extend` continues a path after its last date"

    static let extendHelp =
        "continues the price path after its last date (the last row of a csv or closes path, "
        + "the last point, the end of a linear path) from its last close: growth rate: % (compounded over "
        + "trading days), constant (the last close holds), linear to: $ until: date; so real closes up to "
        + "today, then a projection"

    static func path(_ form: String, _ args: CommandArguments, _ context: CommandContext) throws -> PricePath {
        let value = args.positional.count > 1 ? args.positional[1] : nil
        func need<T>(_ x: T?, _ label: String) throws -> T { try args.required(x, label, "price path \(form)") }
        if form != "csv", args["column"] != nil {
            throw args.error("price path \(form) has no column: (it is for price path csv)", label: "column")
        }
        switch form {
        case "constant":
            guard case .number(let p, .dollars)? = value else {
                throw args.error("price path constant needs a price, like `price path constant $300`", positional: 1)
            }
            return .constant(p)
        case "linear":
            return .linear(
                from: try need(args.number("from"), "from"), start: try need(args.date("on"), "on"),
                to: try need(args.number("to"), "to"), end: try need(args.date("until"), "until"))
        case "growth":
            return .growth(
                from: try need(args.number("from"), "from"), start: try need(args.date("on"), "on"),
                rate: try need(args.number("rate"), "rate"))
        case "points", "closes":
            guard case .list(let list)? = value else {
                throw args.error(
                    "price path \(form) needs a list of [date, price] pairs, "
                        + "like [[2025-10-06, $200], [2026-06-01, $350]]", positional: 1)
            }
            let points = try args.blame(positional: 1) {
                try list.items.enumerated().map { i, item in try point(item, i + 1, form) }
            }
            return form == "points" ? .points(points) : .closes(points)
        case "csv":
            guard case .string(let file)? = value else {
                throw args.error("price path csv needs a file name, like `price path csv \"amd.csv\"`", positional: 1)
            }
            let column = args.word("column")
            let text = try context.readText(file, for: "price path csv")
            let read: PriceImport
            do {
                read = try PriceCSV.read(text, column: column)
            } catch {
                let message = error.message(file: file)
                switch error.problem {
                case .noSuchColumn, .columnWithoutHeader: throw args.error(message, label: "column")
                default: throw args.error(message, positional: 1)
                }
            }
            context.output.write(read.summary(file: file) + "\n")
            return .closes(read.closes)
        default:
            var m =
                "price path accepts constant, linear, growth, points, closes or csv "
                + "(and price path extend), got \(form)"
            let forms = ["constant", "linear", "growth", "points", "closes", "csv", "extend"]
            if let close = Suggestion.closest(to: form, in: forms) {
                m += "; did you mean `\(close)`?"
            }
            throw args.error(m, positional: 0)
        }
    }

    /// `price path extend growth rate: 30%`, `... constant`, `... linear to: $400 until: 2028-01-01`.
    static func projection(_ form: String, _ args: CommandArguments) throws -> PriceExtension {
        func need<T>(_ x: T?, _ label: String) throws -> T { try args.required(x, label, "price path extend \(form)") }
        func only(_ labels: [String]) throws {
            for label in ["rate", "to", "until"] where !labels.contains(label) && args[label] != nil {
                throw args.error("price path extend \(form) has no \(label):", label: label)
            }
        }
        switch form {
        case "constant":
            try only([])
            return .constant
        case "growth":
            try only(["rate"])
            return .growth(rate: try need(args.number("rate"), "rate"))
        case "linear":
            try only(["to", "until"])
            return .linear(to: try need(args.number("to"), "to"), until: try need(args.date("until"), "until"))
        default:
            throw args.error("price path extend accepts growth, constant or linear, got \(form)", positional: 0)
        }
    }

    private static func point(_ item: Value, _ n: Int, _ form: String) throws -> PricePoint {
        guard case .list(let pair) = item, pair.items.count == 2,
            case .date(let d) = pair.items[0], case .number(let p, .dollars) = pair.items[1]
        else {
            throw ScriptError("price path \(form): point \(n) must be [date, price], got \(item.nested.prefix(40))")
        }
        return PricePoint(date: d, price: p)
    }
}
