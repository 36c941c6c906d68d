// History rules: newest last, one copy of each text, bounded, merged across two shells.
import Testing

@testable import DealShell

@Suite struct HistoryListTests {
    @Test func appendingMovesARepeatToTheEnd() {
        let entries = HistoryList.appending("vesting", to: ["vesting", "timeline", "show warrant"])
        #expect(entries == ["timeline", "show warrant", "vesting"])
    }

    @Test func blankEntriesAreNotRemembered() {
        #expect(HistoryList.appending("   ", to: ["a"]) == ["a"])
        #expect(HistoryList.appending("", to: []) == [])
    }

    @Test func theOldestGoPastTheLimit() {
        let entries = (1...5).map { "print \($0)" }
        let bounded = HistoryList.appending("print 6", to: entries, limit: 3)
        #expect(bounded == ["print 4", "print 5", "print 6"])
    }

    @Test func mergingKeepsTheOtherShellsEntriesAndPutsOursNewest() {
        // Shell A wrote "a1", "shared"; shell B now adds "b1" and "shared".
        let merged = HistoryList.merging(stored: ["a1", "shared", "a2"], added: ["b1", "shared"])
        #expect(merged == ["a1", "a2", "b1", "shared"])
    }

    @Test func mergingBoundsTheResult() {
        let merged = HistoryList.merging(stored: ["1", "2", "3"], added: ["4", "5"], limit: 2)
        #expect(merged == ["4", "5"])
    }

    @Test func deduplicatingKeepsTheNewestCopy() {
        #expect(HistoryList.deduplicated(["x", "y", "x", "z", "y"]) == ["x", "z", "y"])
    }
}
