// What the fuzz targets share: bytes to text, an output that keeps nothing, the sandboxed
// session every run starts from, and the replay entry point of a build without libFuzzer.
import DealLibrary
import DealScript
import Foundation

/// Discards what a session prints; counts it so the optimiser cannot drop the rendering.
public final class SilentOutput: OutputSink {
    public private(set) var characters = 0
    public init() {}
    public func write(_ text: String) { characters &+= text.utf8.count }
    public func report(_ diagnostic: Diagnostic) { characters &+= diagnostic.message.utf8.count }
}

/// The input as text: arbitrary bytes, invalid UTF-8 replaced, as a file read would be.
public func text(_ data: UnsafePointer<UInt8>?, _ size: Int) -> String {
    guard let data, size > 0 else { return "" }
    return String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
}

/// The options every fuzzed session runs with: no file writes or reads, a step limit (so
/// `while true {}` ends), one worker thread, a fixed seed (a crash reproduces).
public let fuzzOptions = SessionOptions(seed: 1, threads: 1, maxSteps: 20_000, sandbox: true)

/// A fresh session on the built-in scenario, with `fuzzOptions`.
public func freshSession(_ output: SilentOutput) -> Session {
    DealSession.make(options: fuzzOptions, output: output)
}

/// Replays inputs without libFuzzer: each argument is a file (or a folder of files) run
/// through `body`; prints one line per input, so a crash names the input that caused it.
public func replay(_ body: (String) -> Void) {
    var files: [String] = []
    for argument in CommandLine.arguments.dropFirst() {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
            files += names.sorted().map { (argument as NSString).appendingPathComponent($0) }
        } else {
            files.append(argument)
        }
    }
    for file in files {
        guard let data = FileManager.default.contents(atPath: file) else {
            print("\(file): cannot read")
            continue
        }
        let start = Date()
        data.withUnsafeBytes { body(text($0.bindMemory(to: UInt8.self).baseAddress, $0.count)) }
        print("\(file): ok in \(String(format: "%.3f", Date().timeIntervalSince(start))) s")
    }
}
