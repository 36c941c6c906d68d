// The options a session is started with; the command line sets them.

/// Options a session is started with; the command line sets them.
public struct SessionOptions: Sendable {
    /// Overrides the host's random seed (`--seed N`).
    public var seed: UInt64?
    /// Caps worker threads (`--threads N`); nil means every core.
    public var threads: Int?
    /// Bounds interpreter steps per run (`--max-steps N`); nil means unbounded.
    public var maxSteps: Int?
    /// `--sandbox`: no file reads or writes except `allowedFiles`.
    public var sandbox: Bool
    /// Files a sandboxed session may still read (the scripts named on the command line).
    public var allowedFiles: Set<String>
    /// `--json`: every printed value as one JSON document per line.
    public var json: Bool
    /// Colour in rendered output (the shell decides: terminal, NO_COLOR, --no-color).
    public var color: Bool
    /// Output width in columns for tables and charts.
    public var width: Int
    /// Arguments after the script's name (`FILE.deal a b` on the command line), visible as `args`.
    public var scriptArguments: [String]

    public init(
        seed: UInt64? = nil, threads: Int? = nil, maxSteps: Int? = nil,
        sandbox: Bool = false, allowedFiles: Set<String> = [], json: Bool = false,
        color: Bool = false, width: Int = 80, scriptArguments: [String] = []
    ) {
        self.seed = seed
        self.threads = threads
        self.maxSteps = maxSteps
        self.sandbox = sandbox
        self.allowedFiles = allowedFiles
        self.json = json
        self.color = color
        self.width = width
        self.scriptArguments = scriptArguments
    }
}
