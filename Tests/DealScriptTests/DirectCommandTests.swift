// A command with a direct body (`len`, `append`, `str`...) answers the same through the
// compiled call, which skips building its arguments, as through the general call that checks
// them: same values, same errors, same carets.
import CivilTime
import Testing

@testable import DealScript

@Suite struct DirectCommandTests {
    /// Values of every kind a built-in may be handed.
    static var samples: [Value] {
        [
            .plain(-2.5), .plain(0), .number(3e9, .dollars), .string("héllo"), .string(""), .bool(true), .nil,
            .list(ScriptList([.plain(1), .string("a")])), .record(ScriptRecord([("a", .plain(1)), ("b", .nil)])),
            .date(CivilDate(year: 2026, month: 12, day: 3)!),
        ]
    }

    /// What a call gave: the value shown, or the error's text.
    static func outcome(_ call: () throws -> Value) -> String {
        do { return "value " + (try call()).nested } catch let e as ScriptError { return "error " + e.message } catch {
            return "other \(error)"
        }
    }

    @Test func directAndGeneralCallsAgreeOnEveryFittingValue() throws {
        let session = Session(output: Buffer())
        let context = session.context
        let direct = session.commands.names.compactMap { session.commands.command(named: $0) }.filter {
            $0.directArity > 0
        }
        // The built-ins that have one; a command losing its direct body would drop out silently.
        #expect(Set(direct.map(\.name)).isSuperset(of: ["len", "str", "type", "abs", "sqrt", "exp", "log", "append"]))
        var compared = 0
        for command in direct {
            let kinds = command.positionals.map(\.kind)
            let firsts = Self.samples.filter { CommandCall.fits($0, kinds[0]) }
            let seconds: [Value?] =
                kinds.count > 1 ? Self.samples.filter { CommandCall.fits($0, kinds[1]) } : [Value?.none]
            for a in firsts {
                for b in seconds {
                    // Lists are changed in place by `append`: each call gets its own copy.
                    let fresh = { (v: Value) -> Value in
                        if case .list(let l) = v { return .list(ScriptList(l.items)) }
                        return v
                    }
                    let values = [fresh(a)] + (b.map { [fresh($0)] } ?? [])
                    let general = Self.outcome {
                        try CommandCall.run(
                            command, positional: values, labeled: [:], ranges: ArgumentRanges(),
                            range: SourceRange(offset: 0, line: 1, column: 1, length: 1), context: context)
                    }
                    let again = [fresh(a)] + (b.map { [fresh($0)] } ?? [])
                    let viaDirect = Self.outcome {
                        let range = SourceRange(offset: 0, line: 1, column: 1, length: 1)
                        return again.count > 1
                            ? try CommandCall.runDirect(
                                command, again[0], again[1], ranges: ArgumentRanges(), range: range, context: context)
                            : try CommandCall.runDirect(
                                command, again[0], ranges: ArgumentRanges(), range: range, context: context)
                    }
                    #expect(viaDirect == general, "\(command.name)(\(values.map { $0.nested }))")
                    compared += 1
                }
            }
        }
        #expect(compared > 50)
    }

    @Test func compiledCallsGiveTheDirectResultsAndTheGeneralErrors() {
        let r = run(
            "let xs = [1, 2]\nappend(xs, 3)\nprint len(xs), len(\"abc\"), str(2GW), type(xs), abs(-$3), sqrt(16)")
        #expect(r.out == "3 3 2 GW list $3 4\n")
        // A value that does not fit is refused by the general checks, caret under the argument.
        let misfit = run("append(5, 1)")
        #expect(misfit.err.contains("`append` list expects a list, got number 5"))
        #expect(misfit.err.contains("t.deal:1:8"))
        // An error the body raises is placed at the call.
        let body = run("print 1\nprint len(2)")
        #expect(body.err.contains("t.deal:2:7"))
        #expect(body.err.contains("`len` needs a list, record or string, got number"))
        // Through a variable holding the command, and with a label (no direct path), the same.
        #expect(run("let f = len\nprint f([1, 2, 3])").out == "3\n")
        #expect(run("print len(value: [1])").err.contains("`len` needs its value (usage: len value)"))
        // Undo: a failed statement takes back what `append` did directly.
        let buffer = Buffer()
        let session = Session(output: buffer)
        #expect(run("let xs = [1]", in: session).ok)
        #expect(!run("fn f() {\n append(xs, 2)\n return nope\n}\nf()", in: session).ok)
        #expect(run("print xs", in: session).ok)
        #expect(buffer.out == "[1]\n")
    }

    @Test func aCallSiteOfACommandByNameFollowsAGlobalOfThatName() {
        // `len(xs)` in `f` names the command while no global `len` is defined; once one is,
        // the same site calls it, whatever it holds.
        let buffer = Buffer()
        let session = Session(output: buffer)
        #expect(run("fn f(xs) { return len(xs) }\nprint f([1, 2])", in: session).ok)
        #expect(run("fn len(xs) { return 99 }\nprint f([1, 2])", in: session).ok)
        #expect(buffer.out == "2\n99\n")
        // A global that is not a function: the general call reports it.
        #expect(!run("let len = 5\nprint f([1])", in: session).ok)
        #expect(buffer.err.contains("cannot call a number"))
        // An unknown name: the general path's message, with its suggestion.
        #expect(run("print lenn([1])").err.contains("unknown name `lenn`; did you mean `len`?"))
    }

    @Test func inlineLenAndAppendAnswerAsTheCommandDoesForEveryKind() {
        // `len(v)` and `append(v, 9)` by name run inline for a list; through a variable they
        // take the general call. Both must print the same for every kind of `v`.
        let literals = [
            "[1, \"a\"]", "[]", "\"héllo\"", "\"\"", "[a: 1, b: nil]", "5", "$3", "nil", "true", "2026-12-03",
        ]
        for literal in literals {
            let inline = run("let v = \(literal)\nprint len(v)\nappend(v, 9)\nprint v")
            let general = run("let v = \(literal)\nlet l = len\nlet a = append\nprint l(v)\na(v, 9)\nprint v")
            #expect(inline.out == general.out, "\(literal)")
            // Errors carry the same message; the source line and caret under it differ.
            let message = { (err: String) in err.split(separator: "\n").first?.split(separator: "error: ").last }
            #expect(inline.err.isEmpty == general.err.isEmpty, "\(literal)")
            #expect(message(inline.err) == message(general.err), "\(literal)")
        }
        #expect(run("let v = [1]\nappend(v, 2)\nprint len(v), v").out == "2 [1, 2]\n")
        #expect(run("print len(5)").err.contains("t.deal:1:7: error: `len` needs a list, record or string"))
        #expect(run("append(5, 1)").err.contains("t.deal:1:8: error: `append` list expects a list, got number 5"))
    }

    @Test func anInlineCallFollowsACommandRegisteredAfterItWasCompiled() {
        // A host may replace `len` between runs; a function compiled before still calls by
        // name, so it must reach the new command.
        let buffer = Buffer()
        let session = Session(output: buffer)
        #expect(run("fn f(xs) {\n append(xs, 1)\n return len(xs)\n}\nprint f([])", in: session).ok)
        session.commands.register(
            Command("len", help: "host's", parameter: .positional("value", .any)) { _, _ in .string("host len") })
        session.commands.register(
            Command("append", help: "host's", parameters: .positional("list", .any), .positional("value", .any)) {
                _, _, context in
                context.output.write("host append\n")
                return .nil
            })
        #expect(run("print f([])", in: session).ok)
        #expect(buffer.out == "1\nhost append\nhost len\n")
    }
}
