import DealModel
import Foundation
import Testing

// `simulate` and `sweep` as commands: determinism across threads and runs, seeds, fields,
// text and JSON forms, refusals.
@testable import DealLibrary
@testable import DealScript

/// Output of `source` on the built-in scenario with `options`; `interrupted` stands in for
/// Ctrl-C (the process-wide flag stays untouched: other tests run in parallel).
private func output(
    _ source: String, _ options: SessionOptions = SessionOptions(),
    interrupted: @escaping @Sendable () -> Bool = { false }
) -> String {
    let buffer = Buffer()
    let session = DealSession.make(options: options, output: buffer)
    session.context.interruptRequested = interrupted
    let ok = session.runScript(source, file: "t.deal")
    return ok ? buffer.out : "ERROR: " + buffer.err
}

@Suite("simulate command")
struct SimulateCommandTests {
    @Test("same seed → the same text and JSON on 1 and 2 threads")
    func threadsDoNotMatter() {
        let one = SessionOptions(threads: 1)
        let two = SessionOptions(threads: 2)
        let text1 = output("simulate paths: 3000", one)
        let text2 = output("simulate paths: 3000", two)
        #expect(text1 == text2 && text1.contains("T6"))
        var json1 = one
        var json2 = two
        json1.json = true
        json2.json = true
        #expect(output("simulate paths: 3000", json1) == output("simulate paths: 3000", json2))
    }

    @Test("the seed: the model's by default, --seed overrides it, seed: overrides both; other seeds differ")
    func seeds() {
        let model = output("let r = simulate(paths: 2000)\nprint r.seed, r.expected_value")
        #expect(model.hasPrefix("2,025 $"))
        #expect(output("let r = simulate(paths: 2000, seed: 2025)\nprint r.seed, r.expected_value") == model)
        #expect(
            output("let r = simulate(paths: 2000)\nprint r.seed, r.expected_value", SessionOptions(seed: 2025)) == model
        )
        let other = output("let r = simulate(paths: 2000)\nprint r.seed, r.expected_value", SessionOptions(seed: 9))
        #expect(other.hasPrefix("9 ") && other != model)
        #expect(output("let r = simulate(paths: 2000, seed: 3)\nprint r.seed", SessionOptions(seed: 9)) == "3\n")
    }

    @Test("built-in scenario: probabilities in [0, 1], falling as the target rises; fields read with .")
    func builtInProbabilities() throws {
        let buffer = Buffer()
        let session = DealSession.make(output: buffer)
        #expect(
            session.runScript(
                """
                let r = simulate(paths: 4000)
                for t in r.tranches { print t.name, t.probability, t.stderr }
                print r.paths, len(r.histogram), len(r.tranches_vested), r.vested_shares.p95
                """, file: "t.deal"))
        let lines = buffer.out.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        let p = lines.prefix(6).map { Double($0[1])! }
        #expect(p.allSatisfy { $0 >= 0 && $0 <= 1 })
        #expect(p[0] == 1)  // T1 has no price target and 1 GW arrives before expiry
        #expect(zip(p, p.dropFirst()).allSatisfy { $0 >= $1 })
        for (line, prob) in zip(lines.prefix(6), p) {
            // Over antithetic pairs: no more than the binomial error of 2,000 independent paths,
            // and below that of 4,000 when the twins pull apart (they do on a price target).
            let se = Double(line[2])!
            let binomial = (prob * (1 - prob) / 4000).squareRoot()
            #expect(prob == 1 ? se == 0 : se > 0 && se < binomial)
        }
        #expect(lines[6] == ["4,000", "10", "7", "160,000,000"])
    }

    @Test("the JSON form carries SPEC §5 names")
    func jsonNames() throws {
        var options = SessionOptions()
        options.json = true
        let text = output("simulate paths: 1000", options)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(doc["paths"] as? Int == 1000 && doc["seed"] as? Int == 2025)
        for key in [
            "fair_value", "fair_value_stderr", "expected_value", "expected_value_stderr", "rate", "as_of",
            "method", "vested_shares", "value", "histogram", "tranches",
        ] { #expect(doc[key] != nil, "\(key)") }
        // Drift = rate (the built-in model): fair value and expected value are the same number.
        #expect(doc["fair_value"] as? Double == doc["expected_value"] as? Double)
        let tranches = try #require(doc["tranches"] as? [[String: Any]])
        #expect(tranches.count == 6)
        for key in [
            "name", "probability", "stderr", "mean_vest_date", "fair_value", "fair_value_stderr",
            "expected_value", "expected_value_stderr", "settled",
        ] { #expect(tranches[1][key] != nil, "\(key)") }
        let histogram = try #require(doc["histogram"] as? [[String: Any]])
        #expect(histogram.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == 1000)
    }

    @Test("the text form fits the width")
    func textFits() {
        for width in [60, 80, 120] {
            let text = output("simulate paths: 1000", SessionOptions(width: width))
            #expect(text.contains("T6") && text.contains("paths by warrant value"))
            #expect(text.split(separator: "\n").allSatisfy { $0.count <= width })
        }
    }

    /// The "tranches vested" bars count every path once: 0 of 6 through 6 of 6 sum to `paths`,
    /// and on the built-in scenario T1 (no price target) always vests, so "0 of 6" is empty.
    @Test("the text form counts paths by tranches vested")
    func vestedCountBars() throws {
        let text = output("simulate paths: 1000", SessionOptions(width: 80))
        let lines = text.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex(of: "paths by tranches vested"))
        let bars = lines[(start + 1)...(start + 7)]
        #expect(bars.first?.hasPrefix("0 of 6") == true && bars.last?.hasPrefix("6 of 6") == true)
        let counts = bars.map { Int($0.split(separator: " ").last!.replacingOccurrences(of: ",", with: ""))! }
        #expect(counts.reduce(0, +) == 1000)
        #expect(counts[0] == 0)
    }

    @Test("enormous or malformed requests are refused at once, with estimates")
    func refusals() {
        let huge = output("simulate paths: 1e15")
        #expect(huge.contains("would take about") && huge.contains("of memory") && huge.contains("use fewer paths"))
        #expect(output("simulate paths: 1e300").contains("use fewer paths"))
        #expect(output("simulate paths: 0").contains("at least 1"))
        #expect(output("simulate paths: 2.5").contains("whole number"))
        #expect(output("simulate paths: 10, seed: -1").contains("seed:"))
        #expect(output("sweep vol: [30%] paths: 1e10").contains("use fewer paths"))
    }

    @Test("Ctrl-C stops a run with a clear error")
    func interrupt() {
        #expect(output("simulate paths: 50000", interrupted: { true }).contains("interrupted"))
        #expect(output("sweep vol: [30%, 60%] paths: 5000", interrupted: { true }).contains("interrupted"))
    }
}

