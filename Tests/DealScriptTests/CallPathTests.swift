// The cheaper call paths (self-calls without a reference, frames reused without asking)
// keep the language's meaning: redefinition mid-call, captured frames, depth and step limits.
import Testing

@testable import DealScript

@Suite struct CallPathTests {
    @Test func selfRecursionGivesTheClosedForm() {
        // fib(20) = 6765; sum 1..100 = 5050.
        #expect(
            run("fn fib(n) { if n < 2 { return n } return fib(n - 1) + fib(n - 2) }\nprint fib(20)").out == "6,765\n")
        #expect(run("fn s(n) { if n == 0 { return 0 } return n + s(n - 1) }\nprint s(100)").out == "5,050\n")
    }

    @Test func redefiningTheFunctionDuringItsOwnCallIsSafe() {
        // The first call rebinds `f`; the nested call then runs the new `f` (10), while the
        // running old `f` stays alive to add its own 1.
        let src = "fn f(n) {\n if n == 0 { return 0 }\n f = fn(m) { return 10 }\n return 1 + f(n - 1)\n}\nprint f(3)"
        #expect(run(src).out == "11\n")
    }

    @Test func twoArgumentCallsKeepOrderAndValues() {
        // add(100, 0) moves 100 from a to b: 100; power(2, 10) = 1024 by repeated doubling.
        #expect(
            run("fn add(a, b) { if a < 1 { return b } return add(a - 1, b + 1) }\nprint add(100, 0)").out == "100\n")
        #expect(
            run("fn power(b, e) { if e == 0 { return 1 } return b * power(b, e - 1) }\nprint power(2, 10)").out
                == "1,024\n")
        // Arguments run left to right: the log shows 1 before 2.
        let order =
            "let log = []\nfn note(x) {\n log = log + [x]\n return x\n}\nfn pair(a, b) { return a * 10 + b "
            + "}\nprint pair(note(1), note(2))\nprint log"
        #expect(run(order).out == "12\n[1, 2]\n")
        #expect(run("fn two(a, b) { return a }\nprint two(1)").err.contains("takes 2 arguments, got 1"))
    }

    @Test func framesCapturedByClosuresAreNotReused() {
        // Each call's closure keeps its own `n`: 1, 2, 3 summed after all calls return.
        let src =
            "fn mk(n) { return fn() { return n } }\nlet a = mk(1)\nlet b = mk(2)\nlet c = mk(3)\nprint a() + b() + c()"
        #expect(run(src).out == "6\n")
        let rec =
            "fn g(n) { let k = fn() { return n } if n == 0 { return [k] } return g(n - 1) + [k] }\nlet ks = "
            + "g(2)\nprint ks[0]() * 100 + ks[1]() * 10 + ks[2]()"
        #expect(run(rec).out == "12\n")
    }

    @Test func framesSharedByFunctionsOfOneSizeTakeEachCallersScope() {
        // `inner`, `plain` and `other` all have two slots, so one pooled frame serves them in
        // turn: each call must see its own enclosing variables, never the last caller's.
        let src = """
            fn make(k) { return fn(x) { return x + k } }
            fn plain(x) { return x * 2 }
            let add10 = make(10)
            let add5 = make(5)
            let out = []
            let i = 0
            while i < 3 {
                append(out, add10(i))
                append(out, plain(i))
                append(out, add5(i))
                i = i + 1
            }
            print out
            """
        #expect(run(src).out == "[10, 0, 5, 11, 2, 6, 12, 4, 7]\n")
    }

    @Test func aFieldReadSiteFindsTheFieldWhateverOrderEachRecordHasIt() {
        // One `.b` site reads records whose `b` sits at 1, 0, 2, then at 20 of a wide (hashed)
        // record, then 0 again: each read is right, whatever the site guessed from the last.
        let src = """
            let wide = [:]
            let i = 0
            while i < 20 {
                wide["k" + str(i)] = i
                i = i + 1
            }
            wide.b = 99
            fn b(r) { return r.b }
            print b([a: 1, b: 2]), b([b: 3, a: 4]), b([x: 0, y: 0, b: 5]), b(wide), b([b: 6])
            print b([a: 1])
            """
        let r = run(src)
        #expect(r.out == "2 3 5 99 6\n")
        #expect(r.err.contains("unknown field `b`"))
        // The same for one `r["b"]` site, and for one `r[k]` site with the key changing too.
        let byKey = run(src.replacingOccurrences(of: "return r.b", with: "return r[\"b\"]"))
        #expect(byKey.out == "2 3 5 99 6\n")
        #expect(byKey.err.contains("unknown field `b`"))
        let keys = run(
            "fn at(r, k) { return r[k] }\nprint at([a: 1, b: 2], \"b\"), at([b: 3, a: 4], \"a\"), at([b: 5], \"b\")")
        #expect(keys.out == "2 4 5\n")
    }

    @Test func recordLiteralsKeepTheirOrderAndTakeNewFields() {
        // Small literals are built from their keys as written, large ones hashed: both keep
        // the order written, find every field, and add a new one at the end.
        let small = run("let r = [b: 1, a: 2, c: 3]\nr.d = 4\nprint keys(r), r.a + r.d")
        #expect(small.out == "[\"b\", \"a\", \"c\", \"d\"] 6\n")
        let names = (1...17).map { "f\($0): \($0)" }.joined(separator: ", ")
        let large = run("let r = [\(names)]\nr.g = 0\nprint len(r), r.f17, r.f1, keys(r)[16]")
        #expect(large.out == "18 17 1 f17\n")
    }

    @Test func aListIndexedInPlaceAgreesWithTheGeneralPath() {
        // `xs[k]` with `xs` a local or a global reads the item in place; on a call's result
        // (`id(xs)[k]`) it takes the general path. All three must give the same value or the
        // same error, for every index.
        let bases = ["[10, 20, 30]", "[a: 1]", "\"abc\"", "5"]
        let indexes = ["0", "2", "-0", "1.5", "-1", "3", "\"a\"", "1GW", "nil"]
        var compared = 0
        for base in bases {
            for index in indexes {
                for literal in [false, true] {
                    let k = literal ? index : "k"
                    let local = run("fn t() {\n let xs = \(base)\n let k = \(index)\n return xs[\(k)]\n}\nprint t()")
                    let global = run("let xs = \(base)\nlet k = \(index)\nlet v = xs[\(k)]\nprint v")
                    let general = run(
                        "fn id(x) { return x }\nlet xs = \(base)\nlet k = \(index)\nlet v = id(xs)[\(k)]\nprint v")
                    // The message, not the quoted line under it (the programs differ there).
                    let message = { (e: String) in
                        e.split(separator: "\n").first.map { String($0.split(separator: "error: ").last ?? "") } ?? ""
                    }
                    #expect(local.out == general.out && global.out == general.out, "\(base)[\(index)]")
                    #expect(message(local.err) == message(general.err), "\(base)[\(index)]")
                    #expect(message(global.err) == message(general.err), "\(base)[\(index)]")
                    compared += 1
                }
            }
        }
        #expect(compared == 72)
        #expect(run("fn t() {\n let xs = [10, 20]\n let i = 1\n return xs[i]\n}\nprint t()").out == "20\n")
    }

    @Test func aRecordsFieldReadInPlaceAgreesWithTheGeneralPath() {
        // `r.NAME` with `r` a local or a global reads a record's field in place; a call's result
        // (`id(r).NAME`) takes the general path. Same value or same error for records, dates,
        // durations, lists and the rest.
        let bases = ["[a: 1, b: \"x\"]", "[b: 2]", "2026-12-03", "3mo", "[1, 2]", "\"s\"", "nil", "4GW"]
        let names = ["a", "b", "year", "amount", "unit", "length", "nope"]
        let firstLine = { (e: String) in String(e.split(separator: "\n").first ?? "").split(separator: "error: ").last }
        var compared = 0
        for base in bases {
            for name in names {
                let local = run("fn t() {\n let r = \(base)\n return r.\(name)\n}\nprint t()")
                let global = run("let r = \(base)\nlet v = r.\(name)\nprint v")
                let general = run("fn id(x) { return x }\nlet r = \(base)\nlet v = id(r).\(name)\nprint v")
                #expect(local.out == general.out && global.out == general.out, "\(base).\(name)")
                #expect(firstLine(local.err) == firstLine(general.err), "\(base).\(name)")
                #expect(firstLine(global.err) == firstLine(general.err), "\(base).\(name)")
                compared += 1
            }
        }
        #expect(compared == 56)
        // A name not defined yet is reported as such by both reads in place.
        #expect(run("print nope.x").err.contains("unknown name `nope`"))
        #expect(run("let i = 0\nprint nope[i]").err.contains("unknown name `nope`"))
        #expect(run("fn t() {\n let r = [a: 1, b: 2]\n return r.b\n}\nprint t()").out == "2\n")
    }

    @Test func deepSelfRecursionStillEndsInTheDepthError() {
        let r = run("fn down(n) { return down(n + 1) }\nprint down(0)")
        #expect(r.err.contains("stack overflow"))
        // A later call still works: the frames of the failed calls did not corrupt the pool.
        let ok = run("fn down(n) { if n == 0 { return 7 } return down(n - 1) }\nprint down(50)")
        #expect(ok.out == "7\n")
    }

    @Test func eachDepthsFrameServesTheCallsAtThatDepthInTurn() {
        // A function with no function inside runs in the frame of the depth its call runs at
        // (`Runtime.invokeAtDepth`). A call in an argument runs one deeper; a call that fails,
        // in its arguments or its body, leaves its frame cleared for the next one (debug
        // builds assert that arguments land in empty slots); a function with more slots gets
        // a larger frame at that depth; a command calling back runs deeper still.
        let buffer = Buffer()
        let session = Session(output: buffer)
        let steps = [
            ("fn add(a, b) { return a + b }\nprint add(add(1, 2), add(add(3, 4), add(5, 6)))", true),
            ("print add(1, nope)", false),
            ("fn bad(a, b) {\n let pair = [a, b]\n return pair + 1\n}\nprint bad([1], \"s\")", false),
            ("print add(10, 20), add(\"a\", \"b\")", true),
            ("fn wide(a, b) {\n let c = a + b\n let d = c * 2\n let e = d + 1\n return [c, d, e]\n}", true),
            ("print wide(1, 2), add(wide(1, 1)[2], 1)", true),
            ("fn key(x) { return add(0, 0 - x) }\nprint sort([3, 1, 2], by: key), map([1, 2], key)", true),
            ("fn down(n) { return down(n + 1) }\nprint down(0)", false),
            ("fn s(n) { if n == 0 { return 0 } return n + s(n - 1) }\nprint s(100), add(s(3), s(4))", true),
        ]
        // A function of more slots than a pooled frame allocates its frames, as before.
        let lets = (0..<40).map { "let v\($0) = n + \($0)" }.joined(separator: "\n ")
        let big = "fn big(n) {\n \(lets)\n if n == 0 { return v39 }\n return big(n - 1) + v0\n}\nprint big(3)"
        for (code, ok) in steps + [(big, true)] { #expect(run(code, in: session).ok == ok, "\(code)") }
        #expect(buffer.out == "21\n30 ab\n[3, 6, 7] 6\n[3, 2, 1] [-1, -2]\n5,050 16\n45\n")
    }
}
