// The commands that define the deal's terms: generation, phase, milestone, warrant, tranche.
// Written with only a name (`tranche T2`, `tranche("T2")`), generation, phase and tranche
// return that term as an object instead. Naming a term that exists amends it: the labels
// given replace those terms and the rest stay (`tranche T2 price: $300`).
import CivilTime
import DealModel
import DealScript

extension CommandRegistry {
    func registerTermCommands() {
        register(
            Command(
                "generation", help: "defines (or amends) a GPU generation, or with only a name returns it",
                parameters: [
                    .positional("name", .name, "the generation's name, e.g. MI450"),
                    .labeled("shipped", .date, "first shipments (a date, 2026H2)"),
                    .labeled(
                        "power", .quantity(.watts),
                        "all-in facility power per GPU (board, CPU, network, cooling), e.g. 3kW; required for a "
                            + "new generation"
                    ),
                    .labeled("board", .quantity(.watts), "the GPU board's own power, e.g. 2kW"),
                    .labeled("memory", .quantity(.bytes), "HBM per GPU, e.g. 432GB"),
                    .labeled("fp8", .quantity(.flops), "dense FP8 per GPU, e.g. 20PF"),
                    .labeled("fp4", .quantity(.flops), "dense FP4 per GPU, e.g. 40PF"),
                    .labeled("price", .quantity(.dollars), "price per GPU (AMD's revenue per GPU), e.g. $45k"),
                ]
            ) { args, context in
                let name = try args.name(0, "generation")
                if args.labeled.isEmpty {
                    return try args.blame(positional: 0) { try Accessor.generation(name, context.deal.book.scenario) }
                }
                let term = "generation \(name)"
                // An existing generation keeps the terms this statement does not give.
                let old = context.deal.book.scenario.generation(named: name)
                let g = Generation(
                    name: name, shipped: args.date("shipped") ?? old?.shipped,
                    power: try args.required(args.number("power") ?? old?.power, "power", term, isNew: old == nil),
                    boardPower: args.number("board") ?? old?.boardPower,
                    memoryBytes: args.number("memory") ?? old?.memoryBytes,
                    fp8: args.number("fp8") ?? old?.fp8, fp4: args.number("fp4") ?? old?.fp4,
                    price: args.number("price") ?? old?.price)
                try args.amend(&context.deal.book.scenario, prefix: TermKey.generation(name, "")) { try $0.define(g) }
                return .nil
            })

        register(
            Command(
                "phase", help: "defines (or amends) a deployment phase, or with only a name returns it",
                parameters: [
                    .positional("name", .name, "the phase's name, e.g. P1"),
                    .labeled("gen", .name, "the generation delivered; required for a new phase"),
                    .labeled(
                        "size", .quantity(.watts),
                        "facility power delivered when complete, e.g. 1GW; required for a new phase"),
                    .labeled("start", .date, "when delivery starts; required for a new phase"),
                    .labeled("ramp", .duration, "how long delivery takes (default 0d: all on start), e.g. 12mo"),
                    .labeled("shape", .name, "linear (default), step or scurve"),
                    .labeled(
                        "slip", .any,
                        "delivery risk: how late it starts, 6mo, or drawn per simulated path: uniform(0mo, 12mo), "
                            + "triangular(0mo, 3mo, 12mo)"),
                    .labeled(
                        "delivers", .any, "delivery risk: the share of size delivered, 80%, or a distribution of it"),
                    .labeled(
                        "correlation", .number,
                        "of a drawn slip with the share price's shocks up to the phase's start, -100% to 100% "
                            + "(negative: it slips more when AMD has fallen)"),
                ]
            ) { args, context in
                let name = try args.name(0, "phase")
                if args.labeled.isEmpty {
                    return try args.blame(positional: 0) { try Accessor.phase(name, context.deal.book.scenario) }
                }
                let term = "phase \(name)"
                let old = context.deal.book.scenario.phase(named: name)
                var shape = old?.shape ?? .linear
                if let s = args.word("shape") {
                    guard let known = RampShape(rawValue: s) else {
                        throw args.error("\(term) shape: accepts linear, step or scurve, got \(s)", label: "shape")
                    }
                    shape = known
                }
                let isNew = old == nil
                let p = Phase(
                    name: name,
                    generation: try args.required(args.word("gen") ?? old?.generation, "gen", term, isNew: isNew),
                    size: try args.required(args.number("size") ?? old?.size, "size", term, isNew: isNew),
                    start: try args.required(args.date("start") ?? old?.start, "start", term, isNew: isNew),
                    ramp: args.duration("ramp") ?? old?.ramp ?? CalendarDuration(0, .days), shape: shape,
                    slip: try args["slip"].map { try PhaseRisk.slip($0, args, term: term) } ?? old?.slip,
                    delivers: try args["delivers"].map { try PhaseRisk.delivers($0, args, term: term) }
                        ?? old?.delivers,
                    correlation: try PhaseRisk.correlation(args, term: term) ?? old?.correlation)
                try args.amend(&context.deal.book.scenario, prefix: TermKey.phase(name, "")) { try $0.define(p) }
                return .nil
            })

        register(
            Command(
                "milestone", help: "defines a milestone, achieved on its on: date (without on: not achieved)",
                parameters: [
                    .positional("name", .name, "the milestone's name, e.g. M1"),
                    .labeled("on", .date, "the day it is achieved"),
                ]
            ) { args, context in
                let m = Milestone(name: try args.name(0, "milestone"), achieved: args.date("on"))
                try args.modelStep { try context.deal.book.scenario.define(m) }
                return .nil
            })

        register(
            Command(
                "warrant",
                help: "sets the warrant (shares, strike, issue, expiry, shares outstanding), or amends the one set",
                parameters: [
                    .labeled("shares", .number, "shares under the warrant, e.g. 160M; required for a new warrant"),
                    .labeled("strike", .quantity(.dollars), "exercise price per share (default $0.01)"),
                    .labeled("issued", .date, "issue date; required for a new warrant"),
                    .labeled("expires", .date, "unvested tranches lapse after this day; required for a new warrant"),
                    .labeled(
                        "outstanding", .number,
                        "AMD shares outstanding, for dilution, e.g. 1630M; required for a new warrant"),
                ]
            ) { args, context in
                let old = context.deal.book.scenario.warrant
                let isNew = old == nil
                if args.labeled.isEmpty {
                    throw ScriptError(
                        "`warrant` needs at least one term (usage: warrant shares: 160M strike: $0.01 issued: "
                            + "date expires: date outstanding: 1630M); `show warrant` shows it"
                    )
                }
                let w = Warrant(
                    shares: try args.required(
                        args.shares("shares", "warrant") ?? old?.shares, "shares", "warrant", isNew: isNew),
                    strike: args.number("strike") ?? old?.strike ?? 0.01,
                    issued: try args.required(args.date("issued") ?? old?.issued, "issued", "warrant", isNew: isNew),
                    expires: try args.required(
                        args.date("expires") ?? old?.expires, "expires", "warrant", isNew: isNew),
                    outstanding: try args.required(
                        args.shares("outstanding", "warrant") ?? old?.outstanding, "outstanding", "warrant",
                        isNew: isNew))
                try args.amend(&context.deal.book.scenario, prefix: TermKey.warrant("")) { try $0.define(w) }
                return .nil
            })

        register(
            Command(
                "tranche",
                help: "defines (or amends) a tranche and its vesting conditions, or with only a name returns it",
                parameters: [
                    .positional("name", .name, "the tranche's name, e.g. T2"),
                    .labeled("shares", .number, "shares in the tranche, e.g. 26_666_667; required for a new tranche"),
                    .labeled("gw", .quantity(.watts), "cumulative delivered power to reach, e.g. 2GW"),
                    .labeled("price", .quantity(.dollars), "price target, e.g. $250"),
                    .labeled("measure", .name, "how the price is tested: close (default) or avg(Ntd), e.g. avg(20td)"),
                    .labeled(
                        "latch", .bool,
                        "true (default): once met the target stays met; false: it must hold on the vesting day"),
                    .labeled("milestone", .name, "a milestone that must be achieved"),
                    .labeled("by", .date, "the last day it may vest; it lapses after"),
                ]
            ) { args, context in
                let name = try args.name(0, "tranche")
                if args.labeled.isEmpty {
                    return try args.blame(positional: 0) { try Accessor.tranche(name, context.deal.book.scenario) }
                }
                let term = "tranche \(name)"
                let old = context.deal.book.scenario.tranche(named: name)
                let measure =
                    try args.word("measure").map { try priceMeasure($0, term: term, args) } ?? old?.measure ?? .close
                let t = Tranche(
                    name: name,
                    shares: try args.required(
                        args.shares("shares", term) ?? old?.shares, "shares", term, isNew: old == nil),
                    deliveredPower: args.number("gw") ?? old?.deliveredPower,
                    priceTarget: args.number("price") ?? old?.priceTarget, measure: measure,
                    latched: args.bool("latch") ?? old?.latched ?? true,
                    milestone: args.word("milestone") ?? old?.milestone, deadline: args.date("by") ?? old?.deadline)
                try args.amend(&context.deal.book.scenario, prefix: TermKey.tranche(name, "")) { try $0.define(t) }
                return .nil
            })
    }
}
