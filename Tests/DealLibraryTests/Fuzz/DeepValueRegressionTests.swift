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

    @Test func onlyValuesNestedThreeDeepTakeTheWorkLists() {
        // The ordinary release of what `nestsDeeply` lets through recurses two containers at
        // most; anything deeper must take the work lists.
        let flat = Value.record(ScriptRecord([("a", .plain(1)), ("b", .string("x"))]))
        let nested = Value.list(ScriptList([.plain(1)]))
        #expect(!Value.nestsDeeply([.plain(1), .string("s")]))
        #expect(!Value.nestsDeeply([flat, flat, .list(ScriptList([.plain(2)]))]))
        #expect(Value.nestsDeeply([.plain(1), .list(ScriptList([nested]))]))
        #expect(Value.nestsDeeply([flat, .record(ScriptRecord([("l", nested)]))]))
        // A wide list of flat records still releases its records, and a shared one survives.
        let r = run(
            "let keep = [a: 1]\nlet xs = []\nfor i in range(100000) { append(xs, [a: i, b: \"t\"]) }\n"
                + "append(xs, keep)\nxs = 0\nprint keep")
        #expect(r.out == "[a: 1]\n")
    }

    @Test func comparingDeepValuesIsAnError() {
        let r = run("let r = [a: 1]\nfor i in range(1000) { r = [a: r] }\nprint r == r")
        #expect(r.err.contains("t.deal:3:9: error: values nested too deeply to compare"))
    }
}
