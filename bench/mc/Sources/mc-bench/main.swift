// Times the Monte Carlo engine on the benchmark schedule: ten tranches with close-price
// targets from $250 to $1000, about 1250 trading days, GBM at 55% volatility.
// Usage: mc-bench [paths] [threads] [window]. Prints path-steps per second, then the fair
// value's standard error and the time to bring it to 0.1% of the value (paths scaled by the
// square of the error ratio, then run to check). A window above 1 measures each target on the
// N-day average close (the default deal uses 20).
import CivilTime
import DealModel
import Foundation

let arguments = CommandLine.arguments
let paths = arguments.count > 1 ? Int(arguments[1]) ?? 200_000 : 200_000
let threads = arguments.count > 2 ? Int(arguments[2]) ?? 2 : 2
let window = arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1
let days = 1250

let targets = (0..<10).map { 250 + Double($0) * 750 / 9 }
let tranches = targets.enumerated().map { i, target in
    CompiledTranche(earliestDay: i * 100, lastDay: days, priceTarget: target, window: window)
}
let input = SimulationInput(s0: 203.71, volatility: 0.55, drift: 0.04, lastDay: days, tranches: tranches,
                            shares: [Double](repeating: 16_000_000, count: 10), strike: 0.01,
                            start: CivilDate(year: 2025, month: 10, day: 6)!)

/// Best wall time of three runs, and the last run's result.
func timed(paths: Int, method: SimulationMethod) throws -> (Double, SimulationResult) {
    var best = Double.infinity
    var last: SimulationResult?
    for _ in 0..<3 {
        let t0 = DispatchTime.now().uptimeNanoseconds
        last = try MonteCarloEngine.simulate(input, paths: paths, seed: 2025, threads: threads, method: method)
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
    }
    guard let last else { exit(1) }
    return (best, last)
}

_ = try MonteCarloEngine.simulate(input, paths: 4096, seed: 1, threads: threads)  // warm up tables
let (plainTime, plain) = try timed(paths: paths, method: .plain)
let nominal = Double(paths) * Double(days)
print(String(format: "swift: %d paths x %d days, window %d, %d threads: %.3f s, %.1fM path-steps/s (%.1fM simulated/s)",
             paths, days, window, threads, plainTime, nominal / plainTime / 1e6,
             Double(plain.pathSteps) / plainTime / 1e6))
print(String(format: "swift: P(T1)=%.4f P(T10)=%.4f fair value=$%.3fB", plain.tranches[0].probability,
             plain.tranches[9].probability, plain.fairValue.value / 1e9))

// Precision per second: the reduced method at the same paths, then at the paths its error
// says reach 0.1% of the value, run to check.
let (reducedTime, reduced) = try timed(paths: paths, method: .reduced)
let goal = 0.001 * reduced.fairValue.value
let scaled = 1.1 * Double(paths) * pow(reduced.fairValue.stderr / goal, 2)  // 10% spare: the error is itself an estimate
let needed = max(MonteCarloEngine.blockSize, Int(scaled.rounded(.up)))
let (checkTime, check) = try timed(paths: needed, method: .reduced)
print(String(format: "swift: stderr at %d paths: plain %.4f%%, reduced %.4f%% of the value (%.2fx smaller); "
             + "reduced run %.3f s",
             paths, 100 * plain.fairValue.stderr / plain.fairValue.value,
             100 * reduced.fairValue.stderr / reduced.fairValue.value,
             plain.fairValue.stderr / reduced.fairValue.stderr, reducedTime))
print(String(format: "swift: time to 0.1%%: %.3f s (%d paths, stderr %.4f%% of $%.3fB)",
             checkTime, needed, 100 * check.fairValue.stderr / check.fairValue.value, check.fairValue.value / 1e9))
