// Diagnostics as the shell writes them: plain, in colour (the error word and the caret line
// red, the rest untouched), and as JSON under --json.
import DealScript
import Testing

@testable import DealShell

@Suite struct DiagnosticTextTests {
    /// `unknown name `vestin`` under `vestin` on line 1 of <stdin>.
    func unknownName() -> Diagnostic {
        var d = Diagnostic(
            file: "<stdin>", range: SourceRange(offset: 0, line: 1, column: 1, length: 6),
            kind: .runtime, message: "unknown name `vestin`")
        d.sourceLine = "vestin"
        return d
    }

    @Test func plainTextHasTheLineAndTheCaret() {
        #expect(
            DiagnosticText.text(unknownName(), color: false, json: false)
                == "<stdin>:1:1: error: unknown name `vestin`\nvestin\n^~~~~~\n")
    }

    @Test func paintsTheErrorWordAndTheCaret() {
        #expect(
            DiagnosticText.text(unknownName(), color: true, json: false)
                == "<stdin>:1:1: \u{1B}[1;31merror:\u{1B}[0m unknown name "
                + "`vestin`\nvestin\n\u{1B}[1;31m^~~~~~\u{1B}[0m\n"
        )
    }

    @Test func leavesAnErrorWordInTheMessageAlone() {
        var d = unknownName()
        d.message = "error: twice"
        #expect(
            DiagnosticText.text(d, color: true, json: false).hasPrefix(
                "<stdin>:1:1: \u{1B}[1;31merror:\u{1B}[0m error: twice\n"))
    }

    @Test func jsonIsOneDocumentWithTheFields() {
        #expect(
            DiagnosticText.text(unknownName(), color: true, json: true)
                == #"{"type":"error","kind":"runtime","file":"<stdin>","line":1,"column":1,"message":"unknown name `vestin`"}"#
                + "\n")
    }
}
