// The Greeks of the fair value by common random numbers and central differences: every block
// runs the risk-neutral model at the base and at each bumped input from the same unit streams,
// and each unit's difference quotient is one sample, so each Greek has its standard error.

/// How far the inputs move for the Greeks' central differences.
public struct GreekBumps: Sendable, Equatable {
    /// Relative move of the start price (0.05: ±5%). Wide enough that gamma, a second difference
    /// of values that jump where a path just meets a target, is not all noise.
    public var price: Double
    /// Move of the volatility (0.01: ±1 point).
    public var volatility: Double
    /// Move of the rate (0.01: ±1 point).
    public var rate: Double

    public init(price: Double = 0.05, volatility: Double = 0.01, rate: Double = 0.01) {
        self.price = price
        self.volatility = volatility
        self.rate = rate
    }
}

/// One tranche's (or the warrant's) fair value and its sensitivities, each with a standard error.
public struct Sensitivities: Sendable, Equatable {
    public var name: String
    public var fairValue: Estimate
    /// dV/dS: dollars of value per $1 of the share price.
    public var delta: Estimate
    /// d²V/dS²: change of delta per $1 of the share price.
    public var gamma: Estimate
    /// dV/dσ per volatility point (0.01).
    public var vega: Estimate
    /// dV/dr per rate point (0.01).
    public var rho: Estimate
}

/// The Greeks of a run.
public struct GreeksResult: Sendable, Equatable {
    public var paths: Int
    public var seed: UInt64
    public var method: SimulationMethod
    public var bumps: GreekBumps
    public var tranches: [Sensitivities]
    public var warrant: Sensitivities
}

extension MonteCarloEngine {
    /// The fair value's delta, gamma, vega and rho per tranche and for the warrant.
    public static func greeks(
        _ input: SimulationInput, paths: Int, seed: UInt64, threads: Int,
        method: SimulationMethod = .reduced, bumps: GreekBumps = GreekBumps(),
        limits: SimulationLimits = SimulationLimits(),
        progress: (@Sendable (Double) -> Void)? = nil,
        shouldStop: @escaping @Sendable () -> Bool = { false }
    ) throws -> GreeksResult {
        if let problem = input.problem() { throw SimulationError.invalidInput(problem) }
        guard paths >= 1 else { throw SimulationError.invalidInput(.paths(paths)) }
        let n = input.tranches.count
        let base = input.with(drift: input.rate)
        let (sUp, sDown) = (base.s0 * (1 + bumps.price), base.s0 * (1 - bumps.price))
        let (volUp, volDown) = (base.volatility + bumps.volatility, max(0, base.volatility - bumps.volatility))
        let (rateUp, rateDown) = (base.rate + bumps.rate, base.rate - bumps.rate)
        var inputs = [base]
        for s in [sUp, sDown] {
            var bumped = base
            bumped.s0 = s
            inputs.append(bumped)
        }
        inputs.append(base.with(volatility: volUp))
        inputs.append(base.with(volatility: volDown))
        inputs.append(base.with(drift: rateUp, rate: rateUp))
        inputs.append(base.with(drift: rateDown, rate: rateDown))
        for i in inputs { if let problem = i.problem() { throw SimulationError.invalidInput(problem) } }
        let blocks = (paths + blockSize - 1) / blockSize
        let cost = SimulationCost(
            paths: Double(paths) * Double(inputs.count), lastDay: input.lastDay,
            tranches: n, threads: threads)
        guard cost.fits(limits) else { throw SimulationError.tooLarge(cost, limits) }

        let plans = inputs.map { SimulationPlan($0, drift: $0.rate) }
        let beta = coefficients(plan: plans[0], method: method, seed: seed)
        let layout = TallyLayout(n: n)
        let stride = GreekTally.stride(n)
        let workers = BlockSchedule.workers(threads: threads, blocks: blocks)
        let storage = RunStorage(range: 0..<blocks, stride: stride, passes: 1, workers: workers)
        let crew = Crew((0..<workers).map { _ in plans.map { BlockRunner(plan: $0, method: method) } })
        let scratch = GreekScratch(
            workers: workers, variants: plans.count, units: blockSize * max(1, n),
            stride: layout.stride)
        defer {
            storage.deallocate()
            crew.deallocate()
            scratch.deallocate()
        }
        let streams = BlockSchedule.streams(seed: seed, range: 0..<blocks)
        let spans = GreekTally.Spans(
            price: sUp - sDown, priceStep: base.s0 * bumps.price,
            volatility: volUp - volDown, rate: rateUp - rateDown)
        try BlockSchedule.run(blocks: blocks, workers: workers, progress: progress, shouldStop: shouldStop) { w, k in
            let count = min(blockSize, paths - k * blockSize)
            for (v, runner) in crew.runners[w].enumerated() {
                var rng = streams[k]
                let tally = scratch.tally(worker: w)
                tally.initialize(repeating: 0, count: layout.stride)
                runner.run(
                    paths: count, rng: &rng, beta: beta, tally: tally, counts: nil,
                    unitValues: scratch.values(worker: w, variant: v))
            }
            let units = method.antithetic ? (count + 1) / 2 : count
            GreekTally.add(
                units: units, n: n, spans: spans, values: { scratch.values(worker: w, variant: $0) },
                to: storage.tally(block: k, pass: 0))
        }
        let sums = DyadicSum.sums(
            first: 0, size: DyadicSum.rootSize(blocks), blocks: blocks, stride: stride,
            tallies: storage.tally(block: 0, pass: 0))
        return GreekTally.result(sums, input: input, paths: paths, seed: seed, method: method, bumps: bumps)
    }
}

/// Each worker's per-unit values for every variant of one block, and a throwaway tally.
final class GreekScratch: @unchecked Sendable {
    let buffer: UnsafeMutablePointer<Double>
    let tallies: UnsafeMutablePointer<Double>
    let variants: Int
    let units: Int
    let stride: Int

    init(workers: Int, variants: Int, units: Int, stride: Int) {
        self.variants = variants
        self.units = units
        self.stride = stride
        buffer = .allocate(capacity: workers * variants * units)
        buffer.initialize(repeating: 0, count: workers * variants * units)
        tallies = .allocate(capacity: workers * stride)
    }

    func values(worker: Int, variant: Int) -> UnsafeMutablePointer<Double> {
        buffer + (worker * variants + variant) * units
    }

    func tally(worker: Int) -> UnsafeMutablePointer<Double> { tallies + worker * stride }

    func deallocate() {
        buffer.deallocate()
        tallies.deallocate()
    }
}
