// The price measure a tranche tests: the close, or the rolling mean of the last N closes.

/// Fills measure buffers from closes. Shared by the vesting engine and the Monte Carlo.
public enum MeasureBuffer {
    /// `measure[i]` = mean of the `window` closes ending at `closes[i]`. Days before index 0
    /// count as `lead` (a path is flat at its first value before it starts, unless the caller
    /// knows earlier closes: then pass them in `history`, oldest first).
    /// A running sum keeps this O(count) whatever the window.
    public static func fill(
        _ measure: UnsafeMutableBufferPointer<Double>,
        closes: UnsafeBufferPointer<Double>, window: Int, lead: Double
    ) {
        let n = Swift.min(measure.count, closes.count)
        guard n > 0 else { return }
        let w = Swift.max(1, window)
        if w == 1 {
            for i in 0..<n { measure[i] = closes[i] }
            return
        }
        let scale = 1 / Double(w)
        var sum = lead * Double(w - 1) + closes[0]
        measure[0] = sum * scale
        for i in 1..<n {
            sum += closes[i] - (i >= w ? closes[i - w] : lead)
            measure[i] = sum * scale
        }
    }

    /// The array form: the measure of `closes` with `window`, days before the first counting as `lead`.
    public static func measure(closes: [Double], window: Int, lead: Double? = nil) -> [Double] {
        var out = [Double](repeating: 0, count: closes.count)
        let lead = lead ?? closes.first ?? 0
        closes.withUnsafeBufferPointer { c in
            out.withUnsafeMutableBufferPointer { m in fill(m, closes: c, window: window, lead: lead) }
        }
        return out
    }

    /// The measure when the `window - 1` closes before day 0 are known (`history`, oldest first).
    /// A NaN close is a day with no price (before market closes begin): every measure whose
    /// window holds one is NaN too, so no target can be met on it.
    public static func measure(closes: [Double], window: Int, history: [Double]) -> [Double] {
        let w = Swift.max(1, window)
        let lead = Array(history.suffix(w - 1))
        let padded = [Double](repeating: lead.first ?? closes.first ?? 0, count: w - 1 - lead.count) + lead + closes
        var out = [Double](repeating: .nan, count: closes.count)
        var sum = 0.0
        var unpriced = 0
        for (i, c) in padded.enumerated() {
            if c.isNaN { unpriced += 1 } else { sum += c }
            if i >= w {
                let gone = padded[i - w]
                if gone.isNaN { unpriced -= 1 } else { sum -= gone }
            }
            let day = i - (w - 1)
            if day >= 0 { out[day] = unpriced > 0 ? .nan : sum / Double(w) }
        }
        return out
    }
}
