// The plain-number fast path gives the same values and errors as the general path.
import Testing

@testable import DealScript

@Suite struct PlainNumberTests {
    @Test func nestedArithmeticOnPlainNumbers() {
        #expect(show("(1 + 2) * 3 - 4 / 2") == "7")
        #expect(show("(7 + 0) % 3") == "1")
        #expect(show("(-7 + 0) % 3") == "-1")
        #expect(show("(7.5 + 0) % 2") == "1.5")
        #expect(show("-(2 * 3) + 1") == "-5")
    }

    @Test func loopOverAListMatchesTheHandSum() {
        // (1*2-1) + (2*2-1) + (3*2-1) + (1*2-1) = 1 + 3 + 5 + 1
        let r = run(
            "let xs = [1, 2, 3]\nlet t = 0\nlet i = 0\nwhile i < 4 {\n t = t + xs[i % 3] * 2 - 1\n i = i + "
                + "1\n}\nprint t"
        )
        #expect(r.out == "10\n")
    }

    @Test func unitsTakeTheGeneralPath() {
        #expect(show("(1GW + 2GW) * 2") == "6 GW")
        let r = run("let p = 2GW\nprint p * 2 + 1GW")
        #expect(r.out == "5 GW\n")
        #expect(show("(1GW + 1) * 2").contains("cannot add"))
    }

    @Test func failuresKeepTheirMessages() {
        #expect(show("(1 + 1) / 0").contains("division by zero"))
        #expect(show("(1 + 1) % 0").contains("division by zero"))
        #expect(run("let xs = [1]\nprint xs[0 + 1]").err.contains("out of range"))
        #expect(run("print nope * 2 + 1").err.contains("unknown name `nope`"))
        #expect(run("let s = \"a\"\nif (s + 1) > 2 { print 1 }").err.contains("cannot compare"))
    }

    @Test func nonNumbersInListsAndNamesStillWork() {
        #expect(run("let xs = [\"a\", 2]\nprint xs[0 + 0]").out == "a\n")
        #expect(run("let xs = [1, 5]\nlet k = 0\nprint xs[k + 1] * 2").out == "10\n")
    }

    @Test func comparisonsOfArithmetic() {
        #expect(run("if (1 + 2) * 2 == 6 { print \"yes\" }").out == "yes\n")
        #expect(run("if 1GW * 2 > 1GW + 0GW { print \"big\" }").out == "big\n")
    }

    @Test func capturedLocalsOfAnOuterFunction() {
        let r = run("fn outer() {\n let k = 3\n fn inner(n) { return (n + k) * 2 }\n return inner(1)\n}\nprint outer()")
        #expect(r.out == "8\n")
    }

    @Test func aVariableAndANumberLiteral() {
        #expect(run("fn f(n) { if n <= 1 { return 1 } return n * f(n - 1) }\nprint f(5)").out == "120\n")
        #expect(
            run("let x = 3\nif x >= 3 { print \"ge\" }\nif x != 3 { print \"ne\" }\nif x == 3 { print \"eq\" }").out
                == "ge\neq\n")
        #expect(run("let p = 2GW\nprint p * 2").out == "4 GW\n")
        #expect(run("let s = \"a\"\nprint s + 1").out == "a1\n")
        #expect(run("let p = 2GW\nif p > 1 { print 1 }").err.contains("cannot compare"))
        #expect(run("print zz - 1").err.contains("unknown name `zz`"))
    }

    @Test func returnIfAComparisonHolds() {
        #expect(run("fn g(n) { if n > 2 { return n * 10 } return n }\nprint g(3)\nprint g(1)").out == "30\n1\n")
        #expect(run("fn h(n) { if n == 1 { return n } return 0 }\nprint h(1)\nprint h(\"a\")").out == "1\n0\n")
        #expect(run("fn g(n) { if n > 2 { return n } return 0 }\nprint g(3GW)").err.contains("cannot compare"))
    }

    @Test func aPercentKeepsItsFormThroughPlainNumberPaths() {
        // `-` and an item read keep a number's form; only arithmetic shows its result computed.
        #expect(run("let z = 0\nz = -(55%)\nprint z").out == "-55%\n")
        #expect(run("let xs = [55%]\nprint xs[0 + 0]\nlet z = 0\nz = xs[0 + 0]\nprint z").out == "55%\n55%\n")
        #expect(run("let p = 55%\nlet z = 0\nz = p * 1\nprint z").out == "0.55\n")
    }

    @Test func assigningArithmetic() {
        // 0 + 2 + 4 + 6 in a function's locals.
        let local =
            "fn s(n) {\n let t = 0\n let i = 0\n while i < n {\n t = t + i * 2\n i = i + 1\n }\n return "
            + "t\n}\nprint s(4)"
        #expect(run(local).out == "12\n")
        #expect(run("let s = \"a\"\ns = 1 + 2\nprint s").out == "3\n")
        #expect(run("let p = 1GW\np = p + p\nprint p").out == "2 GW\n")
        #expect(run("zz = 1 + 2").err.contains("unknown name `zz`"))
    }
}
