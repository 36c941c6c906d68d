// Standard normal draws by the ziggurat method (Marsaglia and Tsang, 256 layers), the
// Monte Carlo's only source of Gaussian increments. Tables are built once, at first use,
// by a deterministic bisection, so no magic constants are pasted in.
#if canImport(Glibc)
    import Glibc  // exp, log, erfc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ziggurat tables for the unnormalised density f(x) = exp(−x²/2), 256 layers of equal area.
public struct ZigguratNormal: @unchecked Sendable {
    /// Number of layers; the low 8 bits of a draw pick one.
    public static let layers = 256
    /// The shared tables (immutable after construction, read by every worker).
    public static let shared = ZigguratNormal()

    /// Where the tail begins (the base layer's right edge).
    public let tailStart: Double
    /// Area of each layer, tail included.
    public let layerArea: Double
    // x[i]: layer i spans [0, x[i]]; x[0] = v / f(r) (the base strip with its tail), x[256] = 0.
    @usableFromInline let x: UnsafeMutablePointer<Double>
    // f[i] = exp(−x[i]²/2).
    @usableFromInline let f: UnsafeMutablePointer<Double>
    // ratio[i] = x[i+1] / x[i]: below it, a point is inside the curve with no exp().
    @usableFromInline let ratio: UnsafeMutablePointer<Double>

    init() {
        let n = ZigguratNormal.layers
        let r = ZigguratNormal.solveTailStart(layers: n)
        tailStart = r
        layerArea = ZigguratNormal.area(tailStart: r)
        // Allocated once for the process lifetime: the hot loop reads raw pointers, no ARC.
        x = .allocate(capacity: n + 1)
        f = .allocate(capacity: n + 1)
        ratio = .allocate(capacity: n)
        let edges = ZigguratNormal.edges(tailStart: r, layers: n) ?? []
        for i in 0...n {
            x[i] = i < edges.count ? edges[i] : 0
            f[i] = exp(-0.5 * x[i] * x[i])
        }
        for i in 0..<n { ratio[i] = x[i + 1] / x[i] }
    }

    /// Layer area v(r) = r·f(r) + ∫_r^∞ f.
    static func area(tailStart r: Double) -> Double {
        r * exp(-0.5 * r * r) + (Double.pi / 2).squareRoot() * erfc(r / 2.0.squareRoot())
    }

    /// The layer edges x[0...n] for a tail start r; nil when the layers overflow the top
    /// of the curve before the last one (r too small).
    static func edges(tailStart r: Double, layers n: Int) -> [Double]? {
        let v = area(tailStart: r)
        var xs = [Double](repeating: 0, count: n + 1)
        xs[0] = v / exp(-0.5 * r * r)
        xs[1] = r
        for i in 1..<(n - 1) {
            let height = exp(-0.5 * xs[i] * xs[i]) + v / xs[i]
            if height >= 1 { return nil }
            xs[i + 1] = (-2 * log(height)).squareRoot()
        }
        xs[n] = 0
        return xs
    }

    /// Bisects r so that the top layer's rectangle has exactly the common area v.
    static func solveTailStart(layers n: Int) -> Double {
        var lo = 2.0
        var hi = 5.0
        for _ in 0..<200 {
            let mid = 0.5 * (lo + hi)
            guard let xs = edges(tailStart: mid, layers: n) else {
                lo = mid
                continue
            }
            let top = xs[n - 1]
            let leftover = top * (1 - exp(-0.5 * top * top)) - area(tailStart: mid)
            if leftover > 0 { hi = mid } else { lo = mid }
        }
        return 0.5 * (lo + hi)
    }

    /// One standard normal draw from `rng`.
    @inlinable @inline(__always)
    public func draw(_ rng: inout Xoshiro256StarStar) -> Double {
        let bits = rng.next()
        let i = Int(truncatingIfNeeded: bits & 0xFF)
        // bits >> 11 < 2^53: converting it as a signed integer is one instruction.
        let u = Double(Int64(bitPattern: bits >> 11)) * 0x1.0p-53
        // The sign goes in by flipping the sign bit: a branch on a random bit mispredicts half the time.
        if u < ratio[i] { return Double(bitPattern: (u * x[i]).bitPattern ^ ((bits & 0x100) << 55)) }
        // The generator goes and comes back by value, so the hot caller keeps it in registers.
        let (z, state) = drawOutsideCore(bits: bits, rng)
        rng = state
        return z
    }

    /// Writes the walk `from` + `scale` × the next `count` draws from `rng`, summed one at a
    /// time, to `out`: out[k] = out[k − 1] + scale·z_k (out[−1] = `from`). The draws are the same,
    /// in the same order, as `count` calls of `draw`. The generator's four words are plain locals
    /// here, so they stay in registers instead of going back to memory on every draw.
    @inline(never)
    public func fillWalk(
        _ out: UnsafeMutablePointer<Double>, count: Int, scale: Double, from: Double,
        rng: inout Xoshiro256StarStar
    ) {
        var walk = from
        var (s0, s1, s2, s3) = (rng.s0, rng.s1, rng.s2, rng.s3)
        let x = self.x
        let ratio = self.ratio
        for k in 0..<count {
            let product = s1 &* 5
            let bits = ((product << 7) | (product >> 57)) &* 9
            let t = s1 << 17
            s2 ^= s0
            s3 ^= s1
            s1 ^= s2
            s0 ^= s3
            s2 ^= t
            s3 = (s3 << 45) | (s3 >> 19)
            let i = Int(truncatingIfNeeded: bits & 0xFF)
            let u = Double(Int64(bitPattern: bits >> 11)) * 0x1.0p-53
            var z: Double
            if u < ratio[i] {
                z = Double(bitPattern: (u * x[i]).bitPattern ^ ((bits & 0x100) << 55))
            } else {
                let (value, state) = drawOutsideCore(bits: bits, Xoshiro256StarStar(state: (s0, s1, s2, s3)))
                z = value
                (s0, s1, s2, s3) = (state.s0, state.s1, state.s2, state.s3)
            }
            walk += scale * z
            out[k] = walk
        }
        rng = Xoshiro256StarStar(state: (s0, s1, s2, s3))
    }

    /// The rare path (about 1 draw in 100): the tail beyond r, or a wedge under the curve,
    /// retrying with fresh bits until a point is accepted.
    @usableFromInline @inline(never)
    func drawOutsideCore(bits first: UInt64, _ start: Xoshiro256StarStar) -> (Double, Xoshiro256StarStar) {
        var rng = start
        var bits = first
        while true {
            let i = Int(truncatingIfNeeded: bits & 0xFF)
            let u = Double(Int64(bitPattern: bits >> 11)) * 0x1.0p-53
            let value = u * x[i]
            let sign: Double = bits & 0x100 == 0 ? 1 : -1
            if u < ratio[i] { return (sign * value, rng) }
            if i == 0 {
                // Marsaglia's tail method: exact for x > r.
                while true {
                    let a = -log(1 - rng.nextUniform()) / tailStart
                    let b = -log(1 - rng.nextUniform())
                    if 2 * b > a * a { return (sign * (tailStart + a), rng) }
                }
            }
            // The wedge test's exp is the kernel's (no libm call, the same bits everywhere).
            let curve = Exponential.shared.of(-0.5 * value * value)
            if f[i] + rng.nextUniform() * (f[i + 1] - f[i]) < curve { return (sign * value, rng) }
            bits = rng.next()
        }
    }
}
