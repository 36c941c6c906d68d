// A failed statement leaves globals, lists, records and the variables closures keep exactly as
// they were, and its undo log holds what it changed, not what the session holds.
import Testing

@testable import DealScript

/// One session driven entry by entry, as the REPL drives it.
private final class Entries {
    let buffer = Buffer()
    let session: Session
    /// Defines `c`, a counter closure: each call adds one to the `n` its frame keeps.
    static let counter = "fn counter() { let n = 0; return fn() { n = n + 1; return n } }\nlet c = counter()"

    init() {
        session = Session(output: buffer)
        session.context.interruptRequested = { false }
        // `nested "code"` runs code as statements of this same session, inside the running
        // one (as a `source` command would), and fails if they fail.
        session.commands.register(
            Command("nested", help: "", parameters: [.positional("code", .string)]) {
                [unowned self] args, _ in
                guard case .string(let code) = args.positional[0] else { return .nil }
                guard self.session.runScript(code, file: "nested") else { throw ScriptError("nested code failed") }
                return .nil
            })
        // `attempt "code"`: the same, but a failure of the code does not fail the statement.
        session.commands.register(
            Command("attempt", help: "", parameters: [.positional("code", .string)]) {
                [unowned self] args, _ in
                guard case .string(let code) = args.positional[0] else { return .nil }
                return .bool(self.session.runScript(code, file: "attempt"))
            })
        // `logged()`: how many changes the running statement has logged so far.
        session.commands.register(
            Command("logged", help: "") { [unowned self] _, _ in
                .plain(Double(self.session.context.undo.count))
            })
    }

    /// Runs `code` as one REPL entry; true when it succeeded.
    @discardableResult
    func run(_ code: String) -> Bool { session.runEntry(code, file: "r", firstLine: 1) }

    /// Runs `code` as one REPL entry; true when it failed with an error containing `message`
    /// (by default the `assert false` such entries end with, so they fail where meant to).
    func fails(_ code: String, with message: String = "assertion failed: false") -> Bool {
        buffer.err = ""
        return !run(code) && buffer.err.contains(message)
    }

    /// What `print EXPR` prints (without the newline), or the error.
    func show(_ expression: String) -> String {
        buffer.out = ""
        buffer.err = ""
        guard run("print \(expression)") else { return "ERROR: " + buffer.err }
        return String(buffer.out.dropLast())
    }
}

@Suite struct RollbackTests {
    @Test func aFailureAfterListRecordAndGlobalWritesRestoresAllThree() {
        let s = Entries()
        #expect(s.run("let xs = [1, 2, 3]\nlet r = [a: 1]\nlet g = 5"))
        #expect(s.fails("if true { xs[0] = 9; r.a = 2; r.b = 3; g = 6; assert false }"))
        #expect(s.show("xs, r, g") == "[1, 2, 3] [a: 1] 5")
    }

    @Test func fieldWritesThroughOneSiteOnRecordsOfEveryOrderAreRestored() {
        // One `r.b = ...` site and one `r[k] = ...` site each write `b` where it sits in
        // records of different orders (the site remembers where it last found it) and add it
        // where it is missing; the failed statement takes every write back, field by field.
        // `w`, of 21 fields, is a hashed record with `b` last.
        let s = Entries()
        #expect(s.run("let w = [:]\nlet i = 0\nwhile i < 20 {\n w[\"k\" + str(i)] = i\n i = i + 1\n}\nw.b = 9"))
        #expect(s.run("let rs = [[a: 1, b: 2], [b: 3, a: 4], [x: 0, y: 0, b: 5], [a: 6]]"))
        #expect(s.run("fn setB(r, v) { r.b = v }\nfn setKey(r, k, v) { r[k] = v }"))
        let writes = """
            for r in rs + [w] { setB(r, 7) }
            for r in rs + [w] { setKey(r, "b", 8) }
            print rs, w.b, len(w)

            """
        #expect(s.fails("if true {\n" + writes + "assert false }"))
        #expect(s.show("rs, w.b, len(w)") == "[[a: 1, b: 2], [b: 3, a: 4], [x: 0, y: 0, b: 5], [a: 6]] 9 21")
        s.buffer.out = ""
        #expect(s.run(writes))
        #expect(s.buffer.out == "[[a: 1, b: 8], [b: 8, a: 4], [x: 0, y: 0, b: 8], [a: 6, b: 8]] 8 21\n")
    }

