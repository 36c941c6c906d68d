// `tranche test`: runs test scripts (*.deal) and transcripts (*.t) and counts passes and failures.
import DealLibrary
import DealScript
import Foundation

/// How many test files passed and failed, and each file's result.
public struct ScriptTestSummary: Equatable, Sendable {
    public var passed: Int
    public var failed: Int
    /// Every file run (and every path that held none), in order.
    public var results: [ScriptTestResult] = []
    public init(passed: Int = 0, failed: Int = 0) {
        self.passed = passed
        self.failed = failed
    }
}

/// One test file's verdict: its failure lines (none when it passed) and how long it ran.
public struct ScriptTestResult: Equatable, Sendable {
    public var file: String
    public var failures: [String]
    public var seconds: Double
    public var passed: Bool { failures.isEmpty }
}

/// How `tranche test` reports: a line per failure (with `-v`, a line per file and its time
/// too), or one JSON document at the end (`--json`).
public enum ScriptTestReporting: Sendable {
    case text(verbose: Bool)
    case json
}

/// Runs each test script in a fresh session; reports one line per failure (`file:line: ...`)
/// and a closing line `N passed, N failed`.
///
/// In a script, `# expect: TEXT` after a statement (on its line, or on a line of its own after
/// it) says the statement printed exactly that line; several expect lines are several output
/// lines in order. `# expect error: TEXT` says the statement fails with a message containing
/// TEXT, and the run goes on. An unexpected error or failed `assert` stops the file.
/// A transcript (`*.t`, see `Transcript`) passes when every input prints what was recorded.
public struct ScriptTestRunner {
    public let options: SessionOptions
    public let output: OutputSink

    /// Tests run the same anywhere: at `Transcript.defaultWidth` columns (a transcript at the
    /// width in its header), without colour, comparing text even under `--json`.
    public init(options: SessionOptions, output: OutputSink) {
        var options = options
        options.width = Transcript.defaultWidth
        options.color = false
        options.json = false
        self.options = options
        self.output = output
    }

