// `--json` diagnostics from the real process: one JSON document per error on standard error,
// with the fields tools read; without --json the same error is text with a caret.
import Foundation
import Testing

@Suite struct JSONDiagnosticTests {
    @Test func aUnitErrorIsOneJSONDocumentOnStandardError() throws {
        guard let binary = trancheBinary() else {
            Issue.record("the tranche executable is not built (swift build)")
            return
        }
        let run = try runTranche(binary, ["--json", "-e", "print 1\nlet x = 1GW + $5"])
        #expect(run.status == 1)
        #expect(String(decoding: run.out, as: UTF8.self) == "1\n")
        let lines = String(decoding: run.err, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(document["type"] as? String == "error")
        #expect(document["kind"] as? String == "runtime")
        #expect(document["file"] as? String == "<-e>")
        #expect(document["line"] as? Int == 2)
        #expect(document["column"] as? Int == 13)  // the caret sits under the operator
        #expect((document["message"] as? String)?.contains("cannot add power (GW) and money ($)") == true)
    }

    @Test func withoutJSONTheSameErrorIsTextWithACaret() throws {
        guard let binary = trancheBinary() else {
            Issue.record("the tranche executable is not built (swift build)")
            return
        }
        let run = try runTranche(binary, ["--no-color", "-e", "print 1\nlet x = 1GW + $5"])
        #expect(
            String(decoding: run.err, as: UTF8.self)
                == "<-e>:2:13: error: cannot add power (GW) and money ($)\nlet x = 1GW + $5\n            ^\n")
    }
}
