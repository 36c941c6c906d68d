// The script test runner: expectations inline and on their own lines, errors, the summary.
import DealLibrary
import DealScript
import Foundation
import Testing

@testable import DealShell

final class Lines: OutputSink {
    var out = ""
    func write(_ text: String) { out += text }
    func report(_ diagnostic: Diagnostic) { out += diagnostic.rendered() }
}

@Suite struct ScriptTestRunnerTests {
    func folder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("runner-\(UUID().uuidString)").path
        for (name, text) in files {
            let path = (dir as NSString).appendingPathComponent(name)
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func passingAndFailingFilesAreCountedWithOneLinePerFailure() throws {
        let dir = try folder([
            "a/ok.deal":
                "print 1 + 1   # expect: 2\nprint \"x\"\n# expect: x\nprint 1/0  # expect error: division by "
                + "zero\nprint 3 # expect: 3\n",
            "b/bad.deal": "print 1  # expect: 2\nprint 5\n# expect: 5\nassert 1 == 2\nprint 9  # expect: 9\n",
            "b/syntax.deal": "let = 3\n",
            "c/noerror.deal": "print 1 # expect error: boom\n",
            "notes.txt": "ignored",
        ])
        let lines = Lines()
        let summary = ScriptTestRunner(options: SessionOptions(), output: lines).run(paths: [dir])
        #expect(summary.passed == 1 && summary.failed == 3)
        #expect(
            lines.out == """
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
        #expect(summary.passed == 1 && summary.failed == 0)
    }

    @Test func theLanguageScriptsPass() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scripts/language").path
        let lines = Lines()
        let summary = ScriptTestRunner(options: SessionOptions(), output: lines).run(paths: [root])
        #expect(summary.failed == 0, "\(lines.out)")
        #expect(summary.passed >= 9)
    }

    /// The runner fixtures: passing and failing scripts and transcripts.
    var fixtures: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/runner").path
    }

    @Test func theFixtureFolderGivesItsCountsLinesAndDiff() {
        let lines = Lines()
        let summary = ScriptTestRunner(options: SessionOptions(), output: lines).run(paths: [fixtures])
        #expect(summary.passed == 2 && summary.failed == 3)
        #expect(
            lines.out == """
                \(fixtures)/changed.t:3: output differs for `print g.power`
                --- expected
                +++ actual
                @@ -1,1 +1,1 @@
                -4 kW
                +3 kW
                \(fixtures)/fail-assert.deal:3: assertion failed: t.shares == 26_666_666 (left 26,666,667, right 26,666,666)
                \(fixtures)/fail-expect.deal:2: expected `3 GW`, got `2 GW`
                \(fixtures)/fail-expect.deal:4: expected error containing `boom`, but the statement succeeded
                2 passed, 3 failed

                """)
    }

    @Test func bailStopsAtTheFirstFailingFile() {
        let lines = Lines()
        let summary = ScriptTestRunner(options: SessionOptions(), output: lines).run(paths: [fixtures], bail: true)
        #expect(summary.passed == 0 && summary.failed == 1)
        #expect(lines.out.hasSuffix("0 passed, 1 failed\n"))
    }

    @Test func filterPicksTranscripts() {
        let lines = Lines()
        let summary = ScriptTestRunner(options: SessionOptions(), output: lines).run(paths: [fixtures], filter: "pass")
        #expect(summary.passed == 2 && summary.failed == 0)
        #expect(lines.out == "2 passed, 0 failed\n")
    }

    @Test func aMissingPathIsAFailure() {
        let lines = Lines()
        let summary = ScriptTestRunner(options: SessionOptions(), output: lines).run(paths: [fixtures + "/nope"])
        #expect(summary.passed == 0 && summary.failed == 1)
        #expect(lines.out.hasPrefix("\(fixtures)/nope: error: no such file"))
    }

    @Test func aRecordedTranscriptReplays() throws {
        let dir = try folder([:])
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let sink = Lines()
        let session = DealSession.make(options: SessionOptions(), output: sink)
        for entry in [
            "record \"\(dir)/s.t\"", "tranche T2 shares: 26_666_667 gw: 2GW price: $300", "vesting at: 2029-01-01",
            "tranche T2 shares: 1", "record stop",
        ] {
            _ = session.runEntry(entry, file: "<stdin>", firstLine: 1)
        }
        let lines = Lines()
        let summary = ScriptTestRunner(options: SessionOptions(), output: lines).run(paths: [dir + "/s.t"])
        #expect(summary.passed == 1 && summary.failed == 0, "\(lines.out)")
    }

    @Test func aTranscriptCutInsideItsLastEntryFailsItsReplayThere() throws {
        // What a kill -9 during an entry's write can leave (docs/CLI.md): the last entry's
        // output cut short. The replay must fail at that entry, not pass.
        let dir = try folder([:])
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let session = DealSession.make(options: SessionOptions(), output: Lines())
        for entry in ["record \"\(dir)/s.t\"", "show warrant", "vesting at: 2029-01-01", "record stop"] {
            _ = session.runEntry(entry, file: "<stdin>", firstLine: 1)
        }
        let whole = try String(contentsOfFile: dir + "/s.t", encoding: .utf8)
        let lastInput = try #require(whole.range(of: "> vesting at: 2029-01-01\n"))
        // Cut halfway through the last entry's output.
        let outputLength = whole.distance(from: lastInput.upperBound, to: whole.endIndex)
        #expect(outputLength > 100)
        let cut = String(whole[..<whole.index(lastInput.upperBound, offsetBy: outputLength / 2)])
        try cut.write(toFile: dir + "/s.t", atomically: true, encoding: .utf8)
        let lines = Lines()
        let summary = ScriptTestRunner(options: SessionOptions(), output: lines).run(paths: [dir + "/s.t"])
        #expect(summary.passed == 0 && summary.failed == 1)
        let line = whole[..<lastInput.lowerBound].filter { $0 == "\n" }.count + 1
        #expect(lines.out.contains("s.t:\(line):"), "\(lines.out)")
    }

    @Test func theUnifiedDiffShowsRemovedBeforeAdded() {
        #expect(
            UnifiedDiff.lines(expected: "a\nb\nc\nd\ne\nf\n", actual: "a\nb\nC\nd\ne\nf\ng\n") == [
                "--- expected", "+++ actual", "@@ -1,6 +1,7 @@", " a", " b", "-c", "+C", " d", " e", " f", "+g",
            ])
        #expect(UnifiedDiff.lines(expected: "same\n", actual: "same\n").isEmpty)
    }
}