    /// Runs every test found under `paths`; `filter` keeps files whose path contains it;
    /// `bail` stops at the first failing file; `reporting` says what is written as it goes.
    public func run(
        paths: [String], filter: String? = nil, bail: Bool = false,
        reporting: ScriptTestReporting = .text(verbose: false)
    ) -> ScriptTestSummary {
        var summary = ScriptTestSummary()
        var files: [String] = []
        for path in paths {
            let found = ScriptTestRunner.scripts(under: path)
            if found.isEmpty {
                let failure = "\(path): error: no such file or no *.deal or *.t files under it"
                record(ScriptTestResult(file: path, failures: [failure], seconds: 0), in: &summary, reporting)
            }
            files += found
        }
        for file in files where filter.map({ file.contains($0) }) ?? true {
            let clock = ContinuousClock()
            let start = clock.now
            let failures = runFile(file)
            let elapsed = start.duration(to: clock.now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            record(ScriptTestResult(file: file, failures: failures, seconds: seconds), in: &summary, reporting)
            if bail, !failures.isEmpty { break }
        }
        switch reporting {
        case .text: output.write("\(summary.passed) passed, \(summary.failed) failed\n")
        case .json: output.write(TestReport.json(summary).text + "\n")
        }
        return summary
    }

    private func record(
        _ result: ScriptTestResult, in summary: inout ScriptTestSummary,
        _ reporting: ScriptTestReporting
    ) {
        summary.results.append(result)
        if result.passed { summary.passed += 1 } else { summary.failed += 1 }
        guard case .text(let verbose) = reporting else { return }
        if verbose {
            output.write(
                "\(result.passed ? "ok  " : "FAIL") \(result.file) (\(TestReport.seconds(result.seconds)) s)\n")
        }
        for f in result.failures { output.write(f + "\n") }
    }

    /// The `*.deal` and `*.t` files at `path` (a file, or a folder searched recursively), sorted.
    static func scripts(under path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        if !isDirectory.boolValue { return [path] }
        guard let walker = FileManager.default.enumerator(atPath: path) else { return [] }
        var found: [String] = []
        for case let relative as String in walker where relative.hasSuffix(".deal") || relative.hasSuffix(".t") {
            found.append((path as NSString).appendingPathComponent(relative))
        }
        return found.sorted()
    }

    /// Runs one script; returns its failure lines (empty when it passed).
    func runFile(_ path: String) -> [String] {
        guard let source = try? String(contentsOfFile: path, encoding: .utf8) else {
            return ["\(path):1: cannot read the file"]
        }
        if path.hasSuffix(".t") { return TranscriptReplay.failures(path, source: source, options: options) }
        let expectations = Expectation.parse(source)
        let capture = CapturedOutput()
        let session = DealSession.make(options: options, output: capture)
        let starts = session.statementLines(source)
        var failures: [String] = []
        var index = 0
        var cursor = 0  // expectations are in line order, so each statement takes the next run of them
        let syntax = session.runStatements(source, file: path) { report in
            let lines = capture.takeLines()
            let next = index + 1 < starts.count ? starts[index + 1] : Int.max
            index += 1
            while cursor < expectations.count, expectations[cursor].line < report.line { cursor += 1 }
            var end = cursor
            while end < expectations.count, expectations[end].line < next { end += 1 }
            let mine = Array(expectations[cursor..<end])
            cursor = end
            return check(report, output: lines, expected: mine, path: path, failures: &failures)
        }
        if let syntax {
            return ["\(path):\(syntax.line): error: \(syntax.message)"]
        }
        if let first = starts.first {
            for e in expectations where e.line < first {
                failures.append("\(path):\(e.line): expectation before any statement")
            }
        }
        return failures
    }

    /// Compares one statement's output and outcome with its expectations; false stops the file.
    private func check(
        _ report: StatementReport, output lines: [String], expected: [Expectation],
        path: String, failures: inout [String]
    ) -> Bool {
        let errorExpectations = expected.filter(\.isError)
        let outputExpectations = expected.filter { !$0.isError }
        if let d = report.diagnostic {
            guard let e = errorExpectations.first else {
                let what = d.kind == .assertion ? "" : "error: "
                failures.append("\(path):\(d.line): \(what)\(d.message)")
                return false
            }
            if !d.message.contains(e.text) {
                failures.append("\(path):\(e.line): expected error containing `\(e.text)`, got `\(d.message)`")
            }
        } else if let e = errorExpectations.first {
            failures.append("\(path):\(e.line): expected error containing `\(e.text)`, but the statement succeeded")
        }
        for (i, e) in outputExpectations.enumerated() {
            if i < lines.count {
                if lines[i] != e.text { failures.append("\(path):\(e.line): expected `\(e.text)`, got `\(lines[i])`") }
            } else {
                failures.append("\(path):\(e.line): expected `\(e.text)`, got no output")
            }
        }
        if !outputExpectations.isEmpty, lines.count > outputExpectations.count {
            let line = outputExpectations.last!.line
            failures.append("\(path):\(line): unexpected output `\(lines[outputExpectations.count])`")
        }
        return true
    }
}

/// One `# expect: TEXT` or `# expect error: TEXT` comment.
struct Expectation {
    var line: Int
    var isError: Bool
    var text: String

    /// Every expectation in `source`, in order. A `#` inside a string is not a comment.
    static func parse(_ source: String) -> [Expectation] {
        var found: [Expectation] = []
        for (i, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var inString = false
            var escaped = false
            var comment: Substring?
            for idx in line.indices {
                let c = line[idx]
                if inString {
                    if escaped {
                        escaped = false
                    } else if c == "\\" {
                        escaped = true
                    } else if c == "\"" {
                        inString = false
                    }
                } else if c == "\"" {
                    inString = true
                } else if c == "#" {
                    comment = line[line.index(after: idx)...]
                    break
                }
            }
            guard var body = comment?.drop(while: { $0 == " " }) else { continue }
            if body.hasPrefix("expect error:") {
                body = body.dropFirst("expect error:".count)
                found.append(Expectation(line: i + 1, isError: true, text: trim(body)))
            } else if body.hasPrefix("expect:") {
                body = body.dropFirst("expect:".count)
                found.append(Expectation(line: i + 1, isError: false, text: trim(body)))
            }
        }
        return found
    }

    private static func trim(_ s: Substring) -> String {
        var t = s
        if t.hasPrefix(" ") { t = t.dropFirst() }
        while t.hasSuffix(" ") || t.hasSuffix("\r") { t = t.dropLast() }
        return String(t)
    }
}

/// Output kept in memory, taken line by line after each statement.
final class CapturedOutput: OutputSink {
    private var text = ""
    func write(_ t: String) { text += t }
    func report(_ diagnostic: Diagnostic) {}

    func takeLines() -> [String] {
        defer { text = "" }
        if text.isEmpty { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
