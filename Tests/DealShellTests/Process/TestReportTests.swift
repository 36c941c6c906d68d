// `tranche test` reports for tools, through the built binary: `--json` (tests still compare
// text), `--junit FILE` (parsed back as XML) and `-v` (each file, its result and time).
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("tranche test reports")
struct TestReportTests {
    /// A folder with a passing script (its expectation is text) and a failing one.
    private func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tranche-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "print tranche(\"T2\").price   # expect: $250\nvesting at: 2028-01-01\n"
            .write(to: dir.appendingPathComponent("a-pass.deal"), atomically: true, encoding: .utf8)
        try "print 1 + 1   # expect: 3 & <more>\n"
            .write(to: dir.appendingPathComponent("b-fail.deal"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test("--json compares text and writes one JSON report")
    func jsonReport() throws {
        guard let binary = trancheBinary() else {
            Issue.record("the tranche executable is not built")
            return
        }
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (out, _, status) = try runTranche(binary, ["test", "--json", dir.path])
        #expect(status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: out) as? [String: Any])
        #expect(report["passed"] as? Int == 1)
        #expect(report["failed"] as? Int == 1)
        let files = try #require(report["files"] as? [[String: Any]])
        #expect(files.map { $0["result"] as? String } == ["passed", "failed"])
        #expect(files[1]["failures"] as? [String] == ["\(dir.path)/b-fail.deal:1: expected `3 & <more>`, got `2`"])
    }

    @Test("--junit FILE writes JUnit XML that parses; -v lists every file with its time")
    func junitAndVerbose() throws {
        guard let binary = trancheBinary() else {
            Issue.record("the tranche executable is not built")
            return
        }
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let xmlFile = dir.appendingPathComponent("report.xml")
        let (out, _, status) = try runTranche(binary, ["test", "-v", "--junit", xmlFile.path, dir.path])
        #expect(status == 1)
        let lines = String(decoding: out, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("ok   \(dir.path)/a-pass.deal (") && lines[0].hasSuffix(" s)"))
        #expect(lines[1].hasPrefix("FAIL \(dir.path)/b-fail.deal ("))
        #expect(lines[2] == "\(dir.path)/b-fail.deal:1: expected `3 & <more>`, got `2`")
        #expect(lines[3] == "1 passed, 1 failed")

        let document = try XMLDocument(contentsOf: xmlFile, options: [])
        let suite = try #require(try document.nodes(forXPath: "/testsuites/testsuite").first as? XMLElement)
        #expect(suite.attribute(forName: "tests")?.stringValue == "2")
        #expect(suite.attribute(forName: "failures")?.stringValue == "1")
        let cases = try document.nodes(forXPath: "//testcase").compactMap { $0 as? XMLElement }
        #expect(
            cases.map { $0.attribute(forName: "name")?.stringValue } == [
                "\(dir.path)/a-pass.deal", "\(dir.path)/b-fail.deal",
            ])
        #expect(cases.allSatisfy { Double($0.attribute(forName: "time")?.stringValue ?? "") != nil })
        #expect(cases[0].elements(forName: "failure").isEmpty)
        let failure = try #require(cases[1].elements(forName: "failure").first)
        #expect(
            failure.attribute(forName: "message")?.stringValue
                == "\(dir.path)/b-fail.deal:1: expected `3 & <more>`, got `2`")
    }
}
