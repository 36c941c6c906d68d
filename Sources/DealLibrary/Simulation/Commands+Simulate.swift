// `simulate` (Monte Carlo over the price model; as of a date; one part of a larger run),
// `greeks` (sensitivities of the fair value) and `sweep` (the same across volatilities or
// drifts), bound to DealModel's engine.
import CivilTime
import DealModel
import DealScript

extension CommandRegistry {
    /// Registers `simulate`, `greeks` and `sweep`.
    func registerSimulationCommands() {
        let simulateHelp = "Monte Carlo over the price model: each tranche's odds, fair value and expected value"
        register(
            Command(
                "simulate", help: simulateHelp,
                parameters: [
                    .labeled("paths", .number, "paths to draw (default 100k)"),
                    .labeled("seed", .number, "the random seed (default: --seed, else the price model's)"),
                    .labeled(
                        "as_of", .date, "value as of this date, from the price path's history (default: the issue date)"
                    ),
                    .labeled("greeks", .bool, "also the fair value's delta, gamma, vega and rho"),
                    .labeled(
                        "part", .number, "run only part K of a run split in `of:` parts (merged by `tranche merge`)"),
                    .labeled("of", .number, "how many parts the run is split into"),
                    .labeled("to", .string, "with part: the .json file the part's totals go to (default: printed)"),
                    .labeled("method", .name, "reduced (antithetic pairs and a control variate, the default) or plain"),
                ]
            ) { args, context in
                let valuation = try Valuation(args, context)
                let request = try SimulationRun(
                    args, context, model: valuation.model, input: valuation.input,
                    defaultPaths: 100_000, command: "simulate")
                if args["part"] != nil || args["of"] != nil {
                    return try SimulationPart.run(args, context, request: request, valuation: valuation)
                }
                let result = try request.run(valuation.input)
                let greeks = args.bool("greeks") == true ? try request.greeks(valuation.input) : nil
                return .object(SimulationObject(result, heading: valuation.heading, greeks: greeks))
            })

        let greeksHelp = "delta, gamma, vega and rho of the fair value, per tranche and for the warrant"
        register(
            Command(
                "greeks", help: greeksHelp,
                parameters: [
                    .labeled("paths", .number, "paths per bumped input (default 50k)"),
                    .labeled("seed", .number, "the random seed (default: --seed, else the price model's)"),
                    .labeled(
                        "as_of", .date, "value as of this date, from the price path's history (default: the issue date)"
                    ),
                    .labeled("method", .name, "reduced (the default) or plain"),
                ]
            ) { args, context in
                let valuation = try Valuation(args, context)
                let request = try SimulationRun(
                    args, context, model: valuation.model, input: valuation.input,
                    defaultPaths: 50_000, runs: 7, command: "greeks")
                return .object(GreeksObject(try request.greeks(valuation.input), heading: valuation.heading))
            })

        let sweepHelp =
            "simulate across volatilities or drifts: each tranche's probability, the fair value "
            + "and the expected value"
        register(
            Command(
                "sweep", help: sweepHelp,
                parameters: [
                    .labeled("vol", .list, "volatilities to try, e.g. [30%, 45%, 60%]"),
                    .labeled("drift", .list, "drifts to try, e.g. [0%, 4%, 8%]"),
                    .labeled("paths", .number, "paths per value (default 20k)"),
                    .labeled(
                        "seed", .number,
                        "the random seed, the same for every value (default: --seed, else the price model's)"),
                    .labeled(
                        "as_of", .date, "value as of this date, from the price path's history (default: the issue date)"
                    ),
                    .labeled("method", .name, "reduced (the default) or plain"),
                ]
            ) { args, context in
                let valuation = try Valuation(args, context)
                let model = valuation.model
                let input = valuation.input
                let vols = try SweepTable.rates(args["vol"], label: "vol") ?? [model.volatility]
                let drifts = try SweepTable.rates(args["drift"], label: "drift") ?? [model.drift]
                guard args["vol"] != nil || args["drift"] != nil else {
                    throw ScriptError(
                        "sweep needs `vol:` or `drift:` with a list of values, like `sweep vol: [30%, 45%, 60%]`")
                }
                let request = try SimulationRun(
                    args, context, model: model, input: input, defaultPaths: 20_000,
                    runs: vols.count * drifts.count, command: "sweep")
                var points: [SweepTable.Point] = []
                for vol in vols {
                    for drift in drifts {
                        if context.interruptRequested() {
                            request.progress?.finish()
                            throw ScriptError("interrupted")
                        }
                        let run = try request.run(
                            input.with(volatility: vol, drift: drift),
                            share: (points.count, vols.count * drifts.count))
                        points.append(.init(vol: vol, drift: drift, result: run))
                    }
                }
                return .object(
                    SweepTable.report(
                        points, names: input.names, paths: request.paths, seed: request.seed,
                        scenario: context.scenarioName, heading: valuation.heading))
            })
    }
}

/// What a valuation command runs on: the scenario's model, the engine input as of the date
/// asked for, and the heading that names both.
struct Valuation {
    let model: GBMModel
    let input: SimulationInput
    let heading: SimulationHeading

    init(_ args: CommandArguments, _ context: CommandContext) throws {
        let scenario = context.deal.book.scenario
        let asOf = args.date("as_of")
        do {
            input = try SimulationSetup.input(for: scenario, asOf: asOf)
        } catch var e as ScriptError {
            if asOf != nil, e.message.contains("as_of"), e.range == nil { e.range = args.range(of: "as_of") }
            throw e
        }
        guard let model = scenario.priceModel, let warrant = scenario.warrant else {
            throw ScriptError("simulate needs a price model and a warrant")
        }
        self.model = model
        heading = SimulationHeading(
            scenario: context.scenarioName, model: model,
            valuationDate: asOf ?? warrant.issued, asOfGiven: asOf != nil, input: input)
    }
}
