import Foundation

// Test support for persistence: sessions with the built-in scenario and files read back.
@testable import DealLibrary
@testable import DealScript

/// A session (built-in scenario loaded unless `builtIn` is false) and its captured output.
func persistSession(builtIn: Bool = true, options: SessionOptions = SessionOptions(width: 100)) -> (Session, Buffer) {
    let buffer = Buffer()
    return (DealSession.make(options: options, output: buffer, loadBuiltIn: builtIn), buffer)
}

/// The file's text, or "" when it cannot be read.
func contents(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
