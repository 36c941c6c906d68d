import Testing

// Numbers never reach output as `inf` or `nan`: a literal beyond a Double is an error at the
// literal, an overflowing operation an error at its operator naming it, on every fast path.
@testable import DealLibrary
@testable import DealScript

@Suite struct NumberLimitTests {
    /// The message and place of the error in `marked` (the caret goes at `1️⃣`).
    func expectError(_ marked: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let (d, line, column) = diagnostic(marked)
        #expect(d?.message == message, sourceLocation: sourceLocation)
        #expect(d?.range.line == line, sourceLocation: sourceLocation)
        #expect(d?.range.column == column, sourceLocation: sourceLocation)
    }

    @Test func aLiteralTooLargeIsAnErrorAtTheLiteral() {
        let tooLarge = "number too large (the largest is about 1.8e308)"
        expectError("print 1️⃣1e999999 * $1", tooLarge)
        expectError("print 1️⃣1e308T", tooLarge)
        expectError("print 1️⃣1e300GW", tooLarge)
        expectError("print 1️⃣1e300 TW", tooLarge)
        expectError("print $1️⃣1e308k", tooLarge)
        #expect(show("1e308") == "1e308")
    }

    @Test func anOverflowIsAnErrorAtItsOperator() {
        expectError("print 1e308 1️⃣* 10", "1e308 * 10 overflows")
        expectError("print -1e308 1️⃣- 1e308", "-1e308 - 1e308 overflows")
        expectError("print 1e300 1️⃣/ 1e-300", "1e300 / 1e-300 overflows")
        expectError("print 5y 1️⃣* 1e308", "5y * 1e308 overflows")
        expectError("print 1️⃣exp(1000)", "exp(1,000) overflows")
    }

    @Test func everyFastPathFallsBackToTheRule() {
        // A local and a constant, a global and a constant, two locals, a plain-number tree, a
        // loop that doubles, a condition, and an overflow hidden by a later division.
        expectError("fn f(x) { return x 1️⃣* 1e10 }\nprint f(1e300)", "1e300 * 10,000,000,000 overflows")
        expectError("let x = 1e300\nlet y = x 1️⃣* 1e10", "1e300 * 10,000,000,000 overflows")
        expectError("fn f(a, b) { return a 1️⃣+ b }\nprint f(1e308, 1e308)", "1e308 + 1e308 overflows")
        expectError("let a = 1e308\nlet b = 2\nprint 1 + a 1️⃣* b", "1e308 * 2 overflows")
        expectError("let a = 1e308\nfor i in range(3) { a = a 1️⃣+ a }", "1e308 + 1e308 overflows")
        expectError("let a = 1e308\nif a 1️⃣* 10 > 0 { print 1 }", "1e308 * 10 overflows")
        expectError("let a = 1e308\nlet b = 10\nprint 1 / (a 1️⃣* b)", "1e308 * 10 overflows")
        expectError("let a = [1e308]\nprint a[0] 1️⃣* 10 + 1", "1e308 * 10 overflows")
        expectError("let m = $1e300\nprint m 1️⃣* 1e10", "$1e300 * 10,000,000,000 overflows")
    }

    @Test func largeResultsThatFitStayNumbers() {
        #expect(show("1e308 + 1e307") == "1.1e308")
        #expect(show("round(1e300, 15)") == "1e300")
        #expect(show("1e-320 * 1e-10") == "0")
    }

    @Test func aPricePathPastTheCeilingIsRefusedWhereItWouldBeValued() {
        // Shares × close would overflow to `inf $` in vesting, timeline, explain and economics.
        let refused =
            "price path passes $1000T a share on 2025-10-06, past the largest price tranche values; "
            + "use a lower start or rate"
        for view in ["vesting", "timeline", "economics", "explain tranche T2"] {
            expectError(
                "load \"amd-openai\"\nprice path growth from: $1e300 on: 2025-10-06 rate: 300%\n1️⃣\(view)", refused)
        }
        expectError(
            "price model gbm s0: 1️⃣$1e300 on: 2025-10-06 vol: 55%",
            "price model gbm s0: must be a price of at most $1000T a share, got 1e+300")
        // A steep growth that stays under the ceiling is still valued.
        #expect(
            diagnostic("load \"amd-openai\"\nprice path growth from: $203.71 on: 2025-10-06 rate: 10000%\nvesting").0
                == nil)
    }
}
