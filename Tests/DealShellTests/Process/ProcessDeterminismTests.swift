// The built `tranche` binary, run twice: the same seed prints the same bytes on 1 and 2
// threads (text and --json); another seed prints other numbers.
import Foundation
import Testing

@Suite("simulate in the tranche process")
struct ProcessDeterminismTests {
    @Test("same seed: identical bytes with --threads 1 and --threads 2; --seed changes them")
    func sameBytes() throws {
        guard let binary = trancheBinary() else {
            Issue.record("the tranche executable is not built (swift build)")
            return
        }
        let code = "simulate paths: 3000"
        let (one, _, s1) = try runTranche(binary, ["--threads", "1", "-e", code])
        let (two, _, s2) = try runTranche(binary, ["--threads", "2", "-e", code])
        #expect(s1 == 0 && s2 == 0)
        #expect(one == two && one.count > 500)
        let (json1, _, _) = try runTranche(binary, ["--json", "--threads", "1", "-e", code])
        let (json2, _, _) = try runTranche(binary, ["--json", "--threads", "2", "-e", code])
        #expect(json1 == json2 && json1.first == UInt8(ascii: "{"))
        let (other, _, _) = try runTranche(binary, ["--seed", "99", "--threads", "2", "-e", code])
        #expect(other != one && String(decoding: other, as: UTF8.self).contains("seed 99"))
    }
}
