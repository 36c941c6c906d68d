// The progress bar of a long `simulate`, `sweep` or `greeks`: drawn on standard error, only
// when it is a terminal and output is not JSON, after the run has taken half a second, with
// the time left; cleared when the run ends.
import CEditLine
import DealLibrary
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Draws `simulate ████████░░░░  62%  4 s left` on one line of standard error.
public final class ProgressBar: SimulationProgress {
    private struct State {
        var started: Double?
        var lastDrawn = 0.0
        var drawn = false
    }

    private let state = Mutex(State())
    private let width: Int

    public init(width: Int) { self.width = width }

    /// A bar for this process, or nil when standard error is not a terminal or output is JSON.
    public static func forTerminal(json: Bool) -> ProgressBar? {
        guard !json, isatty(STDERR_FILENO) != 0, environment("TERM") != "dumb" else { return nil }
        return ProgressBar(width: TerminalTraits.currentWidth())
    }

    public func update(_ command: String, done: Double) {
        let now = ProgressBar.seconds()
        let line: String? = state.withLock { s in
            guard let started = s.started else {
                s.started = now
                return nil
            }
            let elapsed = now - started
            guard elapsed >= 0.5, now - s.lastDrawn >= 0.1, done > 0 else { return nil }
            s.lastDrawn = now
            s.drawn = true
            return ProgressBar.line(command, done: done, left: elapsed * (1 - done) / done, width: width)
        }
        if let line { ProgressBar.write("\r\u{1B}[K" + line) }
    }

    public func finish() {
        let drawn = state.withLock { s in
            defer { s = State() }
            return s.drawn
        }
        if drawn { ProgressBar.write("\r\u{1B}[K") }
    }

    /// The bar's text for a share `done` with `left` seconds to go, within `width` columns.
    static func line(_ command: String, done: Double, left: Double, width: Int) -> String {
        let share = max(0, min(1, done))
        let percent = String(Int((share * 100).rounded(.down))) + "%"
        let time = left < 60 ? "\(Int(left.rounded(.up))) s left" : "\(Int((left / 60).rounded(.up))) min left"
        let room = max(5, min(40, width - command.count - percent.count - time.count - 6))
        let full = Int((share * Double(room)).rounded(.down))
        let bar = String(repeating: "█", count: full) + String(repeating: "░", count: room - full)
        return "\(command) \(bar) \(String(repeating: " ", count: max(0, 4 - percent.count)))\(percent)  \(time)"
    }

    private static func seconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    private static func write(_ text: String) {
        fputs(text, tranche_stderr())
        fflush(tranche_stderr())
    }
}
