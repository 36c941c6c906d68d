import Testing

// `--max-steps` bounds a command's own work as it bounds a loop: `simulate` counts a step a
// day of each path and `range` a step a number, before any work, with a message saying so.
@testable import DealLibrary
@testable import DealScript

@Suite struct StepChargeTests {
    func runDeal(_ source: String, maxSteps: Int) -> (out: String, err: String, ok: Bool) {
        let buffer = Buffer()
        let session = DealSession.make(options: SessionOptions(threads: 1, maxSteps: maxSteps), output: buffer)
        session.context.interruptRequested = { false }
        let ok = session.runScript(source, file: "t.deal")
        return (buffer.out, buffer.err, ok)
    }

    @Test func simulateCountsItsPathDays() {
        let r = runDeal("simulate paths: 100k", maxSteps: 1_000_000)
        #expect(!r.ok)
        #expect(r.err.contains("step limit reached: simulate of 100,000 paths needs about 125,600,000 steps"))
        // The command itself counted its 100 steps first.
        #expect(r.err.contains("more than the 999,900 left (--max-steps 1000000)"))
        #expect(runDeal("simulate paths: 100", maxSteps: 1_000_000).ok)
    }

    @Test func rangeCountsItsNumbers() {
        let r = run("for i in range(10) { let l = range(100k) }", options: SessionOptions(maxSteps: 1_000_000))
        #expect(r.err.contains("`range` of 100,000 numbers needs about 100,000 steps"))
        #expect(run("let l = range(100k)", options: SessionOptions(maxSteps: 1_000_000)).ok)
    }

    @Test func buildingALongValueCountsItsItems() {
        let steps = SessionOptions(maxSteps: 20_000)
        #expect(
            run("let l = [1]\nwhile true { l = l + l }", options: steps).err.contains(
                "step limit reached: a list of 16,384 items needs about 16,384 steps"))
        #expect(
            run("let s = \"ab\"\nwhile true { s = s + s }", options: steps).err.contains(
                "step limit reached: a string of 1,048,576 bytes needs about 16,384 steps"))
    }

    @Test func aDealCommandCountsAHundredSteps() {
        let r = runDeal("for i in range(100000) { milestone M9 }", maxSteps: 1_000_000)
        #expect(r.err.contains("step limit reached: `milestone` needs about 100 steps"))
        #expect(runDeal("for i in range(9000) { milestone M9 }", maxSteps: 1_000_000).ok)
    }

    @Test func printingALargeValueCountsItsText() {
        let r = run(
            "let xs = [1, 2]\nxs[0] = xs\nxs[1] = xs\nfor i in range(1000) { print xs }",
            options: SessionOptions(maxSteps: 1_000_000))
        #expect(r.err.contains("step limit reached: showing 1,000,"))
    }

    @Test func comparingLargeValuesCountsThePairs() {
        let r = run(
            "let l = [1]\nfor i in range(40) { l = [l, l] }\nprint l == l", options: SessionOptions(maxSteps: 20_000))
        #expect(r.err.contains("step limit reached: comparing values of more than 1,024 items"))
    }

    @Test func aPassOverALongListCountsItsItems() {
        let steps = SessionOptions(maxSteps: 1_000_000)
        let summed = run("let l = range(100000)\nfor i in range(100) { let s = sum(l) }", options: steps)
        #expect(summed.err.contains("step limit reached: `sum` of 100,000 items needs about 100,000 steps"))
        let sorted = run("let l = range(100000)\nlet s = sort(l)", options: steps)
        #expect(sorted.err.contains("step limit reached: `sort` of 100,000 items needs about 1,700,000 steps"))
        #expect(run("let l = range(10000)\nlet s = sort(map(l, fn(x) { return -x }))", options: steps).ok)
    }

    @Test func shortPrintsAndTradingDaysCountToo() {
        let steps = SessionOptions(maxSteps: 1_000_000)
        // About 21 steps a print (335 characters): 5,000 prints, not 100,000, in 100,000 steps.
        let printed = run(
            "let xs = [1, 2]\nxs[1] = xs\nwhile true { print xs }", options: SessionOptions(maxSteps: 100_000))
        #expect(printed.err.contains("step limit reached"))
        #expect(printed.out.split(separator: "\n").count < 5_000)
        let moved = runDeal("while true { let t = 2026-01-01 + 100000td }", maxSteps: 1_000_000)
        #expect(moved.err.contains("step limit reached: moving a date by 100,000 trading days"))
    }

    @Test func withoutALimitNothingIsCounted() {
        #expect(run("let l = range(1M)").ok)
    }
}
