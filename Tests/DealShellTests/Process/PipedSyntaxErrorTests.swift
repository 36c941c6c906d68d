// Piped input to the built `tranche`: a statement that does not parse is dropped whole, so
// its continuation (an `else { ... }` on a line of its own, the rest of its block) never runs.
import Foundation
import Testing

@Suite("piped input after a syntax error")
struct PipedSyntaxErrorTests {
    @Test("the broken statement's continuation does not run; the next statement does")
    func skipsTheWholeBrokenStatement() throws {
        guard let binary = trancheBinary() else {
            Issue.record("the tranche executable is not built (swift build)")
            return
        }
        let input = """
            if true {
                print 1 +
            }
            else {
                print "else ran"
            }
            print "after"
            else {
                print "block ran"
            }
            print "end"

            """
        let (out, err, status) = try runTranche(binary, [], input: input)
        #expect(status == 1)
        #expect(String(decoding: out, as: UTF8.self) == "after\nend\n")
        let errors = String(decoding: err, as: UTF8.self).split(separator: "\n").filter { $0.contains("error:") }
        #expect(
            errors == [
                "<stdin>:2:14: error: expected an expression, found end of line",
                "<stdin>:8:1: error: expected an expression, found `else`",
            ])
    }
}
