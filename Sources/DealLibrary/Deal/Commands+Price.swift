// `price path constant|linear|growth|points|csv` (the what-if story) and `price model gbm`
// (what `simulate` draws from).
import DealModel
import DealScript

extension CommandRegistry {
    func registerPriceCommands() {
        register(Command("price path", help: "sets the what-if price path that vesting, timeline and explain follow", parameters: [
            .positional("form", .name, "constant, linear, growth, points or csv"),
            .positional("value", .any, "constant: the price; points: [[date, price], ...]; csv: the file name", required: false),
            .labeled("from", .quantity(.dollars), "linear, growth: the starting price"),
            .labeled("on", .date, "linear, growth: the starting date"),
            .labeled("rate", .number, "growth: the yearly growth rate, e.g. 30%"),
            .labeled("to", .quantity(.dollars), "linear: the final price"),
            .labeled("until", .date, "linear: the date the final price is reached"),
        ]) { args, context in
            let form = try args.name(0, "price path")
            let path = try PriceForms.path(form, args, context)
            try args.blame(positional: 1) { try context.deal.book.scenario.setPricePath(path) }
            return .nil
        })

        register(Command("price model", help: "sets the price model simulate draws from (geometric Brownian motion)", parameters: [
            .positional("form", .name, "gbm"),
            .labeled("s0", .quantity(.dollars), "the starting price, e.g. $203.71", required: true),
            .labeled("on", .date, "the starting date", required: true),
            .labeled("vol", .number, "yearly volatility, e.g. 55%", required: true),
            .labeled("drift", .number, "yearly drift (also the discount rate), e.g. 4%", required: true),
            .labeled("seed", .number, "the random seed (whole number; --seed overrides it)"),
        ]) { args, context in
            let form = try args.name(0, "price model")
            guard form == "gbm" else { throw args.error("price model accepts gbm, got \(form)", positional: 0) }
            var seed: UInt64 = 0
            if let s = args.number("seed") {
                guard s.isFinite, s == s.rounded(), s >= 0, s <= 9_007_199_254_740_992 else {
                    throw args.error("price model seed: accepts a whole number from 0 to 2^53, got \(NumberFormat.plain(s))", label: "seed")
                }
                seed = UInt64(s)
            }
            let m = GBMModel(s0: args.number("s0") ?? 0, start: try args.required(args.date("on"), "on", "price model"),
                             volatility: args.number("vol") ?? 0, drift: args.number("drift") ?? 0, seed: seed)
            try args.modelStep { try context.deal.book.scenario.setPriceModel(m) }
            return .nil
        })
    }
}

/// Each price path form read from the command's arguments.
enum PriceForms {
    static func path(_ form: String, _ args: CommandArguments, _ context: CommandContext) throws -> PricePath {
        let value = args.positional.count > 1 ? args.positional[1] : nil
        func need<T>(_ x: T?, _ label: String) throws -> T { try args.required(x, label, "price path \(form)") }
        switch form {
        case "constant":
            guard case .number(let p, .dollars)? = value else {
                throw args.error("price path constant needs a price, like `price path constant $300`", positional: 1)
            }
            return .constant(p)
        case "linear":
            return .linear(from: try need(args.number("from"), "from"), start: try need(args.date("on"), "on"),
                           to: try need(args.number("to"), "to"), end: try need(args.date("until"), "until"))
        case "growth":
            return .growth(from: try need(args.number("from"), "from"), start: try need(args.date("on"), "on"),
                           rate: try need(args.number("rate"), "rate"))
        case "points":
            guard case .list(let list)? = value else {
                throw args.error("price path points needs a list of [date, price] pairs, like [[2025-10-06, $200], [2026-06-01, $350]]", positional: 1)
            }
            return .points(try args.blame(positional: 1) { try list.items.enumerated().map { i, item in try point(item, i + 1) } })
        case "csv":
            guard case .string(let file)? = value else {
                throw args.error("price path csv needs a file name, like `price path csv \"amd.csv\"`", positional: 1)
            }
            let text = try context.readText(file, for: "price path csv")
            return .closes(try PriceCSV.closes(text))
        default:
            throw args.error("price path accepts constant, linear, growth, points or csv, got \(form)", positional: 0)
        }
    }

    private static func point(_ item: Value, _ n: Int) throws -> PricePoint {
        guard case .list(let pair) = item, pair.items.count == 2,
              case .date(let d) = pair.items[0], case .number(let p, .dollars) = pair.items[1] else {
            throw ScriptError("price path points: point \(n) must be [date, price], got \(item.nested.prefix(40))")
        }
        return PricePoint(date: d, price: p)
    }
}
