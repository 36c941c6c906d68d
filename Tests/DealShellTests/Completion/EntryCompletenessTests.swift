// The input-completeness check the shell joins lines with: an open `{ ( [` or string
// continues on a `...` prompt; anything else (even an error) is complete.
import DealLibrary
import DealScript
import Testing

@testable import DealShell

@Suite struct EntryCompletenessTests {
    let session = DealSession.make(output: CollectedOutput(), loadBuiltIn: false)

    @Test func openBracketsAndStringsNeedMore() {
        #expect(session.needsMoreInput("fn f(x) {"))
        #expect(session.needsMoreInput("fn f(x) {\n  return x * 2"))
        #expect(session.needsMoreInput("let v = [1,"))
        #expect(session.needsMoreInput("print(1,"))
        #expect(session.needsMoreInput("if true { print 1 } else {"))
    }

    @Test func completeOrWrongEntriesDoNot() {
        #expect(!session.needsMoreInput("fn f(x) {\n  return x * 2\n}"))
        #expect(!session.needsMoreInput("print 1 + 1"))
        #expect(!session.needsMoreInput("print 1 +* 2"), "a syntax error is reported, not continued")
        #expect(!session.needsMoreInput("print )"))
        #expect(!session.needsMoreInput(""))
    }

    /// A three-line function typed at `...` prompts is one entry starting on line 1.
    @Test func theReaderJoinsAThreeLineFunction() {
        var lines = ["fn f(x) {", "  return x * 2", "}", "print f(4)"][...]
        var prompts: [String] = []
        var reader = EntryReader()
        let first = reader.next(
            readLine: { prompt in
                prompts.append(prompt)
                return lines.isEmpty ? .endOfInput : .line(lines.removeFirst())
            }, needsMoreInput: session.needsMoreInput)
        #expect(first == .entry("fn f(x) {\n  return x * 2\n}", firstLine: 1))
        #expect(prompts == ["tranche> ", "...> ", "...> "])
        let second = reader.next(
            readLine: { _ in lines.isEmpty ? .endOfInput : .line(lines.removeFirst()) },
            needsMoreInput: session.needsMoreInput)
        #expect(second == .entry("print f(4)", firstLine: 4))
    }
}