    @Test func nestedContainersAreRestoredAtEveryLevel() {
        let s = Entries()
        #expect(s.run("let deal = [terms: [gw: [1, 2]], rows: [[name: \"T1\"], [name: \"T2\"]]]"))
        let change =
            "if true { deal.terms.gw[1] = 20; deal.rows[0].name = \"X\"; deal.rows[1] = 0; "
            + "deal.added = [9]; deal.added[0] = 8; remove(deal.terms.gw, 0); assert false }"
        #expect(s.fails(change))
        #expect(s.show("deal") == "[terms: [gw: [1, 2]], rows: [[name: \"T1\"], [name: \"T2\"]]]")
        // The same list reached twice is one list, restored once.
        #expect(s.run("let inner = [1]\nlet twice = [inner, inner]"))
        #expect(s.fails("if true { twice[0][0] = 5; twice[1][0] = 6; assert false }"))
        #expect(s.show("inner, twice") == "[1] [[1], [1]]")
    }

    @Test func appendAndRemoveThenFailureGiveTheListBack() {
        let s = Entries()
        #expect(s.run("let xs = [1, 2, 3]"))
        let change = "if true { append(xs, 4); append(xs, 5); xs[4] = 50; remove(xs, 0); append(xs, 6); 1 / 0 }"
        #expect(s.fails(change, with: "division by zero"))
        #expect(s.show("xs, len(xs)") == "[1, 2, 3] 3")
        #expect(s.fails("if true { for i in range(1000) { append(xs, i) }; assert false }"))
        #expect(s.show("len(xs)") == "3")
        // A value that shortens the list it is stored into is an index error, not a crash.
        #expect(s.fails("xs[2] = remove(xs, 0)", with: "index 2 out of range for a list of 2"))
        #expect(s.show("xs") == "[1, 2, 3]")
    }

    @Test func aGlobalFirstDefinedInTheFailedStatementIsUndefinedAgain() {
        let s = Entries()
        #expect(s.fails("let y = 1 / 0", with: "division by zero"))
        #expect(s.show("y").contains("unknown name `y`"))
        // Defined, read and then failed, all inside one statement.
        #expect(s.fails("if true { nested(\"let fresh = [1]\"); assert fresh == [1]; assert false }"))
        #expect(s.show("fresh").contains("unknown name `fresh`"))
        #expect(s.run("let fresh = 2"))
        #expect(s.show("fresh") == "2")
    }

    @Test func aFunctionRedefinitionIsRolledBack() {
        let s = Entries()
        #expect(s.run("fn f() { return 1 }"))
        #expect(s.fails("if true { f = fn() { return 2 }; assert f() == 2; assert false }"))
        #expect(s.show("f()") == "1")
        #expect(s.fails("if true { nested(\"fn f() \\{ return 3 \\}\"); assert f() == 3; assert false }"))
        #expect(s.show("f()") == "1")
    }

    @Test func aClosureFromAnEarlierStatementHasItsVariableBack() {
        let s = Entries()
        // A closure returned from a function keeps that call's frame.
        #expect(s.run(Entries.counter + "\nc()\nc()"))
        #expect(s.fails("if true { c(); c(); c(); assert false }"))
        #expect(s.show("c()") == "3")
        // A closure made inside an earlier top-level block keeps that statement's frame.
        #expect(s.run("let bump = nil\nif true { let k = 10; bump = fn() { k = k + 1; return k } }"))
        #expect(s.fails("if true { bump(); bump(); assert false }"))
        #expect(s.show("bump()") == "11")
        // Two levels out: the innermost closure writes the outer call's variable.
        #expect(s.run("fn outer() { let t = 0; return fn() { return fn() { t = t + 5; return t } } }"))
        #expect(s.run("let add = outer()()"))
        #expect(s.fails("if true { add(); assert false }"))
        #expect(s.show("add()") == "5")
    }

    @Test func aGlobalWrittenInsideAnEarlierFunctionIsRestored() {
        let s = Entries()
        #expect(s.run("let total = 0\nfn step() { total = total + 1 }\nfn setTo(v) { total = v }"))
        #expect(s.fails("if true { for i in range(10) { step() }; setTo(100); assert false }"))
        #expect(s.show("total") == "0")
        #expect(s.fails("if true { while total < 50 { total = total + 1; step() }; assert false }"))
        #expect(s.show("total") == "0")
    }

