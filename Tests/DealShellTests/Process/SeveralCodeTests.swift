// The built `tranche` binary with several `-e`: each runs in turn in one session, as `sed -e` does.
import Foundation
import Testing

@Suite("several -e in the tranche process")
struct SeveralCodeTests {
    @Test("every -e runs, in order, in one session")
    func inOrder() throws {
        guard let binary = trancheBinary() else {
            Issue.record("the tranche executable is not built (swift build)")
            return
        }
        let (out, err, status) = try runTranche(
            binary, ["-e", "let x = 2", "-e", "print x * 3", "-e", "print \"last\""])
        #expect(status == 0)
        #expect(String(decoding: out, as: UTF8.self) == "6\nlast\n")
        #expect(err.isEmpty)
    }

    @Test("the first error stops the run and names its -e")
    func stopsAtFirstError() throws {
        guard let binary = trancheBinary() else {
            Issue.record("the tranche executable is not built (swift build)")
            return
        }
        let (out, err, status) = try runTranche(binary, ["-e", "print 1", "-e", "print nosuch", "-e", "print 3"])
        #expect(status == 1)
        #expect(String(decoding: out, as: UTF8.self) == "1\n")
        #expect(String(decoding: err, as: UTF8.self).hasPrefix("<-e 2>:1:7: error:"))
    }
}
