// The line the shell shows after an entry that changed the book: what changed, named as typed.
import DealScript
import Testing

@testable import DealLibrary

@Suite struct ScenarioChangeTests {
    /// The confirmation after running `entries` one by one on a fresh built-in session.
    func note(_ entries: [String], load: String? = nil) -> String? {
        let session = DealSession.make(output: Buffer())
        if let load { #expect(session.runEntry("load \"\(load)\"", file: "t", firstLine: 1)) }
        guard let before = DealSession.mark(session) else { return "no mark" }
        for e in entries { #expect(session.runEntry(e, file: "t", firstLine: 1), "\(e)") }
        guard let after = DealSession.mark(session) else { return "no mark" }
        return DealSession.confirmation(from: before, to: after)
    }

    @Test func nothingChangedSaysNothing() {
        #expect(note(["print 1", "vesting"]) == nil)
        #expect(note(["tranche T2 price: $300", "tranche T2 price: $250"]) != nil)  // sources changed
    }

    @Test func termsAreNamedAsTyped() {
        #expect(note(["tranche T2 price: $300"]) == "base: changed tranche T2 · undo takes it back")
        #expect(
            note(["tranche T2 price: $300", "tranche T3 price: $350"])
                == "base: changed tranche T2, T3 · undo takes it back")
        #expect(
            note(["phase P4 gen: MI500 size: 1GW start: 2030-01-01 ramp: 6mo"])
                == "base: added phase P4 · undo takes it back")
        #expect(note(["price path constant $300"]) == "base: changed price path · undo takes it back")
    }

    @Test func scenariosAndDeals() {
        #expect(note(["scenario bull"]) == "new scenario bull; now on bull · undo takes it back")
        #expect(note(["deal Meta"], load: "amd-both") == "now on deal Meta · undo takes it back")
        #expect(
            note(["deal Meta", "tranche T2 price: $300"], load: "amd-both")
                == "now on deal Meta; base: changed Meta tranche T2 · undo takes it back")
    }
}
