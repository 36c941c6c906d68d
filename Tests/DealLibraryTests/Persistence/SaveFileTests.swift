import Foundation
import Testing

// save and load as file operations: atomic replacement, failures that change nothing, the
// sandbox, wrong extensions.
@testable import DealLibrary
@testable import DealScript

@Suite struct SaveFileTests {
    @Test func aFailedSaveLeavesTheOldFileAndSaysWhy() throws {
        let dir = try scratchFolder()
        let (session, out) = persistSession()
        #expect(!session.runScript("save \"\(dir)/missing/x.deal\"", file: "t"))
        #expect(out.err.contains("cannot write \"\(dir)/missing/x.deal\": no folder"))
        // A folder in the way of the rename: the save fails, the folder stays, no temporary is left.
        try FileManager.default.createDirectory(atPath: dir + "/taken.deal/inner", withIntermediateDirectories: true)
        #expect(!session.runScript("save \"\(dir)/taken.deal\"", file: "t"))
        #expect(session.lastDiagnostic?.message.contains("nothing was changed") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["taken.deal"])
    }

    @Test func saveReplacesAnExistingFileWhole() throws {
        let dir = try scratchFolder()
        let path = dir + "/s.deal"
        try String(repeating: "old text\n", count: 10_000).write(toFile: path, atomically: false, encoding: .utf8)
        let (session, _) = persistSession()
        #expect(session.runScript("reset\nsave \"\(path)\"", file: "t"))
        #expect(contents(path).hasSuffix("\nreset\n"))
        #expect(!contents(path).contains("old text"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["s.deal"])
    }

    @Test func theSandboxRefusesSaveAndLoad() throws {
        let dir = try scratchFolder()
        try "reset\n".write(toFile: dir + "/in.deal", atomically: true, encoding: .utf8)
        let (session, out) = persistSession(options: SessionOptions(sandbox: true))
        #expect(!session.runScript("save \"\(dir)/out.deal\"", file: "t"))
        #expect(out.err.contains("--sandbox allows no file writes"))
        #expect(!session.runScript("load \"\(dir)/in.deal\"", file: "t"))
        #expect(out.err.contains("--sandbox allows only the scripts named on the command line"))
        #expect(!session.runScript("history save \"\(dir)/h.deal\"", file: "t"))
        #expect(!session.runScript("record \"\(dir)/r.t\"", file: "t"))
        #expect(!session.runScript("export vesting to: \"\(dir)/v.csv\"", file: "t"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["in.deal"])
    }

    @Test func saveWantsADealFile() throws {
        let (session, out) = persistSession()
        #expect(!session.runScript("save \"x.txt\"", file: "t"))
        #expect(out.err.contains("`save` writes a .deal file, got \"x.txt\""))
    }
}
