import Foundation
import Testing

// Signals from outside: a reader that stops early (`tranche ... | head -1`) ends tranche by
// SIGPIPE with nothing on standard error. (SIGTERM and Ctrl-Z at the prompt are tested in
// Tests/Terminal/run.sh, which has a terminal.)
@Suite struct SignalTests {
    @Test func aReaderThatStopsEarlyEndsTheRunQuietly() throws {
        let binary = try #require(trancheBinary())
        let process = Process()
        process.executableURL = binary
        process.arguments = ["-e", "for i in range(100000) { print i }"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read the first line, as `head -1` does, then close the pipe's only reading end.
        var first = Data()
        while !first.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            first += chunk
        }
        try out.fileHandleForReading.close()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(String(decoding: first, as: UTF8.self).hasPrefix("0\n"))
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGPIPE)
        #expect(errText == "")
    }
}
