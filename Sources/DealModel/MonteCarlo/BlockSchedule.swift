// Where blocks run: the random stream of each block (the seed's stream jumped k times), and
// the worker threads that take blocks in turn, with the stop check and progress between blocks.
import Dispatch
import Synchronization

/// Runs work on the blocks of a range on worker threads.
enum BlockSchedule {
    /// Block k's stream for each block k in `range`: the seed's stream jumped k times.
    static func streams(seed: UInt64, range: Range<Int>) -> [Xoshiro256StarStar] {
        var stream = Xoshiro256StarStar(seed: seed)
        var result: [Xoshiro256StarStar] = []
        result.reserveCapacity(range.count)
        for k in 0..<range.upperBound {
            if k >= range.lowerBound { result.append(stream) }
            stream.jump()
        }
        return result
    }

    /// Calls `body(worker, i)` for every block i (0-based within the range) on `workers`
    /// threads: worker w takes blocks w, w + workers, ... Between blocks it polls `shouldStop`
    /// (true ends the run with `SimulationError.interrupted`), and worker 0 reports the share
    /// of blocks done to `progress`.
    static func run(
        blocks count: Int, workers: Int, progress: (@Sendable (Double) -> Void)?,
        shouldStop: @escaping @Sendable () -> Bool,
        body: @escaping @Sendable (_ worker: Int, _ block: Int) -> Void
    ) throws {
        let done = Atomic<Int>(0)
        let stopped = Atomic<Bool>(false)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var i = worker
            while i < count {
                if stopped.load(ordering: .relaxed) || shouldStop() {
                    stopped.store(true, ordering: .relaxed)
                    return
                }
                body(worker, i)
                let finished = done.wrappingAdd(1, ordering: .relaxed).newValue
                if worker == 0, let progress { progress(Double(finished) / Double(count)) }
                i += workers
            }
        }
        if stopped.load(ordering: .relaxed) { throw SimulationError.interrupted }
    }

    /// Worker threads for `blocks` blocks when `threads` are asked for (1 to 256, at most one a block).
    static func workers(threads: Int, blocks: Int) -> Int { max(1, min(max(1, min(threads, 256)), blocks)) }
}
