import Testing

// The progress bar's line: the bar's share, the percentage and the time left, within the width.
@testable import DealShell

@Suite struct ProgressBarTests {
    @Test func lineShowsShareAndTimeLeft() {
        let line = ProgressBar.line("simulate", done: 0.625, left: 4.2, width: 60)
        #expect(line.hasPrefix("simulate ") && line.hasSuffix(" 62%  5 s left"))
        let room = line.filter { $0 == "█" || $0 == "░" }.count
        #expect(line.filter { $0 == "█" }.count == Int(0.625 * Double(room)))
        #expect(line.count <= 60)
        #expect(ProgressBar.line("sweep", done: 0.1, left: 200, width: 80).hasSuffix("10%  4 min left"))
        #expect(ProgressBar.line("greeks", done: 1, left: 0, width: 20).contains("100%"))
    }
}
