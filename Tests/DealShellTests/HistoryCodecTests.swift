// The history file format: libedit's header and escapes, multi-line entries on one line.
import Testing

@testable import DealShell

@Suite struct HistoryCodecTests {
    @Test func encodesSpacesNewlinesAndBackslashesAsLibeditDoes() {
        let text = HistoryCodec.encode(["let x = {\n\t1 }", #"print "a\b""#])
        #expect(text == "_HiStOrY_V2_\nlet\\040x\\040=\\040{\\012\\0111\\040}\nprint\\040\"a\\\\b\"\n")
    }

    @Test func roundTripsMultiLineAndNonASCIIEntries() {
        let entries = ["fn f(x) {\n  return x\n}", "print \"€ 5 — ok\"", "a\\b", "tab\there", "\u{7f}"]
        #expect(HistoryCodec.decode(HistoryCodec.encode(entries)) == entries)
    }

    @Test func decodesLibeditControlAndMetaForms() {
        // strvis writes control bytes as \^X and high bytes as \M-x when not in octal mode.
        #expect(HistoryCodec.decodeLine(#"a\^Ib"#) == "a\tb")
        #expect(HistoryCodec.decodeLine(#"\s\n"#) == " \n")
        #expect(HistoryCodec.decodeLine(#"x\040y"#) == "x y")
    }

    @Test func aFileWithoutTheHeaderGivesNoEntries() {
        #expect(HistoryCodec.decode("print 1\nprint 2\n") == [])
        #expect(HistoryCodec.decode("") == [])
    }
}
