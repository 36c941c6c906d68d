import Foundation
import Testing

// --sandbox through the binary: the files named on the command line (a script, the part
// files of `tranche merge`) are read; nothing else is, and nothing is written.
@Suite struct SandboxProcessTests {
    @Test func namedFilesAreReadAndNothingElse() throws {
        let binary = try #require(trancheBinary())
        let dir = NSTemporaryDirectory() + "tranche-sandbox-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Two parts of a run, written without the sandbox.
        let parts = (1...2).map { "\(dir)/p\($0).json" }
        let made = try runTranche(
            binary, parts.enumerated().flatMap { ["-e", "simulate paths: 1000 part: \($0 + 1) of: 2 to: \"\($1)\""] })
        #expect(made.status == 0)

        let merged = try runTranche(binary, ["--sandbox", "merge"] + parts)
        #expect(merged.status == 0)
        #expect(String(decoding: merged.out, as: UTF8.self).hasPrefix("simulate (scenario base): 1,000 paths"))

        try "reset\n".write(toFile: "\(dir)/other.deal", atomically: true, encoding: .utf8)
        try "source \"\(dir)/other.deal\"\n".write(toFile: "\(dir)/main.deal", atomically: true, encoding: .utf8)
        let sourced = try runTranche(binary, ["--sandbox", "\(dir)/main.deal"])
        #expect(sourced.status == 1)
        #expect(
            String(decoding: sourced.err, as: UTF8.self).contains(
                "`source` cannot read \"\(dir)/other.deal\": "
                    + "--sandbox allows only the scripts named on the command line"
            ))

        let written = try runTranche(
            binary, ["--sandbox", "-e", "simulate paths: 1000 part: 1 of: 2 to: \"\(dir)/p3.json\""])
        #expect(written.status == 1)
        #expect(
            String(decoding: written.err, as: UTF8.self).contains(
                "`simulate` cannot write \"\(dir)/p3.json\": --sandbox allows no file writes"))
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(left == ["main.deal", "other.deal", "p1.json", "p2.json"])
    }
}
