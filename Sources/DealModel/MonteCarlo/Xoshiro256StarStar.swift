// The Monte Carlo's random source: xoshiro256** seeded through splitmix64, with a 2^128
// jump so that each block of paths draws from its own non-overlapping stream.

/// xoshiro256** (Blackman and Vigna): 256 bits of state, 64-bit outputs, period 2^256 − 1.
public struct Xoshiro256StarStar: Sendable, Equatable {
    @usableFromInline var s0, s1, s2, s3: UInt64

    /// A generator whose state is four successive splitmix64 outputs of `seed`,
    /// so that nearby seeds (2025, 2026) still give unrelated streams.
    public init(seed: UInt64) {
        var x = seed
        func splitmix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitmix()
        s1 = splitmix()
        s2 = splitmix()
        s3 = splitmix()
    }

    /// The generator of one unit of paths, seeded from four outputs of `parent` (each mixed by
    /// splitmix64's finaliser): every unit consumes exactly four of its block's outputs, so a
    /// unit's draws do not depend on how far earlier units went (common random numbers).
    public init(splitting parent: inout Xoshiro256StarStar) {
        func mix(_ x: UInt64) -> UInt64 {
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = mix(parent.next())
        s1 = mix(parent.next())
        s2 = mix(parent.next())
        s3 = mix(parent.next())
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // the one state xoshiro cannot leave
    }

    /// A generator with the given raw state (not all zero), for reference test vectors.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = state
    }

    /// The next 64 random bits.
    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    /// A uniform double in [0, 1) from the top 53 bits.
    @inlinable @inline(__always)
    public mutating func nextUniform() -> Double {
        Double(Int64(bitPattern: next() >> 11)) * 0x1.0p-53
    }

    /// Advances the state by 2^128 outputs: the polynomial below is the generator's
    /// published jump polynomial, so streams 2^128 apart never overlap in practice.
    public mutating func jump() {
        advance(by: [0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C, 0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C])
    }

    /// Advances the state by 2^192 outputs (the published long-jump polynomial): streams a
    /// long jump apart never meet streams reached by fewer than 2^64 jumps.
    public mutating func longJump() {
        advance(by: [0x76E1_5D3E_FEFD_CBBF, 0xC500_4E44_1C52_2FB3, 0x7771_0069_854E_E241, 0x3910_9BB0_2ACB_E635])
    }

    private mutating func advance(by polynomial: [UInt64]) {
        var t0: UInt64 = 0
        var t1: UInt64 = 0
        var t2: UInt64 = 0
        var t3: UInt64 = 0
        for word in polynomial {
            for bit in 0..<64 {
                if word & (1 << UInt64(bit)) != 0 {
                    t0 ^= s0
                    t1 ^= s1
                    t2 ^= s2
                    t3 ^= s3
                }
                _ = next()
            }
        }
        s0 = t0
        s1 = t1
        s2 = t2
        s3 = t3
    }

    @inlinable @inline(__always)
    func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 &- k)) }
}
