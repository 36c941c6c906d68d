// Runs one block of paths as units (a path and its antithetic twin, or a lone path) and adds
// each unit's outcome to the block's tally: the figures every estimate is built from.

/// Where each figure sits in one block's tally of doubles, for `n` tranches. Sums over units
/// hold the unit's mean over its paths (one or two).
struct TallyLayout {
    let n: Int
    /// Per tranche: paths on which it vests.
    var vested: Int { 0 }
    /// Per tranche: Σ vest day over those paths.
    var vestDays: Int { n }
    /// Per tranche: Σv and Σv² over units, v the unit's share of paths on which it vests.
    var vestMoments: Int { 2 * n }
    /// Per tranche: ΣR and ΣR² over units, R = value − β·control (value alone without the control).
    var valueMoments: Int { 4 * n }
    /// The warrant: ΣW and ΣW² over units, W = Σ over tranches of R.
    var warrant: Int { 6 * n }
    /// Path-steps simulated, and units.
    var pathSteps: Int { 6 * n + 2 }
    var units: Int { 6 * n + 3 }
    /// Paths on which exactly k tranches vest, k = 0...n (settled ones included).
    var vestedCounts: Int { 6 * n + 4 }
    var stride: Int { 7 * n + 5 }

    /// Doubles of the pilot's tally: per tranche ΣX, ΣY, ΣXY, ΣY² over units, then the units.
    var pilotStride: Int { 4 * n + 1 }
}

/// Whole-number counts of one worker's real-world paths, which add up in any order: paths
/// by value bucket (`ValueScale`) and by the set of tranches vested.
final class PathCounts {
    var values: [Int]
    var vestedSets: [UInt64: Int] = [:]

    init() { values = [Int](repeating: 0, count: ValueScale.count) }
}

/// One worker's kernel and the scratch holding the first path of a unit while its twin runs.
struct BlockRunner {
    let kernel: PathKernel
    let method: SimulationMethod
    let layout: TallyLayout
    let firstVestDay: UnsafeMutablePointer<Int>
    let firstValue: UnsafeMutablePointer<Double>
    let firstControl: UnsafeMutablePointer<Double>

    init(plan: SimulationPlan, method: SimulationMethod) {
        kernel = PathKernel(plan: plan)
        self.method = method
        layout = TallyLayout(n: kernel.n)
        let n = max(1, kernel.n)
        firstVestDay = .allocate(capacity: n)
        firstValue = .allocate(capacity: n)
        firstControl = .allocate(capacity: n)
    }

    func deallocate() {
        kernel.deallocate()
        firstVestDay.deallocate()
        firstValue.deallocate()
        firstControl.deallocate()
    }

