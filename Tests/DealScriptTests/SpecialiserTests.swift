// The specialiser's statements keep the compiler's contract: a statement's parts compile in
// source order (so the first error reported is the first in the text), and each part
// compiles once (so nesting costs what it holds, not twice per level).
import Testing

@testable import DealScript

@Suite struct SpecialiserTests {
    @Test func aConditionCompilesBeforeItsBody() {
        // Both the condition and the body are wrong; the condition comes first in the text.
        let ifError = run("if f(a: 1, a: 2) { break }").err
        #expect(ifError.contains("label `a:` given twice"))
        #expect(!ifError.contains("outside a loop"))
        let whileError = run("while h(b: 1, b: 2) < 1 { return 1 }").err
        #expect(whileError.contains("label `b:` given twice"))
        #expect(!whileError.contains("outside a function"))
    }

    @Test func nestedReturnsCompileOnceEach() {
        // 60 functions, each returning the next: compiled twice per level this would be 2^60
        // compilations, and the test would never end.
        let depth = 60
        let source =
            "fn f() {\n" + String(repeating: "return fn() {\n", count: depth) + "return 7\n"
            + String(repeating: "}\n", count: depth) + "}\nprint f()" + String(repeating: "()", count: depth)
        #expect(run(source).out == "7\n")
    }

    @Test func aComparisonInIfAndWhileAgreesWithItsValue() {
        // The specialised `if` and `while` against `print` of the same comparison, on a local,
        // a global, a unit literal, a percent and a mismatch.
        let program = """
            let g = 2GW
            fn check(n) {
                let out = []
                if n < 3 { append(out, "if") } else { append(out, "else") }
                let k = 0
                while n + k < 3 { k = k + 1 }
                append(out, str(k))
                return out
            }
            print check(1)
            print check(5)
            print g >= 2GW
            if g >= 2GW { print "unit" }
            if 55% < 0.6 { print "percent" }
            """
        let r = run(program)
        #expect(r.out == "[\"if\", \"2\"]\n[\"else\", \"0\"]\ntrue\nunit\npercent\n")
        #expect(run("let g = 2GW\nif g < 3 { print 1 }").err.contains("cannot compare"))
        #expect(run("let g = 2GW\nwhile g < 3 { g = 0 }").err.contains("cannot compare"))
    }
}
