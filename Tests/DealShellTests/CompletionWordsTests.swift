// Tab completion's word handling.
import Testing

@testable import DealShell

@Suite struct CompletionWordsTests {
    @Test func completesCommandsFromTheWordTyped() {
        #expect(CompletionWords.complete("ves") == ["vesting"])
        #expect(CompletionWords.complete("let a = s") == ["save", "scenario", "show", "simulate"])
        #expect(CompletionWords.complete("") == [])
    }

    @Test func commonPrefixAndTheWordBeingCompleted() {
        #expect(CompletionWords.commonPrefix(["scenario", "save", "show"]) == "s")
        #expect(CompletionWords.commonPrefix(["simulate", "simple"]) == "sim")
        #expect(CompletionWords.wordBeingCompleted("load \"exam") == "exam")
        #expect(CompletionWords.wordBeingCompleted("print x.na") == "x.na")
        #expect(CompletionWords.suffix(completing: "examples/", in: "load \"ex") == "")
        #expect(CompletionWords.suffix(completing: "a.deal", in: "load \"a") == "\"")
        #expect(CompletionWords.suffix(completing: "vesting", in: "ves") == " ")
    }

    @Test func columnsFitTheWidth() {
        #expect(CompletionWords.columns(["aa", "bbbb", "c"], width: 12) == "aa    bbbb\nc\n")
    }
}
