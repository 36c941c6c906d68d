// Test support for persistence: a scratch folder and sessions with the built-in scenario.
import Foundation
@testable import DealScript

/// A new empty folder under the temporary directory.
func scratchFolder() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("persist-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

/// A session (built-in scenario loaded unless `builtIn` is false) and its captured output.
func persistSession(builtIn: Bool = true, options: SessionOptions = SessionOptions(width: 100)) -> (Session, Buffer) {
    let buffer = Buffer()
    return (Session(options: options, output: buffer, loadBuiltIn: builtIn), buffer)
}

/// The file's text, or "" when it cannot be read.
func contents(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

/// The repository's root folder.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
