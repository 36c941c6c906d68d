// A script's text is read once: the lexer, the parser and each interpolation's parser share
// it (parsing stays linear in the script's size), and diagnostics find their line by index.
import Testing

@testable import DealScript

@Suite struct SourceTextTests {
    @Test func anInterpolationIsParsedFromTheScriptsOwnTextNotACopy() throws {
        let text = SourceText("let a = 1\nlet s = \"v {a + 1} w {f(x: a)}\"\n", file: "t.deal")
        var lexer = Lexer(text)
        let tokens = try lexer.tokenize()
        let parser = Parser(tokens: tokens, source: text, commands: CommandRegistry())
        guard let string = tokens.first(where: { if case .string = $0.kind { true } else { false } }),
            case .string(let pieces) = string.kind
        else {
            Issue.record("no string token")
            return
        }
        var inner: [String] = []
        for case .code(let codeTokens, _) in pieces {
            let interpolation = parser.interpolationParser(codeTokens)
            #expect(interpolation.source === text)
            // Its tokens point into the whole script, so its errors land on the right column.
            let first = codeTokens[0].range
            let last = codeTokens[codeTokens.count - 2].range
            inner.append(text.text(from: first.offset, to: last.offset + last.length))
            #expect(first.line == 2)
        }
        #expect(inner == ["a + 1", "f(x: a)"])
    }

    @Test func manyInterpolationsEachEvaluateTheirOwnExpression() {
        // 500 strings, each naming its own variable: every piece reads its own text.
        var script = ""
        for i in 0..<500 { script += "let v\(i) = \(i)\nlet s\(i) = \"<{v\(i) * 2}>\"\n" }
        script += "print s0, s1, s499\n"
        let r = run(script)
        #expect(r.ok)
        #expect(r.out == "<0> <2> <998>\n")
    }

    @Test func linesAreFoundByNumberFromTheFirstLine() {
        let text = SourceText("one\n\ttwo\r\nthree", firstLine: 7)
        #expect(text.line(7) == "one")
        #expect(text.line(8) == "\ttwo")  // a CR before the newline is not part of the line
        #expect(text.line(9) == "three")
        #expect(text.line(6) == nil)
        #expect(text.line(10) == nil)
        #expect(text.text(from: 4, to: 8) == "\ttwo")
        #expect(text.text(from: 8, to: 4) == "")
    }

    @Test func eachStatementsTextLeavesOutTheBlankAndCommentLinesAfterIt() throws {
        func texts(_ script: String) throws -> [String] {
            let text = SourceText(script)
            let commands = CommandRegistry()
            commands.registerBuiltins()  // `print`
            let statements = try Parser.parse(text, commands: commands)
            return statementTexts(text, starts: statements.map(\.range.offset))
        }
        #expect(
            try texts("let a = 1  ;\n\n# note\nfn f() {\n  return 2\n}\n  \n\t# tail\nprint a # here\n")
                == ["let a = 1", "fn f() {\n  return 2\n}", "print a # here"])
        #expect(try texts("let a = 1\r\n# c\r\n\r\nprint a\r\n") == ["let a = 1", "print a"])
        #expect(try texts("let a = 1; let b = \"é {a}\"") == ["let a = 1", "let b = \"é {a}\""])
    }

    @Test func anErrorFarDownAScriptShowsItsOwnLine() {
        var script = ""
        for i in 0..<2_000 { script += "let g\(i) = \"{\(i)}\"\r\n" }
        script += "let bad = 1GW + $5\r\n"
        let r = run(script)
        #expect(!r.ok)
        #expect(r.err.hasPrefix("t.deal:2001:"))
        #expect(r.err.contains("\nlet bad = 1GW + $5\n"))
    }
}
