// Checks the fixed value scale that per-path values are counted on: bucket edges, percentiles
// read from counts against exact order statistics, and the log-spaced display rows.
import Foundation
import Testing

@testable import DealModel

@Suite struct ValueScaleTests {
    @Test func bucketsHoldTheirValues() {
        var rng = Xoshiro256StarStar(seed: 4)
        for _ in 0..<10_000 {
            let v = exp((rng.nextUniform() - 0.2) * 50) * (rng.nextUniform() < 0.1 ? -1 : 1)
            let k = ValueScale.bucket(v)
            if abs(v) < 1 {
                #expect(k == 0)
                continue
            }
            let (lo, hi) = (ValueScale.lowerEdge(k), ValueScale.upperEdge(k))
            #expect(lo <= v && v <= hi, "\(v) in bucket \(k)")
            #expect((k > 0) == (v > 0))
            #expect(abs(hi / lo - 1) < 0.0014)  // 512 buckets an octave: 0.14% wide
        }
        #expect(ValueScale.bucket(0) == 0 && ValueScale.bucket(0.99) == 0 && ValueScale.bucket(-0.5) == 0)
        #expect(ValueScale.bucket(1e300) == ValueScale.top && ValueScale.bucket(.infinity) == ValueScale.top)
    }

    @Test func percentilesFromCountsMatchSortedValuesWithinABucket() {
        var rng = Xoshiro256StarStar(seed: 8)
        let values = (0..<20_000).map { _ in
            rng.nextUniform() < 0.05 ? 0 : exp(20 + 2 * ZigguratNormal.shared.draw(&rng))
        }
        var counts: [Int: Int] = [:]
        for v in values { counts[ValueScale.bucket(v), default: 0] += 1 }
        let p = ValueScale.percentiles(counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        let sorted = values.sorted()
        for (q, got) in zip(Percentiles.levels, p.values) {
            let rank = Double(sorted.count - 1) * q / 100
            let lo = Int(rank)
            let hi = min(lo + 1, sorted.count - 1)
            let exact = sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - Double(lo))
            #expect(abs(got - exact) <= 0.0014 * exact, "p\(q): \(got) vs \(exact)")
        }
    }

    @Test func histogramRowsAreOneTwoFiveDecades() {
        let counts = [
            (ValueScale.bucket(2.3e8), 3), (ValueScale.bucket(4e9), 10), (ValueScale.bucket(1.1e12), 2),
            (0, 4),
        ]
        let rows = ValueScale.histogram(counts.sorted { $0.0 < $1.0 })
        #expect(rows.first == ValueBucket(lower: 0, upper: 1, count: 4))
        let gains = rows.dropFirst()
        #expect(gains.first?.lower == 2e8 && gains.last?.upper == 2e12)
        #expect(gains.map(\.count).reduce(0, +) == 15)
        #expect(zip(gains, gains.dropFirst()).allSatisfy { $0.upper == $1.lower })
        // Too many 1-2-5 rows for 12: whole decades instead.
        let wide = ValueScale.histogram([(ValueScale.bucket(3), 1), (ValueScale.bucket(3e9), 1)])
        #expect(wide.map(\.lower) == (0..<10).map { pow(10, Double($0)) })
    }
}