    /// Runs `paths` paths from `rng` (each unit from its own generator split off it), adding to
    /// `tally` with the control's coefficients `beta` (one per tranche), counting each path in
    /// `counts` when given, and writing each unit's R per tranche to `unitValues` when given.
    func run(
        paths: Int, rng: inout Xoshiro256StarStar, beta: [Double], tally: UnsafeMutablePointer<Double>,
        counts: PathCounts?, unitValues: UnsafeMutablePointer<Double>? = nil
    ) {
        let n = kernel.n
        let l = layout
        let plan = kernel.plan
        var p = 0
        var u = 0
        while p < paths {
            let twin = method.antithetic && p + 1 < paths
            kernel.startUnit()
            var unit = Xoshiro256StarStar(splitting: &rng)
            let daysA = kernel.path(sign: 1, rng: &unit)
            if let counts { count(counts, plan: plan) }
            var daysB = 0
            if twin {
                for t in 0..<n {
                    firstVestDay[t] = kernel.vestDay[t]
                    firstValue[t] = kernel.value[t]
                    firstControl[t] = kernel.control[t]
                }
                daysB = kernel.path(sign: -1, rng: &unit)
                if let counts { count(counts, plan: plan) }
            }
            let weight = twin ? 0.5 : 1
            var w = 0.0
            var vestedA = plan.settledCount
            var vestedB = plan.settledCount
            for t in 0..<n {
                var vested = 0.0
                var days = 0.0
                var x = kernel.value[t]
                var y = kernel.control[t]
                if kernel.vestDay[t] >= 0 {
                    vested += 1
                    days += Double(kernel.vestDay[t])
                    vestedB += 1
                }
                if twin {
                    if firstVestDay[t] >= 0 {
                        vested += 1
                        days += Double(firstVestDay[t])
                        vestedA += 1
                    }
                    x += firstValue[t]
                    y += firstControl[t]
                }
                tally[l.vested + t] += vested
                tally[l.vestDays + t] += days
                let v = vested * weight
                tally[l.vestMoments + 2 * t] += v
                tally[l.vestMoments + 2 * t + 1] += v * v
                let r = (x - beta[t] * y) * weight
                unitValues?[u * n + t] = r
                tally[l.valueMoments + 2 * t] += r
                tally[l.valueMoments + 2 * t + 1] += r * r
                w += r
            }
            tally[l.warrant] += w
            tally[l.warrant + 1] += w * w
            tally[l.pathSteps] += Double(daysA + daysB)
            tally[l.units] += 1
            // Path A is the one held aside when there is a twin; a lone path counted as B.
            if twin { tally[l.vestedCounts + vestedA] += 1 }
            tally[l.vestedCounts + vestedB] += 1
            p += twin ? 2 : 1
            u += 1
        }
    }

    /// Runs `paths` pilot paths from `rng`, adding each unit's value X and control Y per
    /// tranche to `moments` (layout `TallyLayout.pilotStride`).
    func pilot(paths: Int, rng: inout Xoshiro256StarStar, moments: UnsafeMutablePointer<Double>) {
        let n = kernel.n
        var p = 0
        while p < paths {
            let twin = method.antithetic && p + 1 < paths
            kernel.startUnit()
            var unit = Xoshiro256StarStar(splitting: &rng)
            _ = kernel.path(sign: 1, rng: &unit)
            if twin {
                for t in 0..<n {
                    firstValue[t] = kernel.value[t]
                    firstControl[t] = kernel.control[t]
                }
                _ = kernel.path(sign: -1, rng: &unit)
            }
            let weight = twin ? 0.5 : 1
            for t in 0..<n {
                let x = (kernel.value[t] + (twin ? firstValue[t] : 0)) * weight
                let y = (kernel.control[t] + (twin ? firstControl[t] : 0)) * weight
                moments[4 * t] += x
                moments[4 * t + 1] += y
                moments[4 * t + 2] += x * y
                moments[4 * t + 3] += y * y
            }
            moments[4 * n] += 1
            p += twin ? 2 : 1
        }
    }

    /// Counts the path the kernel just ran: its value bucket and its set of vested tranches.
    private func count(_ counts: PathCounts, plan: SimulationPlan) {
        var value = plan.settledValue
        var set = plan.settledMask
        for t in 0..<kernel.n where kernel.vestDay[t] >= 0 {
            value += kernel.value[t]
            set |= 1 << UInt64(t)
        }
        counts.values[ValueScale.bucket(value) + ValueScale.top] += 1
        counts.vestedSets[set, default: 0] += 1
    }
}

extension TallyLayout {
    /// β per tranche from pilot moments: Cov(X, Y) / Var(Y), 0 where Y does not vary.
    func coefficients(pilot m: [Double]) -> [Double] {
        let units = m[4 * n]
        return (0..<n).map { t in
            guard units > 1 else { return 0 }
            let sx = m[4 * t]
            let sy = m[4 * t + 1]
            let sxy = m[4 * t + 2]
            let syy = m[4 * t + 3]
            let covariance = sxy - sx * sy / units
            let variance = syy - sy * sy / units
            return variance > 1e-12 * max(1, syy) ? covariance / variance : 0
        }
    }
}
