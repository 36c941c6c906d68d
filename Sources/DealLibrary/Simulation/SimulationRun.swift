// One Monte Carlo request from a script: the path count, seed and sampling method read and
// checked, the engine run with the session's thread cap, Ctrl-C and progress display, its
// errors turned into script errors.
import DealModel
import DealScript
import Foundation

/// A checked `simulate`/`sweep`/`greeks` request.
struct SimulationRun {
    let paths: Int
    let seed: UInt64
    let method: SimulationMethod
    /// Worker threads: `--threads`, else every core.
    let threads: Int
    /// The session's Ctrl-C check, polled by the engine between blocks of paths.
    let stop: @Sendable () -> Bool
    /// Where progress goes (a terminal's bar), and the command it is for.
    let progress: SimulationProgress?
    let command: String

    /// Reads `paths:` (default `defaultPaths`), `seed:` and `method:`; the seed is `seed:`, else
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
        progress = context.deal.progress
        self.command = command
        let passes = input.driftIsRate ? 1.0 : 2.0
        let cost = SimulationCost(
            paths: requested * Double(max(1, runs)) * passes, lastDay: input.lastDay,
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
        switch args["method"].map(\.display) {
        case nil, "reduced": method = .reduced
        case "plain": method = .plain
        case let other?:
            throw args.error("\(command) method: accepts reduced or plain, got \(other)", label: "method")
        }
    }

    /// Runs the engine on `input`; Ctrl-C stops it with no result. `share` places this run
    /// within a longer job (a sweep's row) for the progress display.
    func run(_ input: SimulationInput, share: (index: Int, of: Int) = (0, 1)) throws -> SimulationResult {
        try engine(last: share.index == share.of - 1) {
            try MonteCarloEngine.simulate(
                input, paths: paths, seed: seed, threads: threads, method: method,
                progress: report(share), shouldStop: stop)
        }
    }

    /// The totals of part `part` of `of`.
    func totals(_ input: SimulationInput, part: Int, of: Int) throws -> SimulationTotals {
        try engine {
            try MonteCarloEngine.totals(
                input, paths: paths, seed: seed, threads: threads, method: method,
                part: (part, of: of), progress: report((0, 1)), shouldStop: stop)
        }
    }

    /// The Greeks of the fair value.
    func greeks(_ input: SimulationInput) throws -> GreeksResult {
        try engine {
            try MonteCarloEngine.greeks(
                input, paths: paths, seed: seed, threads: threads, method: method,
                progress: report((0, 1)), shouldStop: stop)
        }
    }

    /// Runs `body`; the progress display ends after the job's last run, or on any failure.
    private func engine<T>(last: Bool = true, _ body: () throws -> T) throws -> T {
        var succeeded = false
        defer { if last || !succeeded { progress?.finish() } }
        do {
            let result = try body()
            succeeded = true
            return result
        } catch let e as SimulationError {
            if case .interrupted = e { throw ScriptError("interrupted") }
            throw ScriptError(e.message)
        }
    }

    private func report(_ share: (index: Int, of: Int)) -> (@Sendable (Double) -> Void)? {
        guard let progress else { return nil }
        let command = self.command
        return { done in progress.update(command, done: (Double(share.index) + done) / Double(max(1, share.of))) }
    }

    /// Cores the engine uses when no `--threads` cap is given.
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// Shows how far a long run has got (the shell draws a bar on a terminal's standard error).
/// `update` is called from a worker thread, one at a time; `finish` when the run ends.
public protocol SimulationProgress: AnyObject, Sendable {
    func update(_ command: String, done: Double)
    func finish()
}
