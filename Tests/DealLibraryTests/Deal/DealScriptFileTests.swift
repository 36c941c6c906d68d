import Foundation
import Testing

// Runs every examples/*.deal (Tests/Scripts/ is run by `tranche test` from scripts/test).
@testable import DealLibrary
@testable import DealScript

@Suite struct DealScriptFiles {
    static func files(_ folder: String) -> [String] {
        let dir = (repositoryRoot as NSString).appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".deal") }.sorted().map { dir + "/" + $0 }
    }

    @Test func everyExampleRuns() throws {
        let examples = Self.files("examples")
        #expect(examples.count >= 4)
        for path in examples {
            let (session, out) = dealSession(builtIn: false)
            let source = try String(contentsOfFile: path, encoding: .utf8)
            let ok = session.runScript(source, file: path)
            #expect(ok, "\(path): \(out.err)")
        }
    }
}
