// `simulate ... part: K of: M` and `tranche merge` through the real binary: the merged parts
// print the same bytes as one run of all the paths (text and --json), in any order; a missing
// part, or parts of another run, fail with a message.
import Foundation
import Testing

@Suite("tranche merge")
struct ProcessMergeTests {
    @Test("parts merged print the whole run's bytes, text and JSON; gaps and strangers are refused")
    func mergeIsTheWholeRun() throws {
        guard let binary = trancheBinary() else {
            Issue.record("the tranche executable is not built (swift build)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tranche-merge-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // 7 blocks of paths (the last one short) split in 3 parts, with drift ≠ rate (two passes).
        let model = "price model gbm s0: $203.71 on: 2025-10-06 vol: 55% drift: 10% rate: 4% seed: 2025\n"
        let paths = "paths: 6500"
        var parts: [String] = []
        for k in 1...3 {
            let file = "\(folder)/part-\(k).json"
            let run = try runTranche(
                binary,
                [
                    "--threads", "\(k % 2 + 1)", "-e",
                    model + "simulate \(paths) part: \(k) of: 3 to: \"\(file)\"",
                ])
            #expect(run.status == 0, "\(String(decoding: run.err, as: UTF8.self))")
            parts.append(file)
        }
        // Printed instead of written: the same part file.
        let printed = try runTranche(binary, ["-e", model + "simulate \(paths) part: 2 of: 3"])
        #expect(printed.out == (try Data(contentsOf: URL(fileURLWithPath: parts[1]))))

        let whole = try runTranche(binary, ["-e", model + "simulate \(paths)"])
        let merged = try runTranche(binary, ["merge", parts[2], parts[0], parts[1]])
        #expect(merged.status == 0, "\(String(decoding: merged.err, as: UTF8.self))")
        #expect(merged.out == whole.out && whole.out.count > 1000)
        let wholeJSON = try runTranche(binary, ["--json", "-e", model + "simulate \(paths)"])
        let mergedJSON = try runTranche(binary, ["--json", "merge"] + parts)
        #expect(mergedJSON.out == wholeJSON.out && wholeJSON.out.first == UInt8(ascii: "{"))

        let gap = try runTranche(binary, ["merge", parts[0], parts[2]])
        #expect(gap.status == 1 && String(decoding: gap.err, as: UTF8.self).contains("parts missing: 2 of 3"))
        let twice = try runTranche(binary, ["merge", parts[0], parts[0], parts[1], parts[2]])
        #expect(twice.status == 1)
        let other = "\(folder)/other.json"
        _ = try runTranche(binary, ["-e", model + "simulate paths: 6500 seed: 9 part: 2 of: 3 to: \"\(other)\""])
        let strangers = try runTranche(binary, ["merge", parts[0], other, parts[2]])
        #expect(strangers.status == 1 && String(decoding: strangers.err, as: UTF8.self).contains("different runs"))
        let none = try runTranche(binary, ["merge"])
        #expect(none.status == 2)
    }
}
