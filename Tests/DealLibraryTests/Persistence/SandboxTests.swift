import Foundation
import Testing

// --sandbox: every command that reads or writes a file refuses, naming itself, the file and
// the rule, and touches nothing; the scripts named on the command line stay readable.
@testable import DealLibrary
@testable import DealScript

@Suite struct SandboxTests {
    @Test func everyFileCommandRefusesWithItsName() throws {
        let dir = try scratchFolder()
        for name in ["in.deal", "closes.csv"] {
            try "reset\n".write(toFile: "\(dir)/\(name)", atomically: true, encoding: .utf8)
        }
        let reads = "--sandbox allows only the scripts named on the command line"
        let writes = "--sandbox allows no file writes"
        let cases: [(String, String)] = [
            ("load \"\(dir)/in.deal\"", "`load` cannot read \"\(dir)/in.deal\": \(reads)"),
            ("source \"\(dir)/in.deal\"", "`source` cannot read \"\(dir)/in.deal\": \(reads)"),
            (
                "price path csv \"\(dir)/closes.csv\" column: \"Close\"",
                "`price path csv` cannot read \"\(dir)/closes.csv\": \(reads)"
            ),
            ("save \"\(dir)/out.deal\"", "`save` cannot write \"\(dir)/out.deal\": \(writes)"),
            ("history save \"\(dir)/h.deal\"", "`history save` cannot write \"\(dir)/h.deal\": \(writes)"),
            ("record \"\(dir)/r.t\"", "`record` cannot write \"\(dir)/r.t\": \(writes)"),
            ("export vesting to: \"\(dir)/v.csv\"", "`export` cannot write \"\(dir)/v.csv\": \(writes)"),
            ("plot price to: \"\(dir)/p.svg\"", "cannot write \"\(dir)/p.svg\": \(writes)"),
            ("report to: \"\(dir)/deal.html\"", "`report` cannot write \"\(dir)/deal.html\": \(writes)"),
        ]
        for (statement, message) in cases {
            let buffer = Buffer()
            let session = DealSession.make(options: SessionOptions(sandbox: true), output: buffer)
            #expect(!session.runScript(statement, file: "t.deal"), "\(statement)")
            #expect(session.lastDiagnostic?.message.contains(message) == true, "\(statement): \(buffer.err)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["closes.csv", "in.deal"])
    }

    @Test func theScriptsNamedStayReadable() throws {
        let dir = try scratchFolder()
        try "let x = 1\n".write(toFile: "\(dir)/named.deal", atomically: true, encoding: .utf8)
        let buffer = Buffer()
        let options = SessionOptions(sandbox: true, allowedFiles: ["\(dir)/named.deal"])
        let session = DealSession.make(options: options, output: buffer)
        #expect(session.runScript("source \"\(dir)/named.deal\"\nprint x", file: "t.deal"))
        #expect(buffer.out == "1\n")
    }
}
