// What `tranche --version` says: the release, and the git commit when scripts/install stamped
// the build (scripts/stamp-version); a plain `swift build` or a tree outside git says the
// release alone.

import DealShell

/// The version text.
enum Version {
    /// The release, kept beside the greeting that also shows it.
    static let release = Greeting.release

    /// `tranche 0.1.0 (git 2bcfbe3)`, or `tranche 0.1.0` for a build without a stamp.
    static var text: String {
        "tranche \(release)" + (buildStamp(0).map { " (git \($0))" } ?? "")
    }
}

/// No stamp. scripts/stamp-version writes Stamp.generated.swift (ignored by git) declaring
/// `buildStamp(_: Int)`, which the call `buildStamp(0)` prefers to this one: no build flag
/// is needed either way, so the stamp costs one module's rebuild, not the whole package's.
func buildStamp(_: Any) -> String? { nil }
