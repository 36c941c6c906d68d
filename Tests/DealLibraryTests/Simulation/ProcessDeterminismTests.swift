// The built `tranche` binary, run twice: the same seed prints the same bytes on 1 and 2
// threads (text and --json); another seed prints other numbers.
@testable import DealLibrary
import DealModel
import Foundation
import Testing

/// The `tranche` executable built beside the test bundle (or in the package's .build/debug).
private func trancheBinary() -> URL? {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("tranche")
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let inBuild = root.appendingPathComponent(".build/debug/tranche")
    return [beside, inBuild].first { FileManager.default.isExecutableFile(atPath: $0.path) }
}

/// Standard output of `tranche` with `arguments`, and its exit status.
private func runTranche(_ binary: URL, _ arguments: [String]) throws -> (Data, Int32) {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (data, process.terminationStatus)
}

@Suite("simulate in the tranche process")
struct ProcessDeterminismTests {
    @Test("same seed: identical bytes with --threads 1 and --threads 2; --seed changes them")
    func sameBytes() throws {
        guard let binary = trancheBinary() else {
            Issue.record("the tranche executable is not built (swift build)")
            return
        }
        let code = "simulate paths: 3000"
        let (one, s1) = try runTranche(binary, ["--threads", "1", "-e", code])
        let (two, s2) = try runTranche(binary, ["--threads", "2", "-e", code])
        #expect(s1 == 0 && s2 == 0)
        #expect(one == two && one.count > 500)
        let (json1, _) = try runTranche(binary, ["--json", "--threads", "1", "-e", code])
        let (json2, _) = try runTranche(binary, ["--json", "--threads", "2", "-e", code])
        #expect(json1 == json2 && json1.first == UInt8(ascii: "{"))
        let (other, _) = try runTranche(binary, ["--seed", "99", "--threads", "2", "-e", code])
        #expect(other != one && String(decoding: other, as: UTF8.self).contains("seed 99"))
    }
}
