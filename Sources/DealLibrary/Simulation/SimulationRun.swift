// One Monte Carlo request from a script: the path count and seed read and checked, the
// engine run with the session's thread cap and Ctrl-C, its errors turned into script errors.
import DealModel
import DealScript
import Foundation

/// A checked `simulate`/`sweep` request.
struct SimulationRun {
    let paths: Int
    let seed: UInt64
    /// Worker threads: `--threads`, else every core.
    let threads: Int
    /// The session's Ctrl-C check, polled by the engine between blocks of paths.
    let stop: @Sendable () -> Bool

    /// Reads `paths:` (default `defaultPaths`) and `seed:`; the seed is `seed:`, else
    /// `--seed`, else the price model's. `runs` inputs of `input`'s size are judged together,
    /// so an enormous request is refused before any work with its time and memory.
    init(
        _ args: CommandArguments, _ context: CommandContext, model: GBMModel, input: SimulationInput,
        defaultPaths: Int, runs: Int = 1, command: String
    ) throws {
        let requested = args.number("paths") ?? Double(defaultPaths)
        guard requested.isFinite, requested == requested.rounded(), requested >= 1 else {
            throw ScriptError(
                "\(command) paths: must be a whole number of at least 1, got \(NumberFormat.plain(requested))")
        }
        threads = context.options.threads ?? SimulationRun.cores
        stop = context.interruptRequested
        let cost = SimulationCost(
            paths: requested * Double(max(1, runs)), lastDay: input.lastDay,
            tranches: input.tranches.count, threads: threads)
        let limits = SimulationLimits()
        guard cost.fits(limits) else { throw ScriptError(cost.refusal(limits: limits)) }
        // One step a day of each path, so `--max-steps` bounds a simulation as it bounds a loop.
        try context.charge(cost.pathSteps, for: "\(command) of \(NumberFormat.plain(cost.paths)) paths")
        paths = Int(requested)
        if let s = args.number("seed") {
            guard s.isFinite, s == s.rounded(), s >= 0, s <= 9_007_199_254_740_992 else {
                throw ScriptError(
                    "\(command) seed: accepts a whole number from 0 to 2^53, got \(NumberFormat.plain(s))")
            }
            seed = UInt64(s)
        } else {
            seed = context.options.seed ?? model.seed
        }
    }

    /// Runs the engine on `input`; Ctrl-C stops it with no result.
    func run(_ input: SimulationInput) throws -> SimulationResult {
        do {
            return try MonteCarloEngine.simulate(
                input, paths: paths, seed: seed, threads: threads,
                shouldStop: stop)
        } catch let e as SimulationError {
            if case .interrupted = e { throw ScriptError("interrupted") }
            throw ScriptError(e.message)
        }
    }

    /// Cores the engine uses when no `--threads` cap is given.
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
