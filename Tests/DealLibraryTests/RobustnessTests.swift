import Testing

// Bad input never crashes: random token soup, deep nesting, huge numbers all end in errors.
@testable import DealLibrary
@testable import DealScript

@Suite struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "let", "x", "=", "1", "1GW", "$5k", "2026-07-01", "12mo", "20td", "+", "-", "*", "/", "%",
        "(", ")", "[", "]", "{", "}", ",", ":", ".", "\"a{x}\"", "fn", "f", "return", "if", "else",
        "while", "for", "in", "break", "continue", "assert", "within", "print", "range", "len",
        "true", "false", "nil", "and", "or", "not", "==", "<", "\n", ";", "1e308", "-9e18", "f(", "x[0]",
    ]

    @Test func randomTokenSoupNeverCrashes() {
        var rng = SplitMix(state: 2025)
        let buffer = Buffer()
        let session = DealSession.make(options: SessionOptions(maxSteps: 5_000), output: buffer, loadBuiltIn: false)
        var failures = 0
        for _ in 0..<1500 {
            let count = Int(rng.next() % 24) + 1
            let source = (0..<count).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined(
                separator: " ")
            if !session.runScript(source, file: "fuzz") { failures += 1 }
            _ = session.needsMoreInput(source)
        }
        // Most soup is wrong; what matters is that every run came back with a diagnostic.
        #expect(failures > 1000)
        #expect(buffer.err.contains("fuzz:"))
    }

    @Test func deepNestingIsAnError() {
        #expect(
            run(String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)).err.contains(
                "nested too deeply"))
        #expect(run(String(repeating: "if true { ", count: 5000)).err.contains("nested too deeply"))
        #expect(run("print " + String(repeating: "\"{", count: 200)).err.contains("nested too deeply"))
        #expect(run(String(repeating: "-", count: 5000) + "1").err.contains("nested too deeply"))
    }

    @Test func hugeNumbersAreErrorsNotTraps() {
        #expect(run("print range(-1e300, -1e300 + 1)").err.contains("too large"))
        #expect(run("print range(1e20)").err.contains("too large"))
        #expect(run("print [1][1e300]").err.contains("whole number"))
        #expect(run("print 2026-01-01 + 1e300d").err.contains("too large"))
        #expect(run("print round(1, 1e300)").err.contains("whole number"))
        #expect(run("print 1e308 * 10").err.contains("1e308 * 10 overflows"))
        #expect(!run("let a = 1GW\nlet b = a\nwhile true { b = b * a }", options: SessionOptions(maxSteps: 1_000)).ok)
    }

    @Test func interruptStopsALoop() {
        // The runtime polls the flag between steps; an injected flag keeps other tests unaffected.
        let r = run("while true { }", interrupted: { true })
        #expect(r.err.contains("interrupted"))
        #expect(r.err.contains("t.deal:1:1"))
    }
}

@Suite struct CyclicValueTests {
    @Test func aListContainingItselfPrintsAndComparesSafely() {
        let r = run("let xs = [1]\nxs[0] = xs\nprint len(str(xs)) > 0\nprint xs == xs")
        #expect(r.out == "true\n")
        #expect(r.err.contains("values nested too deeply to compare"))
        #expect(run("let xs = [1]\nxs[0] = xs\nprint xs", options: SessionOptions(json: true)).out.hasPrefix("[[[["))
    }
}
