// `simulate` (Monte Carlo over the price model) and `sweep` (the same across volatilities
// or drifts), bound to DealModel's engine.
import DealModel
import DealScript

extension CommandRegistry {
    /// Registers `simulate` and `sweep`.
    func registerSimulationCommands() {
        register(
            Command(
                "simulate", help: "Monte Carlo over the price model: each tranche's chance, timing and value",
                parameters: [
                    .labeled("paths", .number, "paths to draw (default 100k)"),
                    .labeled("seed", .number, "the random seed (default: --seed, else the price model's)"),
                ]
            ) { args, context in
                let scenario = context.deal.book.scenario
                let input = try SimulationSetup.input(for: scenario)
                guard let model = scenario.priceModel, let warrant = scenario.warrant else { return .nil }
                let request = try SimulationRun(
                    args, context, model: model, input: input, defaultPaths: 100_000, command: "simulate")
                let result = try request.run(input)
                return .object(
                    SimulationObject(
                        result, scenario: context.scenarioName, model: model,
                        issued: warrant.issued, shares: input.shares))
            })

        register(
            Command(
                "sweep",
                help: "simulate across volatilities or drifts: each tranche's probability and the warrant's value",
                parameters: [
                    .labeled("vol", .list, "volatilities to try, e.g. [30%, 45%, 60%]"),
                    .labeled("drift", .list, "drifts to try, e.g. [0%, 4%, 8%]"),
                    .labeled("paths", .number, "paths per value (default 20k)"),
                    .labeled(
                        "seed", .number,
                        "the random seed, the same for every value (default: --seed, else the price model's)"),
                ]
            ) { args, context in
                let scenario = context.deal.book.scenario
                let input = try SimulationSetup.input(for: scenario)
                guard let model = scenario.priceModel else { return .nil }
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
                        if context.interruptRequested() { throw ScriptError("interrupted") }
                        points.append(
                            .init(
                                vol: vol, drift: drift,
                                result: try request.run(input.with(volatility: vol, drift: drift))))
                    }
                }
                return .object(
                    SweepTable.report(
                        points, names: input.names, paths: request.paths, seed: request.seed,
                        scenario: context.scenarioName))
            })
    }
}
