import Testing

// Diagnostics point at the fault (marker 1️⃣) with the exact message, and render with a caret.
@testable import DealLibrary
@testable import DealScript

@Suite struct DiagnosticTests {
    @Test(arguments: [
        ("let x = 1GW 1️⃣+ $5", "cannot add power (GW) and money ($)"),
        ("let count = 1\nprint 1️⃣cout", "unknown name `cout`; did you mean `count`?"),
        ("print 1 1️⃣/ 0", "division by zero"),
        ("let x = [1, 2]\nprint x1️⃣[2]", "index 2 out of range for a list of 2"),
        ("let r = [a: 1]\nprint r.1️⃣b", "unknown field `b` (fields: a)"),
        ("let f = 3\n1️⃣f(1)", "cannot call a number (3)"),
        ("fn g(a) { return a }\n1️⃣g(1, 2)", "`g` takes 1 argument, got 2"),
        ("print (1 +1️⃣", "expected an expression, found end of input"),
        ("let 1️⃣= 3", "expected a name after `let`, found `=`"),
        (
            "print 1️⃣12xy",
            "unknown unit `xy` (expected a scale k M B T, a unit such as GW, GB, PF, or a duration d td w mo y)"
        ),
        ("1️⃣break", "`break` outside a loop"),
        ("1️⃣assert 3 == 4", "assertion failed: 3 == 4 (left 3, right 4)"),
        // An unterminated string is reported where its line ends.
        (
            "print \"abc1️⃣",
            "unterminated string: add the closing `\"` (a string ends on its line; write \\n for a newline)"
        ),
        ("print 10%3", "`%` is percent; for a remainder write `10 % 3`"),
        ("print 2026-02-30", "no such date: 2026-02-30 (February 2026 has 28 days)"),
    ])
    func diagnosticSitsAtTheMarker(_ pair: (String, String)) {
        let (d, line, column) = diagnostic(pair.0)
        #expect(d?.message == pair.1)
        if pair.0.contains("1️⃣") {
            #expect(d?.line == line)
            #expect(d?.column == column)
        }
    }

    @Test func renderingShowsFileLineColumnSourceAndCaret() {
        let r = run("let a = 1\nlet b = a + $5")
        #expect(
            r.err == "t.deal:2:11: error: cannot add plain number and money ($) (1 has no unit: write $1)\n"
                + "let b = a + $5\n          ^\n")
    }

    @Test func caretCoversTheWholeToken() {
        let r = run("let v = 1 +\\\n  undefinedName")
        #expect(r.err.hasSuffix("  undefinedName\n  ^~~~~~~~~~~~~\n"))
    }

    @Test func kindsAreSyntaxRuntimeAndAssertion() {
        #expect(diagnostic("let = 1").0?.kind == .syntax)
        #expect(diagnostic("print 1/0").0?.kind == .runtime)
        #expect(diagnostic("assert false").0?.kind == .assertion)
    }
}
