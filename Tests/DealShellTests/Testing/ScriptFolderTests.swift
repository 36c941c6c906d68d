// Every script test under Tests/Scripts, run by `swift test` too: one parameterised case per
// file, through the same runner as `tranche test`, so a failure names the file and its lines.
import DealScript
import Foundation
import Testing

@testable import DealShell

/// The repository's Tests/Scripts folder (tests run from anywhere).
private let scriptsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scripts").path

@Suite struct ScriptFolderTests {
    static let files = ScriptTestRunner.scripts(under: scriptsFolder)

    @Test func theFolderHoldsScripts() {
        #expect(Self.files.count >= 20, "expected the script tests under \(scriptsFolder)")
    }

    @Test(arguments: files.map { String($0.dropFirst(scriptsFolder.count + 1)) })
    func scriptPasses(_ relativePath: String) {
        let runner = ScriptTestRunner(options: SessionOptions(width: 80), output: Lines())
        let failures = runner.runFile(scriptsFolder + "/" + relativePath)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
