// The fixed scale on which per-path warrant values are counted: fine buckets, evenly spaced
// in log2 of dollars and mirrored for losses, so that counts from any number of threads or
// parts add up exactly, and percentiles and the log-spaced histogram are read from them.
#if canImport(Glibc)
    import Glibc  // log2, exp2
#elseif canImport(Darwin)
    import Darwin
#endif

/// Buckets of per-path value. Bucket 0 holds |v| < $1 (read as $0); bucket k ≥ 1 holds
/// 2^((k−1)/perOctave) ≤ v < 2^(k/perOctave) dollars, and −k the same losses. Values beyond
/// 2^64 dollars count in the last bucket. A bucket is 0.14% wide.
public enum ValueScale {
    /// Buckets per doubling of value.
    public static let perOctave = 512
    /// The highest bucket index (2^64 dollars).
    public static let top = 64 * perOctave
    /// Buckets in a dense count array: indices −top...top stored at index + top.
    public static let count = 2 * top + 1

    /// The bucket of value `v`.
    @inline(__always)
    public static func bucket(_ v: Double) -> Int {
        let m = abs(v)
        guard m >= 1 else { return 0 }
        let k = m.isFinite ? min(top, Int(log2(m) * Double(perOctave)) + 1) : top
        return v < 0 ? -k : k
    }

    /// The lowest value bucket `k` holds (its upper edge for losses).
    public static func lowerEdge(_ k: Int) -> Double {
        if k == 0 { return 0 }
        let edge = exp2(Double(abs(k) - 1) / Double(perOctave))
        return k < 0 ? -exp2(Double(-k) / Double(perOctave)) : edge
    }

    /// The highest value bucket `k` holds.
    public static func upperEdge(_ k: Int) -> Double {
        if k == 0 { return 0 }
        return k < 0 ? -exp2(Double(-k - 1) / Double(perOctave)) : exp2(Double(k) / Double(perOctave))
    }

    /// The value of the `j`th of `c` paths (0-based, in order) in bucket `k`: spread evenly in
    /// log across the bucket (0 in bucket 0).
    static func position(_ j: Int, of c: Int, in k: Int) -> Double {
        if k == 0 { return 0 }
        let lo = abs(lowerEdge(k))
        let hi = abs(upperEdge(k))
        let a = min(lo, hi)
        let b = max(lo, hi)
        let f = (Double(j) + 0.5) / Double(c)
        let x = a * exp2(log2(b / a) * (k > 0 ? f : 1 - f))
        return k < 0 ? -x : x
    }

    /// Percentiles (rank (n−1)·q, linear between order statistics, as on sorted values) from
    /// bucket counts `(index, count)` in increasing index order.
    public static func percentiles(_ buckets: [(Int, Int)]) -> Percentiles {
        let n = buckets.reduce(0) { $0 + $1.1 }
        guard n > 0 else { return Percentiles(p5: 0, p25: 0, p50: 0, p75: 0, p95: 0) }
        func orderStatistic(_ r: Int) -> Double {
            var seen = 0
            for (k, c) in buckets {
                if r < seen + c { return position(r - seen, of: c, in: k) }
                seen += c
            }
            return position(0, of: 1, in: buckets.last?.0 ?? 0)
        }
        func at(_ q: Double) -> Double {
            let rank = Double(n - 1) * q / 100
            let lo = Int(rank.rounded(.down))
            let hi = min(lo + 1, n - 1)
            let a = orderStatistic(lo)
            let b = orderStatistic(hi)
            return a + (b - a) * (rank - Double(lo))
        }
        return Percentiles(p5: at(5), p25: at(25), p50: at(50), p75: at(75), p95: at(95))
    }

    /// The display histogram: a row for losses (if any), one for values under $1 (if any),
    /// then rows between 1-2-5 edges ($100M, $200M, $500M, $1B, ...) from the smallest to the
    /// largest value, widened to decades when that would make more than `maxRows` rows.
    public static func histogram(_ buckets: [(Int, Int)], maxRows: Int = 12) -> [ValueBucket] {
        var rows: [ValueBucket] = []
        let losses = buckets.filter { $0.0 < 0 }
        if let lowest = losses.first {
            rows.append(ValueBucket(lower: lowerEdge(lowest.0), upper: 0, count: losses.reduce(0) { $0 + $1.1 }))
        }
        let zero = buckets.filter { $0.0 == 0 }.reduce(0) { $0 + $1.1 }
        if zero > 0 { rows.append(ValueBucket(lower: 0, upper: 1, count: zero)) }
        let gains = buckets.filter { $0.0 > 0 }
        guard let first = gains.first, let last = gains.last else { return rows }
        let lo = lowerEdge(first.0)
        let hi = upperEdge(last.0)
        var edges = niceEdges(from: lo, to: hi, steps: [1, 2, 5])
        if edges.count - 1 > maxRows { edges = niceEdges(from: lo, to: hi, steps: [1]) }
        var counts = [Int](repeating: 0, count: edges.count - 1)
        for (k, c) in gains {
            // A fine bucket counts in the row holding its geometric middle.
            let middle = (lowerEdge(k) * upperEdge(k)).squareRoot()
            var row = 0
            while row < counts.count - 1 && middle >= edges[row + 1] { row += 1 }
            counts[row] += c
        }
        for i in counts.indices { rows.append(ValueBucket(lower: edges[i], upper: edges[i + 1], count: counts[i])) }
        return rows
    }

    /// Edges m × 10^e (m in `steps`) from the largest at or below `lo` to the smallest at or above `hi`.
    static func niceEdges(from lo: Double, to hi: Double, steps: [Double]) -> [Double] {
        var e = log10(lo).rounded(.down) - 1
        var edges: [Double] = []
        while true {
            for m in steps {
                let edge = m * pow(10, e)
                if edge <= lo {
                    edges = [edge]
                } else {
                    edges.append(edge)
                    if edge >= hi { return edges }
                }
            }
            e += 1
        }
    }
}
