// Times the Monte Carlo engine on the benchmark schedule: ten tranches with close-price
// targets from $250 to $1000, about 1250 trading days, GBM at 55% volatility.
// Usage: mc-bench [paths] [threads] [window]. Prints path-steps per second. A window above 1
// measures each target on the N-day average close (the default deal uses 20).
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

_ = try MonteCarloEngine.simulate(input, paths: 4096, seed: 1, threads: threads)  // warm up tables
var best = Double.infinity
var last: SimulationResult?
for _ in 0..<3 {
    let t0 = DispatchTime.now().uptimeNanoseconds
    last = try MonteCarloEngine.simulate(input, paths: paths, seed: 2025, threads: threads)
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
}
guard let result = last else { exit(1) }
let nominal = Double(paths) * Double(days)
print(String(format: "swift: %d paths x %d days, window %d, %d threads: %.3f s, %.1fM path-steps/s (%.1fM simulated/s)",
             paths, days, window, threads, best, nominal / best / 1e6, Double(result.pathSteps) / best / 1e6))
print(String(format: "swift: P(T1)=%.4f P(T10)=%.4f E[value]=$%.3fB", result.tranches[0].probability,
             result.tranches[9].probability, result.expectedValue / 1e9))
