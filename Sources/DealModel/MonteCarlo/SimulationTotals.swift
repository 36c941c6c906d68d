// The sufficient statistics of a run or of one part of it: tally sums per pass (as subtrees
// of the fixed block tree) and whole-number path counts. Parts merge into exactly the totals
// of the whole run, so their result is the same to the last bit.

/// What a run (or a part of one) adds up, before any estimate is formed.
public struct SimulationTotals: Sendable, Equatable {
    /// The whole run's paths and seed, and how it sampled.
    public var paths: Int
    public var seed: UInt64
    public var method: SimulationMethod
    /// Tranches in the run (the tally layout's n).
    public var tranches: Int
    /// Block ranges covered so far (one for a part; all the run's blocks once merged).
    public var covered: [Range<Int>]
    /// Tally subtrees per pass: the real-world pass first, then the risk-neutral one when the
    /// drift differs from the rate.
    public var passes: [[TallyNode]]
    /// Real-world paths by `ValueScale` bucket (bucket → paths).
    public var valueCounts: [Int: Int]
    /// Real-world paths by the set of tranches vested (bit t for tranche t, settled ones included).
    public var vestedSets: [UInt64: Int]

    public init(
        paths: Int, seed: UInt64, method: SimulationMethod, tranches: Int, covered: [Range<Int>],
        passes: [[TallyNode]], valueCounts: [Int: Int], vestedSets: [UInt64: Int]
    ) {
        self.paths = paths
        self.seed = seed
        self.method = method
        self.tranches = tranches
        self.covered = covered
        self.passes = passes
        self.valueCounts = valueCounts
        self.vestedSets = vestedSets
    }

    /// Blocks in the whole run.
    public var blocks: Int { (paths + MonteCarloEngine.blockSize - 1) / MonteCarloEngine.blockSize }

    /// True when the covered ranges are every block exactly once.
    public var isComplete: Bool {
        let sorted = covered.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        var next = 0
        for r in sorted {
            guard r.lowerBound == next else { return false }
            next = r.upperBound
        }
        return next == blocks
    }

    /// Parts of one run put together; nil when they are not parts of the same run, or overlap.
    public static func merged(_ parts: [SimulationTotals]) -> SimulationTotals? {
        guard var total = parts.first else { return nil }
        for p in parts.dropFirst() {
            guard p.paths == total.paths, p.seed == total.seed, p.method == total.method,
                p.tranches == total.tranches, p.passes.count == total.passes.count
            else { return nil }
            for r in p.covered where total.covered.contains(where: { $0.overlaps(r) }) { return nil }
            total.covered += p.covered
            for i in total.passes.indices { total.passes[i] += p.passes[i] }
            for (k, c) in p.valueCounts { total.valueCounts[k, default: 0] += c }
            for (k, c) in p.vestedSets { total.vestedSets[k, default: 0] += c }
        }
        total.covered.sort { $0.lowerBound < $1.lowerBound }
        return total
    }

    /// The summed tally of pass `index` over every block; nil unless the totals are complete.
    func tally(pass index: Int) -> [Double]? {
        guard isComplete, passes.indices.contains(index) else { return nil }
        var known: [Int: [Int: [Double]]] = [:]
        for node in passes[index] { known[node.first, default: [:]][node.size] = node.sums }
        let stride = TallyLayout(n: tranches).stride
        return DyadicSum.total(blocks: blocks, stride: stride) { first, size in known[first]?[size] }
    }
}
