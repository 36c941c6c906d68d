// The script test runner: expectations inline and on their own lines, errors, the summary.
import Foundation
import Testing
@testable import DealShell
import DealScript

final class Lines: OutputSink {
    var out = ""
    func write(_ text: String) { out += text }
    func writeError(_ text: String) { out += text }
}

@Suite struct ScriptTestRunnerTests {
    func folder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("runner-\(UUID().uuidString)").path
        for (name, text) in files {
            let path = (dir as NSString).appendingPathComponent(name)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func passingAndFailingFilesAreCountedWithOneLinePerFailure() throws {
        let dir = try folder([
            "a/ok.deal": "print 1 + 1   # expect: 2\nprint \"x\"\n# expect: x\nprint 1/0  # expect error: division by zero\nprint 3 # expect: 3\n",
            "b/bad.deal": "print 1  # expect: 2\nprint 5\n# expect: 5\nassert 1 == 2\nprint 9  # expect: 9\n",
            "b/syntax.deal": "let = 3\n",
            "c/noerror.deal": "print 1 # expect error: boom\n",
            "notes.txt": "ignored",
        ])
        let lines = Lines()
        let summary = ScriptTestRunner(options: SessionOptions(), output: lines).run(paths: [dir])
        #expect(summary == ScriptTestSummary(passed: 1, failed: 3))
        #expect(lines.out == """
        \(dir)/b/bad.deal:1: expected `2`, got `1`
        \(dir)/b/bad.deal:4: assertion failed: 1 == 2 (left 1, right 2)
        \(dir)/b/syntax.deal:1: error: expected a name after `let`, found `=`
        \(dir)/c/noerror.deal:1: expected error containing `boom`, but the statement succeeded
        1 passed, 3 failed

        """)
    }

    @Test func filterKeepsMatchingPaths() throws {
        let dir = try folder(["x.deal": "print 1 # expect: 1\n", "y.deal": "print 1 # expect: 2\n"])
        let lines = Lines()
        let summary = ScriptTestRunner(options: SessionOptions(), output: lines).run(paths: [dir], filter: "x.deal")
        #expect(summary == ScriptTestSummary(passed: 1, failed: 0))
    }

    @Test func theLanguageScriptsPass() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scripts/language").path
        let lines = Lines()
        let summary = ScriptTestRunner(options: SessionOptions(), output: lines).run(paths: [root])
        #expect(summary.failed == 0, "\(lines.out)")
        #expect(summary.passed >= 9)
    }
}
