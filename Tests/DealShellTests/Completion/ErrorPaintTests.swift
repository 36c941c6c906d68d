// Diagnostics in colour: the error word and the caret line red, the rest untouched.
import Testing
@testable import DealShell

@Suite struct ErrorPaintTests {
    @Test func paintsTheErrorWordAndTheCaret() {
        let text = "<stdin>:1:1: error: unknown name `vestin`\nvestin\n^~~~~~\n"
        let painted = ErrorPaint.paint(text)
        #expect(painted == "<stdin>:1:1: \u{1B}[1;31merror:\u{1B}[0m unknown name `vestin`\nvestin\n\u{1B}[1;31m^~~~~~\u{1B}[0m\n")
    }

    @Test func leavesOtherLinesAlone() {
        #expect(ErrorPaint.paint("x ~ y\n") == "x ~ y\n")
    }
}
