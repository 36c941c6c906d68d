import Foundation
import Testing

// Every input in fuzz/regressions (each once broke a fuzz target) run the way the session
// target runs it: sandboxed, a step limit, the built-in scenario. Each must end in its
// expected diagnostic or succeed, never crash or hang.
@testable import DealLibrary
@testable import DealScript

@Suite struct RegressionCorpusTests {
    /// The repository's fuzz/regressions folder, found from this file's path.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fuzz/regressions").path

    /// What each input must end with: a fragment of its diagnostic, or nil for success.
    static let expected: [String: String?] = [
        // Doubling now meets the step limit first: building a long value counts its items.
        "string-doubling.deal": "step limit reached: a string of 1,048,576 bytes",
        "list-doubling.deal": "step limit reached: a list of 16,384 items",
        "interpolation-doubling.deal": "step limit reached: a string of",
        // Showing a value of 1,000,000 characters counts 62,500 steps.
        "shared-sublists.deal": "step limit reached: showing 1,000,206 characters",
        "self-containing-twice.deal": "step limit reached: showing",
        "deep-list-release.deal": nil,
        // Found by fuzz/generate.py: loops of costly statements, bounded by the work they count.
        "print-huge-value-loop.deal": "step limit reached: showing 1,000,206 characters",
        "command-loop.deal": "step limit reached: `phase` needs about 100 steps",
        "simulate-loop.deal": "step limit reached: simulate of 100,000 paths",
        "sort-loop.deal": "step limit reached: `sort` of 10,000 items",
        "deep-parens.deal": "expression nested too deeply",
        "deep-brackets.deal": "expression nested too deeply",
        "deep-strings.deal": "strings nested too deeply",
        "name-call-brackets.deal": "expected `)`",
        "one-long-list-held-many-times.deal": "step limit reached",
    ]

    /// Without a step limit the same inputs end at the value limits instead (or succeed: nil).
    static let withoutStepLimit: [String: String?] = [
        "self-containing-twice.deal": nil,
        "string-doubling.deal": "string too long (more than 16,000,000 bytes)",
        "list-doubling.deal": "list too long (more than 10,000,000 items)",
        "interpolation-doubling.deal": "string too long",
        "shared-sublists.deal": "values too large to compare",
        // The check for deep nesting on release once looked through the long list each time.
        "one-long-list-held-many-times.deal": nil,
    ]

    @Test(arguments: withoutStepLimit.keys.sorted())
    func withoutAStepLimitTheValueLimitsHold(_ name: String) throws {
        let source = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
        let buffer = Buffer()
        let session = DealSession.make(options: SessionOptions(sandbox: true), output: buffer, loadBuiltIn: false)
        let ok = session.runScript(source, file: name)
        if let fragment = Self.withoutStepLimit[name] ?? nil {
            #expect(!ok)
            #expect(buffer.err.contains(fragment), "\(name): \(buffer.err.prefix(300))")
        } else {
            #expect(ok, "\(name): \(buffer.err.prefix(300))")
        }
    }

    /// fuzz-parse (issue 15): what the shell's line check calls open never parses as complete.
    @Test func aNameCallWithABraceIsOpenForTheShellAndTheParser() {
        let session = DealSession.make(output: Buffer(), loadBuiltIn: false)
        var open = OpenInput()
        open.add("tranche v({)")
        #expect(open.isOpen)
        #expect(session.statementLines("tranche v({)").isEmpty)
        #expect(!session.statementLines("tranche T2 measure: avg(20td)").isEmpty)
    }

    @Test func everyRegressionInputIsListed() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".deal") }
        #expect(Set(names) == Set(Self.expected.keys))
    }

    @Test(arguments: expected.keys.sorted())
    func regressionInputEndsCleanly(_ name: String) throws {
        let source = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
        let buffer = Buffer()
        let options = SessionOptions(seed: 1, threads: 1, maxSteps: 20_000, sandbox: true)
        let session = DealSession.make(options: options, output: buffer, loadBuiltIn: true)
        let ok = session.runScript(source, file: name)
        if let fragment = Self.expected[name] ?? nil {
            #expect(!ok)
            #expect(buffer.err.contains(fragment), "\(name): \(buffer.err.prefix(300))")
        } else {
            #expect(ok, "\(name): \(buffer.err.prefix(300))")
        }
    }
}
