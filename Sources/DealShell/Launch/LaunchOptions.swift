// The command line's settings as the shell receives them from the executable.
import DealScript

/// Flags shared by every way of running tranche.
public struct LaunchOptions: Sendable {
    /// `--json`: printed values as JSON documents.
    public var json = false
    /// `--no-color`.
    public var noColor = false
    /// `--sandbox`: no file access beyond the scripts named.
    public var sandbox = false
    /// `--seed N`.
    public var seed: UInt64?
    /// `--threads N`.
    public var threads: Int?
    /// `--max-steps N`.
    public var maxSteps: Int?
    /// `-q`: no greeting when the shell starts.
    public var quiet = false

    /// Options with every flag off.
    public init() {}

    /// The session options for this process: colour and width come from the terminal;
    /// a sandbox may still read `scripts` (as named, and resolved to an absolute path).
    public func sessionOptions(scripts: [String] = [], arguments: [String] = []) -> SessionOptions {
        var allowed = Set(scripts)
        for script in scripts {
            if let resolved = absolutePath(script) { allowed.insert(resolved) }
        }
        return SessionOptions(
            seed: seed, threads: threads, maxSteps: maxSteps, sandbox: sandbox,
            allowedFiles: allowed, json: json,
            color: TerminalTraits.currentUsesColor(noColorFlag: noColor),
            width: TerminalTraits.currentWidth(), scriptArguments: arguments)
    }
}
