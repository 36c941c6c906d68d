// The shell's one-line greeting: the version, the scenario loaded, and where to start.

/// What the interactive shell says first (skipped with `-q` and when input is not a terminal).
public enum Greeting {
    /// The release, raised by hand when one is cut; `tranche --version` adds the commit.
    public static let release = "0.1.0"

    /// `tranche 0.1.0 · scenario base (amd-openai) · type tour or help`.
    public static func line(scenario: String) -> String {
        "tranche \(release) · scenario \(scenario) · type tour or help"
    }
}
