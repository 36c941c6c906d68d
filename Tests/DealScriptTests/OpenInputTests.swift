// Joining lines into an entry: what the lexer leaves open after each line, checked against
// the parser (an open bracket or string means the entry cannot be complete yet).
import Foundation
import Testing

@testable import DealScript

@Suite struct OpenInputTests {
    /// Whether the entry is open after each of `lines`.
    func openness(_ lines: [String]) -> [Bool] {
        var open = OpenInput()
        return lines.map { line in
            open.add(line)
            return open.isOpen
        }
    }

    @Test func bracketsAndStringsStayOpenAcrossLines() {
        #expect(openness(["let xs = [", "  1,", "  [2, 3],", "]"]) == [true, true, true, false])
        #expect(openness(["fn f(x) {", "  return (x +", "    1)", "}"]) == [true, true, true, false])
        // An interpolation's brackets continue a string; its text ends on its line.
        #expect(openness(["let s = \"one {[1,", "2]} three\"", "print s"]) == [true, false, false])
        // A string holding braces and a comment holding brackets open nothing.
        #expect(openness(["print \"{ [ (\\{\"", "# ( [ {", "print \"{\"}\"}\""]) == [false, false, false])
        #expect(openness(["let a = 1 +"]) == [false])  // no bracket: only the parser can tell
    }

    @Test func aLexicalErrorEndsTheEntry() {
        // The parser reports `@`; the reader must not wait for the bracket to close.
        #expect(openness(["let xs = [1 @", "2]"]) == [false, false])
        #expect(openness(["let s = \"\\q {", "x}\""]) == [false, false])
        // An unterminated string is an error at the end of its line, not a continuation.
        #expect(openness(["print \"one", "print 2"]) == [false, false])
    }

    @Test func anOpenEntryNeverParsesAsComplete() throws {
        // Every line prefix of the test scripts: when a bracket or string is open, parsing the
        // prefix must not succeed (it ends at the end of the input or at an earlier error).
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Tests/Scripts").path
        let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".deal") }
        #expect(files.count > 10)
        let session = Session(output: Buffer())
        var openPrefixes = 0
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            var open = OpenInput()
            var prefix: String?
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                prefix = prefix.map { $0 + "\n" + line } ?? line
                open.add(line)
                guard open.isOpen, let prefix else { continue }
                openPrefixes += 1
                let parses = (try? Parser.parse(SourceText(prefix), commands: session.commands)) != nil
                #expect(!parses, "\(file): open, yet parses: \(prefix.suffix(80))")
            }
        }
        #expect(openPrefixes > 20)
    }
}
