// e^x for the Monte Carlo's hot loops: inlined, with no call into libm (whose call and
// error-handling wrapper cost as much as the arithmetic), and the same bits on every platform.

/// e^x within 2 ulp for |x| ≤ 700 (the kernel's log prices are far inside), in two forms:
/// `exponential(x)`, a Taylor series after reducing by ln 2, and `Exponential.shared.of(x)`,
/// the hot loops' form: a table of 2^(j/64) and a series of five terms.
@inline(__always)
func exponential(_ x: Double) -> Double {
    guard abs(x) <= 700 else { return x.isNaN ? x : (x > 0 ? .infinity : 0) }
    // Round to the nearest whole number by adding and taking away 1.5·2^52 (no libm call).
    let k = (x * 1.4426950408889634 + 6_755_399_441_055_744.0) - 6_755_399_441_055_744.0
    // x = k·ln 2 + r, |r| ≤ ln 2 / 2; ln 2 = hi + lo (Cody and Waite), hi with its low bits zero
    // so that k·hi is exact.
    let r = (x - k * 0.6931471803691238) - k * 1.9082149292705877e-10
    // Horner from r^13/13! down to 1 (the remainder is below 1e-17 relative).
    var p = 1.6059043836821613e-10
    p = p * r + 2.08767569878681e-09
    p = p * r + 2.505210838544172e-08
    p = p * r + 2.755731922398589e-07
    p = p * r + 2.7557319223985893e-06
    p = p * r + 2.48015873015873e-05
    p = p * r + 0.0001984126984126984
    p = p * r + 0.001388888888888889
    p = p * r + 0.008333333333333333
    p = p * r + 0.041666666666666664
    p = p * r + 0.16666666666666666
    p = p * r + 0.5
    p = p * r + 1
    p = p * r + 1
    return p * Double(bitPattern: UInt64(1023 + Int64(k)) << 52)
}

/// The table form of e^x: x = (64m + j)·ln 2 / 64 + r with |r| ≤ ln 2 / 128, so
/// e^x = 2^m · 2^(j/64) · e^r, e^r by five terms (the remainder is below 4e-17 relative).
/// The 64 table entries come from `exponential` once, so they are the same bits everywhere.
public struct Exponential: @unchecked Sendable {
    public static let shared = Exponential()

    /// 2^(j/64), j = 0...63; allocated once for the process lifetime and read by every worker.
    @usableFromInline let table: UnsafeMutablePointer<Double>

    init() {
        table = .allocate(capacity: 64)
        for j in 0..<64 {
            table[j] = exponential(Double(j) * 0.01083042469326756 + Double(j) * 2.9815858269852933e-12)
        }
    }

    /// e^x.
    @inlinable @inline(__always)
    public func of(_ x: Double) -> Double {
        guard abs(x) <= 700 else { return x.isNaN ? x : (x > 0 ? .infinity : 0) }
        let k = (x * 92.33248261689366 + 6_755_399_441_055_744.0) - 6_755_399_441_055_744.0  // 64 / ln 2
        // ln 2 / 64 in two parts, the first with its low bits zero so that k·hi is exact.
        let r = (x - k * 0.01083042469326756) - k * 2.9815858269852933e-12
        let p =
            1 + r
            * (1 + r
                * (0.5 + r
                    * (0.16666666666666666 + r
                        * (0.041666666666666664
                            + r * 0.008333333333333333))))
        let n = Int64(k)
        return table[Int(n & 63)] * p * Double(bitPattern: UInt64(1023 + (n >> 6)) << 52)
    }
}
