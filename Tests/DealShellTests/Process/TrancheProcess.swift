// Test support: the built `tranche` executable, run as a user runs it.
import Foundation

/// The `tranche` executable built beside the test bundle (or in the package's .build/debug).
func trancheBinary() -> URL? {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
        "tranche")
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let inBuild = root.appendingPathComponent(".build/debug/tranche")
    return [beside, inBuild].first { FileManager.default.isExecutableFile(atPath: $0.path) }
}

/// Standard output and standard error of `tranche` with `arguments` (and `input` piped to
/// standard input, small enough for the pipe's buffer), and its exit status.
func runTranche(_ binary: URL, _ arguments: [String], input: String? = nil) throws -> (
    out: Data, err: Data, status: Int32
) {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let stdin = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : stdin
    try process.run()
    if let input {
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
    }
    // Standard error is small here; read it after standard output is drained.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (outData, errData, process.terminationStatus)
}
