// Amending a term that exists: only the labels given change; a bad value changes nothing.
import CivilTime
import DealModel
import Testing

@testable import DealLibrary
@testable import DealScript

@Suite struct AmendmentTests {
    /// The built-in scenario after `source` ran, and whether it ran without error.
    func scenario(after source: String) -> (Scenario, ok: Bool) {
        let session = DealSession.make(output: Buffer(), loadBuiltIn: true)
        let ok = session.runScript(source, file: "t.deal")
        return (session.book.scenario, ok)
    }

    var builtIn: Scenario { scenario(after: "").0 }

    @Test func trancheKeepsItsOtherTerms() throws {
        let (s, ok) = scenario(after: "tranche T2 price: $300")
        #expect(ok)
        let before = try #require(builtIn.tranche(named: "T2"))
        var expected = before
        expected.priceTarget = 300
        #expect(s.tranche(named: "T2") == expected)
        // Built-in T2: 26,666,667 shares, 2 GW, 20-day average, latched.
        #expect(s.tranche(named: "T2")?.shares == 26_666_667)
        #expect(s.tranche(named: "T2")?.deliveredPower == 2e9)
        #expect(s.tranche(named: "T2")?.measure == .average(tradingDays: 20))
        // Nothing else moved, and the tranches keep their order.
        #expect(s.tranches.map(\.name) == builtIn.tranches.map(\.name))
        #expect(s.tranches.filter { $0.name != "T2" } == builtIn.tranches.filter { $0.name != "T2" })
    }

    @Test func amendingKeepsTheProvenanceOfTheTermsNotGiven() {
        let (s, _) = scenario(after: "tranche T2 price: $300")
        #expect(s.provenance(of: TermKey.tranche("T2", "price")) == nil)
        #expect(
            s.provenance(of: TermKey.tranche("T2", "shares")) == builtIn.provenance(of: TermKey.tranche("T2", "shares"))
        )
        #expect(s.provenance(of: TermKey.tranche("T2", "shares")) != nil)
    }

    @Test func phaseGenerationMilestoneAndWarrantAmend() throws {
        let (s, ok) = scenario(
            after: """
                phase P1 start: 2027-01-01
                generation MI450 price: $50k
                milestone M1 on: 2027-03-31
                warrant strike: $1
                """)
        #expect(ok)
        let b = builtIn
        var p1 = try #require(b.phase(named: "P1"))
        p1.start = CivilDate(year: 2027, month: 1, day: 1)!
        #expect(s.phase(named: "P1") == p1)
        #expect(s.phase(named: "P1")?.ramp == CalendarDuration(12, .months))
        var mi450 = try #require(b.generation(named: "MI450"))
        mi450.price = 50_000
        #expect(s.generation(named: "MI450") == mi450)
        #expect(s.milestone(named: "M1")?.achieved == CivilDate(year: 2027, month: 3, day: 31))
        var w = try #require(b.warrant)
        w.strike = 1
        #expect(s.warrant == w)
        #expect(s.warrant?.shares == 160_000_000)
    }

    @Test func aNewTermStillNeedsItsRequiredLabels() {
        let (s, ok) = scenario(after: "tranche T9 price: $300")
        #expect(!ok)
        #expect(s == builtIn)
        let fresh = DealSession.make(output: Buffer(), loadBuiltIn: false)
        #expect(!fresh.runScript("warrant strike: $1", file: "t.deal"))
        #expect(fresh.lastDiagnostic?.message.hasPrefix("`warrant` needs `shares:`") == true)
    }

    @Test(arguments: [
        ("tranche T2 price: 1️⃣-$5", "tranche T2 price: must be a positive price target (like $250), got -5"),
        (
            "phase P1 gen: 1️⃣MI999",
            "phase P1 gen: names no generation: `MI999`; known: MI300X, MI325X, MI350X, MI355X, MI450, MI500"
        ),
        ("generation MI450 price: 1️⃣-$1", "generation MI450 price: must be a price per GPU of zero or more, got -1"),
        ("warrant expires: 1️⃣2025-01-01", "warrant expires: must be after issued: (2025-10-05), got 2025-01-01"),
        (
            "tranche T2 shares: 1️⃣150M",
            "tranche T2 shares: 150,000,000 brings the tranches' total to 283,333,333, past the warrant's "
                + "160,000,000 shares (T2 can hold at most 26,666,667)"
        ),
    ])
    func aBadAmendmentNamesTheTermAndChangesNothing(_ c: (String, String)) {
        let (d, line, column, session) = dealDiagnostic(c.0)
        #expect(d?.message == c.1)
        #expect(d?.line == line)
        #expect(d?.column == column)
        #expect(session.book.scenario == builtIn)
    }
}

extension AmendmentTests {
    @Test func aTotalPastTheWarrantNamesTheTrancheEditedAndTheTotal() {
        // T1 at 100M pushes the running total past 160M at T4, but T1 is what was edited.
        let (d, line, column, session) = dealDiagnostic("tranche T1 shares: 1️⃣100M")
        #expect(
            d?.message
                == "tranche T1 shares: 100,000,000 brings the tranches' total to 233,333,333, past the "
                + "warrant's 160,000,000 shares (T1 can hold at most 26,666,667)")
        #expect(d?.line == line)
        #expect(d?.column == column)
        #expect(session.book.scenario == builtIn)
    }

    @Test func aNewTrancheWithNoRoomSaysWhatTheOthersHold() {
        let (d, _, _, session) = dealDiagnostic("tranche T7 shares: 1️⃣1")
        #expect(
            d?.message
                == "tranche T7 shares: 1 brings the tranches' total to 160,000,001, past the warrant's "
                + "160,000,000 shares (the other tranches already hold 160,000,000)")
        #expect(session.book.scenario == builtIn)
    }

    @Test func aWarrantBelowTheTranchesNamesTheWarrant() {
        let (d, line, column, session) = dealDiagnostic("warrant shares: 1️⃣100M")
        #expect(
            d?.message
                == "warrant shares: 100,000,000 is below the tranches' total of 160,000,000: lower their shares first")
        #expect(d?.line == line)
        #expect(d?.column == column)
        #expect(session.book.scenario == builtIn)
    }
}
