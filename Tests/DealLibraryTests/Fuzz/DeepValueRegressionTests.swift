import Testing

// Fuzzing regressions: values nested far deeper than any display or comparison goes
// (`l = [l]` in a loop) are released without recursion, so dropping them cannot overflow
// the stack, neither mid-script nor when the session itself goes away.
@testable import DealLibrary
@testable import DealScript

@Suite struct DeepValueRegressionTests {
    @Test func droppingADeepListDoesNotRecurse() {
        // 300,000 levels: a recursive release needs far more stack than a thread has.
        let r = run("let l = [1]\nfor i in range(300000) { l = [l] }\nl = 0\nprint l")
        #expect(r.ok)
        #expect(r.out == "0\n")
    }

    @Test func droppingADeepRecordWhenTheSessionEnds() {
        // The session is released on the calling thread (a normal-sized stack) after the run.
        let r = run("let r = [a: 1]\nfor i in range(300000) { r = [a: r, b: [r, 2]] }\nprint len(str(r)) > 0")
        #expect(r.ok)
        #expect(r.out == "true\n")
    }

    @Test func sharedPartsSurviveTheirContainer() {
        // Only containers nobody else holds are emptied: `keep` still has its items.
        let r = run("let keep = [1, [2, 3]]\nlet outer = [[keep], keep]\nouter = 0\nprint keep, len(keep[1])")
        #expect(r.out == "[1, [2, 3]] 2\n")
    }

    @Test func comparingDeepValuesIsAnError() {
        let r = run("let r = [a: 1]\nfor i in range(1000) { r = [a: r] }\nprint r == r")
        #expect(r.err.contains("t.deal:3:9: error: values nested too deeply to compare"))
    }
}
