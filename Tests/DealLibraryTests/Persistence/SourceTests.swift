import Foundation
import Testing

// `source "FILE"` against running the file: from the same state, the same scenarios, variables
// and output; a failure anywhere in the file leaves the session as it was.
@testable import DealLibrary
@testable import DealScript

/// A script in Tests/Fixtures/source, by absolute path (tests run from anywhere).
private func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/source/\(name)").path
}

@Suite struct SourceTests {
    @Test func sourcingAFileEqualsRunningIt() throws {
        let path = fixture("small.deal")
        let (ran, ranOut) = persistSession()
        #expect(ran.runScript(contents(path), file: path))
        let (sourced, sourcedOut) = persistSession()
        #expect(sourced.runScript("source \"\(path)\"", file: "s.deal"))
        #expect(sourced.book == ran.book)
        #expect(sourced.book.scenario.tranche(named: "T6")?.priceTarget == 700)
        #expect(sourcedOut.out == ranOut.out && ranOut.out == "T6 now needs $700\n")
        #expect(sourced.runScript("print raised", file: "s.deal"))
        #expect(sourcedOut.out.hasSuffix("$100\n"))
    }

    @Test func aFailureLateInTheFileKeepsNothing() throws {
        let (session, _) = persistSession()
        let before = session.book
        #expect(!session.runScript("source \"\(fixture("fails-late.deal"))\"", file: "s.deal"))
        #expect(session.book == before)
        let d = try #require(session.lastDiagnostic)
        #expect(d.file == fixture("fails-late.deal") && d.line == 4)
        #expect(d.message.hasSuffix("took back everything it did)"))
    }

    @Test func filesSourcingEachOtherStopAtEightDeep() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("source-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for i in 1...9 {
            let next = i < 9 ? "source \"\(dir)/f\(i + 1).deal\"\n" : "print \"bottom\"\n"
            try next.write(toFile: "\(dir)/f\(i).deal", atomically: true, encoding: .utf8)
        }
        let (session, out) = persistSession()
        #expect(!session.runScript("source \"\(dir)/f1.deal\"", file: "s.deal"))
        #expect(session.lastDiagnostic?.message.contains("files source each other more than 8 deep") == true)
        #expect(out.out.isEmpty)
        #expect(session.runScript("source \"\(dir)/f2.deal\"", file: "s.deal"))  // eight deep is allowed
        #expect(out.out == "bottom\n")
    }

    @Test func theSandboxRefusesFilesNotNamed() {
        let (session, _) = persistSession(options: SessionOptions(sandbox: true, width: 100))
        #expect(!session.runScript("source \"\(fixture("small.deal"))\"", file: "s.deal"))
        #expect(session.lastDiagnostic?.message.contains("--sandbox allows only the scripts named") == true)
    }
}