@Suite("sweep command")
struct SweepCommandTests {
    @Test("one row per value; each row equals simulate under that volatility with the same seed")
    func rowsMatchSimulate() {
        let sweep = output(
            """
            let s = sweep(vol: [30%, 60%], paths: 2000)
            for row in s.rows { print row.vol, row.drift, row.T3, row.expected_value }
            """)
        let direct = output(
            """
            price model gbm s0: $203.71 on: 2025-10-06 vol: 30% drift: 4% seed: 2025
            let a = simulate(paths: 2000)
            print 0.3, 0.04, a.tranches[2].probability, a.expected_value
            price model gbm s0: $203.71 on: 2025-10-06 vol: 60% drift: 4% seed: 2025
            let b = simulate(paths: 2000)
            print 0.6, 0.04, b.tranches[2].probability, b.expected_value
            """)
        #expect(sweep == direct && sweep.split(separator: "\n").count == 2)
    }

    @Test("drift: varies the drift; both lists give every pair; a bad list is refused")
    func driftAndErrors() {
        let rows = output(
            "let s = sweep(vol: [40%, 50%], drift: [0%, 4%, 8%], paths: 500)\nprint len(s.rows), s.rows[5].vol, "
                + "s.rows[5].drift"
        )
        #expect(rows == "6 0.5 0.08\n")
        #expect(output("sweep paths: 500").contains("needs `vol:` or `drift:`"))
        #expect(output("sweep vol: [] paths: 500").contains("a list of 1 to"))
        #expect(output("sweep vol: [$5] paths: 500").contains("plain numbers"))
        let table = output("sweep drift: [0%, 8%] paths: 500", SessionOptions(width: 100))
        #expect(table.contains("fair value") && table.contains("expected value"))
        #expect(table.split(separator: "\n").allSatisfy { $0.count <= 100 })
        let narrow = output("sweep drift: [0%, 8%] paths: 500", SessionOptions(width: 70))
        #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 70 })
    }
}
