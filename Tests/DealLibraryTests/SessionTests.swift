import Testing

// The session contract: REPL printing, more-input detection, rollback, JSON, limits.
@testable import DealLibrary
@testable import DealScript

@Suite struct SessionTests {
    @Test func replPrintsBareExpressionsScriptsDoNot() {
        let b = Buffer()
        let s = DealSession.make(output: b, loadBuiltIn: false)
        #expect(s.runEntry("1 + 1\nlet x = 2GW\nx", file: "<stdin>", firstLine: 1))
        #expect(b.out == "2\n2 GW\n")
        #expect(s.runScript("1 + 1", file: "s"))
        #expect(b.out == "2\n2 GW\n")
    }

    @Test func commandFormPrintsItsResultInScriptsToo() {
        #expect(run("abs -3").out == "3\n")
        #expect(run("abs(-3)").out == "")
    }

    @Test(arguments: [
        ("fn f() {", true), ("print (1 +", true), ("let x = [1,", true), ("print \"abc", false),
        ("print \"a {[1,", true),
        ("print \"a{1 +", true), ("print 1", false), ("print )", false), ("if x {\n print 1\n}", false),
    ])
    func needsMoreInput(_ pair: (String, Bool)) {
        let s = DealSession.make(output: Buffer(), loadBuiltIn: false)
        #expect(s.needsMoreInput(pair.0) == pair.1)
    }

    @Test func aFailedStatementLeavesVariablesAsBefore() {
        let b = Buffer()
        let s = DealSession.make(output: b, loadBuiltIn: false)
        #expect(s.runEntry("let x = 1", file: "r", firstLine: 1))
        #expect(!s.runEntry("for i in range(5) { x = x + 1 }\nx = x + $1", file: "r", firstLine: 2))
        #expect(!s.runEntry("if true { x = 100; let y = 1 / 0 }", file: "r", firstLine: 4))
        #expect(s.runEntry("x", file: "r", firstLine: 5))
        #expect(b.out == "6\n")
        #expect(!s.runEntry("y", file: "r", firstLine: 6))
    }

    @Test func aFailedStatementRestoresListsRecordsGlobalsAndScenariosTogether() {
        let b = Buffer()
        let s = DealSession.make(output: b)
        #expect(s.runEntry("let xs = [1, 2]\nlet r = [price: $250]\nlet g = 1", file: "r", firstLine: 1))
        let before = s.book
        // One statement writes all four, then fails.
        let change =
            "if true { xs[0] = 9; append(xs, 3); r.price = $300; r.note = \"bull\"; g = 2; "
            + "scenario bull; tranche T2 price: $300; assert false }"
        #expect(!s.runEntry(change, file: "r", firstLine: 4))
        #expect(s.book == before)
        #expect(s.book.names == ["base"])
        #expect(s.runEntry("print xs, r, g, tranche(\"T2\").price", file: "r", firstLine: 5))
        #expect(b.out == "[1, 2] [price: $250] 1 $250\n")
        // The same statement without the failure keeps all four.
        #expect(s.runEntry(change.replacingOccurrences(of: "; assert false", with: ""), file: "r", firstLine: 6))
        #expect(s.book.names == ["base", "bull"])
        #expect(s.runEntry("print xs, r, g, tranche(\"T2\").price", file: "r", firstLine: 7))
        #expect(b.out.hasSuffix("[9, 2, 3] [price: $300, note: \"bull\"] 2 $300\n"))
    }

    @Test func entryLinesAreNumberedFromFirstLine() {
        let b = Buffer()
        let s = DealSession.make(output: b, loadBuiltIn: false)
        _ = s.runEntry("print 1/0", file: "<stdin>", firstLine: 7)
        #expect(b.err.hasPrefix("<stdin>:7:8: error: division by zero\nprint 1/0\n"))
    }

    @Test func jsonPrintsOneDocumentPerValue() {
        let r = run(
            "print 1.5, 2GW, \"a\", [x: 2026-07-01, y: [true, nil]], 12mo",
            options: SessionOptions(json: true))
        #expect(
            r.out == """
                1.5
                {"value":2000000000,"unit":"W","text":"2 GW"}
                "a"
                {"x":"2026-07-01","y":[true,null]}
                {"amount":12,"unit":"mo"}

                """)
    }

    @Test func maxStepsStopsAnInfiniteLoop() {
        let r = run("while true { }", options: SessionOptions(maxSteps: 10_000))
        #expect(!r.ok)
        #expect(r.err.contains("step limit reached: more than 10000 steps (--max-steps)"))
    }

    @Test func deepRecursionIsAClearError() {
        let r = run("fn f(n) { return f(n + 1) + 1 }\nf(0)")
        #expect(r.err.contains("stack overflow: recursion deeper than 10000 calls"))
    }

    @Test func scriptArgumentsAreTheArgsList() {
        let r = run("print args, len(args)", options: SessionOptions(scriptArguments: ["a", "b"]))
        #expect(r.out == "[\"a\", \"b\"] 2\n")
    }

    @Test func fibonacciIsRight() {
        #expect(run("fn fib(n) { if n < 2 { return n } return fib(n-1) + fib(n-2) }\nprint fib(25)").out == "75,025\n")
    }
}

@Suite struct SourceAttributionTests {
    @Test func anErrorInsideAFunctionNamesTheFileThatDefinedIt() {
        let b = Buffer()
        let s = DealSession.make(output: b, loadBuiltIn: false)
        #expect(s.runScript("# library\nfn half(x) { return x / 0 }", file: "lib.deal"))
        #expect(!s.runScript("let a = 1\nprint half(4)", file: "main.deal"))
        #expect(
            b.err == "lib.deal:2:23: error: division by zero\nfn half(x) { return x / 0 }\n                      ^\n")
    }
}
