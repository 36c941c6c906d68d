// Runs a simulation: splits the paths into fixed blocks, gives block k the random stream
// "seed jumped k times", runs blocks on worker threads, and reduces the blocks' tallies in
// block order, so the result depends on the seed and path count only, never on threads.
// The caller says how many threads (the library: `--threads`, else the cores).
import Dispatch

/// The Monte Carlo engine for the warrant under GBM.
public enum MonteCarloEngine {
    /// Paths per block: the unit of work, of random streams and of reduction order.
    public static let blockSize = 1024

    /// Simulates `paths` paths of `input` from `seed`.
    /// - Parameters:
    ///   - threads: worker threads (1 to 256; fewer when there are fewer blocks). The result
    ///     does not depend on it.
    ///   - limits: requests costing more are refused before any work (`SimulationError.tooLarge`).
    ///   - shouldStop: polled between blocks (from worker threads); true stops the run with
    ///     `SimulationError.interrupted`.
    public static func simulate(
        _ input: SimulationInput, paths: Int, seed: UInt64, threads: Int,
        limits: SimulationLimits = SimulationLimits(),
        shouldStop: @escaping @Sendable () -> Bool = { false }
    ) throws -> SimulationResult {
        if let problem = input.problem() { throw SimulationError.invalidInput(problem) }
        guard paths >= 1 else { throw SimulationError.invalidInput(.paths(paths)) }
        let requested = max(1, min(threads, 256))
        let cost = SimulationCost(
            paths: Double(paths), lastDay: input.lastDay,
            tranches: input.tranches.count, threads: requested)
        guard cost.fits(limits) else { throw SimulationError.tooLarge(cost, limits) }

        let plan = SimulationPlan(input)
        let blocks = (paths + blockSize - 1) / blockSize
        let stride = plan.tallyStride
        let workers = min(requested, blocks)
        let storage = RunStorage(paths: paths, blocks: blocks, stride: stride, workers: workers)
        defer { storage.deallocate() }
        var stream = Xoshiro256StarStar(seed: seed)
        for k in 0..<blocks {
            storage.streams[k] = stream
            stream.jump()
        }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let kernel = PathKernel(plan: plan)
            defer { kernel.deallocate() }
            var k = worker
            while k < blocks {
                if shouldStop() {
                    storage.stopped[worker] = true
                    return
                }
                let firstPath = k * blockSize
                kernel.run(
                    paths: min(blockSize, paths - firstPath), rng: &storage.streams[k],
                    pathShares: storage.shares + firstPath, pathValues: storage.values + firstPath,
                    tally: storage.tallies + k * stride)
                k += workers
            }
        }
        if storage.wasStopped { throw SimulationError.interrupted }
        return SimulationSummary(plan: plan, storage: storage, paths: paths, seed: seed).result()
    }
}

/// The run's shared buffers. Workers write disjoint slices (by block, and a stop flag each),
/// so no locking is needed; they are read once every worker has finished.
final class RunStorage: @unchecked Sendable {
    let shares: UnsafeMutablePointer<Double>
    let values: UnsafeMutablePointer<Double>
    let tallies: UnsafeMutablePointer<Double>
    let streams: UnsafeMutablePointer<Xoshiro256StarStar>
    /// Per worker: true when it stopped on `shouldStop`.
    let stopped: UnsafeMutablePointer<Bool>
    let blocks: Int
    let workers: Int

    init(paths: Int, blocks: Int, stride: Int, workers: Int) {
        self.blocks = blocks
        self.workers = workers
        shares = .allocate(capacity: paths)
        values = .allocate(capacity: paths)
        tallies = .allocate(capacity: blocks * stride)
        tallies.initialize(repeating: 0, count: blocks * stride)
        streams = .allocate(capacity: blocks)
        streams.initialize(repeating: Xoshiro256StarStar(seed: 0), count: blocks)
        stopped = .allocate(capacity: workers)
        stopped.initialize(repeating: false, count: workers)
    }

    /// True when any worker stopped (read after `concurrentPerform` returns).
    var wasStopped: Bool { (0..<workers).contains { stopped[$0] } }

    func deallocate() {
        shares.deallocate()
        values.deallocate()
        tallies.deallocate()
        streams.deallocate()
        stopped.deallocate()
    }
}