    @Test func aSuccessKeepsEverythingAndALaterFailureKeepsIt() {
        let s = Entries()
        #expect(s.run("let xs = [1]\nlet r = [a: 1]\nlet g = 1"))
        #expect(s.run(Entries.counter))
        #expect(s.run("if true { xs[0] = 2; append(xs, 3); r.a = 2; r.b = 3; g = 2; c(); c() }"))
        #expect(s.fails("if true { xs[0] = 9; r.b = 9; g = 9; c(); assert false }"))
        #expect(s.show("xs, r, g, c()") == "[2, 3] [a: 2, b: 3] 2 3")
        #expect(s.session.context.undo.count == 0)
    }

    @Test func statementsRunInsideAStatementRollBackWithIt() {
        let s = Entries()
        #expect(s.run("let xs = [1]\nlet g = 1"))
        // The nested statements succeed, then their statement fails: all of it goes.
        #expect(s.fails("if true { nested(\"g = 2\\nxs[0] = 2\\nappend(xs, 3)\"); g = 4; assert false }"))
        #expect(s.show("xs, g") == "[1] 1")
        // A nested failure fails the statement around it.
        #expect(s.fails("if true { g = 3; nested(\"xs[0] = 5\\nassert false\") }", with: "nested code failed"))
        #expect(s.show("xs, g") == "[1] 1")
        #expect(s.run("if true { g = 3; nested(\"xs[0] = 5\") }"))
        #expect(s.show("xs, g") == "[5] 3")
    }

    @Test func theLogHoldsWhatTheStatementChangedNotWhatTheSessionHolds() {
        let s = Entries()
        // 2,000 globals and a 1,000-item list in the session.
        #expect(s.run((0..<2000).map { "let g\($0) = \($0)" }.joined(separator: "\n")))
        #expect(s.run("let big = range(1000)\nlet rec = [a: 1]"))
        // One global written 100 times is logged once, each write into an older list or record
        // once: four changes in all.
        #expect(
            s.fails(
                "if true { for i in range(100) { g7 = g7 + 1 }; big[0] = 1; big[1] = 2; rec.a = 2; "
                    + "print logged(); assert false }"))
        #expect(s.buffer.out == "4\n")
        #expect(s.show("g7, big[0], big[1], rec.a") == "7 0 1 1")
        // Lists and records made in the statement, and its own locals, are not logged at all.
        #expect(
            s.run(
                "if true { let ys = [1, 2]; ys[0] = 3; append(ys, 4); let q = [b: 1]; q.b = 2; q.c = 3; "
                    + "print logged() }"))
        #expect(s.buffer.out == "7 0 1 1\n0\n")
    }

    @Test func aLoopWritingIntoOlderThingsLogsAboutTheirSizeNotItsWrites() {
        let s = Entries()
        #expect(s.run("let xs = [1, 2, 3]\nlet r = [a: 1]"))
        #expect(s.run(Entries.counter))
        // 1,000 rounds of five changes each: each thing is saved whole once its single changes
        // outnumber its parts, so the log stays near the things' sizes.
        let loop =
            "if true { for i in range(1000) { xs[i % 3] = i; append(xs, i); r.a = i; "
            + "r[\"k{i % 5}\"] = i; c() }; print logged(); assert false }"
        #expect(s.fails(loop))
        #expect((Int(s.buffer.out.dropLast()) ?? 1000) < 60)
        #expect(s.show("xs, r, c()") == "[1, 2, 3] [a: 1] 1")
    }

    @Test func aNestedFailureAfterASaveWholeLeavesTheOuterStatementLogging() {
        let s = Entries()
        #expect(s.run("let xs = [1, 2, 3]\nlet r = [a: 1]"))
        #expect(s.run(Entries.counter))
        // The nested statement saves all three whole, then fails and puts them back; the outer
        // statement's own later writes must still be logged.
        let nested = "if true \\{ for i in range(100) \\{ xs[0] = i; r.a = i; c() \\}; assert false, \\\"inner\\\" \\}"
        let src =
            "if true { assert not attempt(\"\(nested)\"); "
            + "xs[1] = 7; r.a = 7; c(); c(); assert [xs, r, c()] == [[1, 7, 3], [a: 7], 3]; assert false }"
        #expect(s.fails(src))
        #expect(s.buffer.err.contains("assertion failed: inner"))
        #expect(s.show("xs, r, c()") == "[1, 2, 3] [a: 1] 1")
    }
}
