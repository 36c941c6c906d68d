// Several deals on one share price: the built-ins, the combined dilution, save and load of a
// two-deal book, and `deal NAME` choosing which deal the terms commands edit.
import DealModel
import Foundation
import Testing

@testable import DealLibrary
@testable import DealScript

@Suite struct SeveralDealsTests {
    @Test func bothWarrantsFullyVestedDiluteBy320MOver1950M() throws {
        let (session, _) = persistSession(builtIn: false)
        #expect(session.runScript("load \"amd-both\"\nlet v = vesting()\nlet w = show(\"warrant\")", file: "t"))
        let expected = 320_000_000.0 / (1_630_000_000.0 + 320_000_000.0)
        func number(_ name: String, _ field: String) -> Double? {
            guard case .object(let o)? = session.globalValue(name), case .number(let x, _)? = o.field(field) else {
                return nil
            }
            return x
        }
        guard let vested = number("v", "vested_shares"), let dilution = number("v", "dilution"),
            let full = number("w", "dilution_fully_vested")
        else {
            Issue.record("vesting and show warrant give vested_shares and dilution")
            return
        }
        #expect(vested == 320_000_000)
        #expect(abs(dilution - expected) < 1e-15)
        #expect(abs(full - expected) < 1e-15)
        #expect(abs(expected - 0.16410256410256410) < 1e-15)
    }

    @Test func metaFollowsTheFactsAndTagsEveryTerm() throws {
        let meta = try #require(Scenario.builtIn(named: "amd-meta"))
        #expect(meta.deals.map(\.name) == ["Meta"])
        let w = try #require(meta.warrant)
        #expect(w.shares == 160_000_000 && w.strike == 0.01)
        #expect("\(w.issued)" == "2026-02-24" && "\(w.expires)" == "2031-02-24")
        #expect(meta.tranches.map(\.shares).reduce(0, +) == 160_000_000)
        #expect(meta.tranches.map(\.priceTarget) == [nil, 250, 320, 400, 500, 600])
        #expect(meta.deployment.totalWatts == 6e9)
        #expect("\(meta.deployment.firstDate(reaching: 6e9)!)" == "2030-10-01")
        for key in ["shares", "strike", "issued", "expires", "outstanding"] {
            #expect(meta.provenance(of: TermKey.warrant(key)) != nil, "warrant.\(key) has a source or assumption")
        }
        for t in meta.tranches {
            #expect(meta.provenance(of: TermKey.tranche(t.name, "shares"))?.isAssumption == true)
        }
        let both = try #require(Scenario.builtIn(named: "amd-both"))
        #expect(both.deals.map(\.name) == ["OpenAI", "Meta"])
        #expect(both.alone(0) == Scenario.amdOpenAI)
        #expect(both.alone(1) == meta)
    }

    @Test func aTwoDealBookRoundTripsByteForByte() throws {
        let dir = try scratchFolder()
        let (session, _) = persistSession(builtIn: false)
        #expect(
            session.runScript(
                """
                load "amd-both"
                deal Meta
                phase M3 slip: triangular(0mo, 3mo, 12mo) delivers: uniform(70%, 100%) correlation: -50%
                tranche T6 price: $650
                deal OpenAI
                phase P3 slip: 6mo
                scenario bear
                deal Meta
                save "\(dir)/a.deal"
                """, file: "t"), "\(session.lastDiagnostic?.message ?? "")")
        let (fresh, _) = persistSession(builtIn: false)
        #expect(fresh.runScript("load \"\(dir)/a.deal\"\nsave \"\(dir)/b.deal\"", file: "t"))
        #expect(contents("\(dir)/a.deal") == contents("\(dir)/b.deal"))
        #expect(fresh.book == session.book)
        let s = fresh.book.scenario
        #expect(s.currentDealName == "Meta")
        #expect(s.phase(named: "M3")?.slip == Slip(.triangular(low: 0, mode: 3, high: 12), .months))
        #expect(s.phase(named: "M3")?.delivers == .uniform(low: 0.7, high: 1))
        #expect(s.phase(named: "M3")?.correlation == -0.5)
        #expect(s.tranche(named: "T6")?.priceTarget == 650)
        // Provenance went back to the deal it belongs to; amended terms are the user's own.
        #expect(s.provenance(of: TermKey.warrant("issued")) == .disclosed(source: "AMD 8-K, 2026-02-24"))
        #expect(s.provenance(of: TermKey.tranche("T6", "price")) == nil)
        #expect(s.focused(on: 0).provenance(of: TermKey.tranche("T6", "price")) != nil)
    }

    @Test func dealNamesTheUnnamedDealOrAddsOne() throws {
        var s = Scenario()
        try s.selectDeal(named: "OpenAI")
        #expect(s.deals.map(\.name) == ["OpenAI"])
        var old = Scenario.amdOpenAI
        old.deals[0].name = ""
        try old.selectDeal(named: "Meta")
        #expect(old.deals.map(\.name) == ["", "Meta"])
        #expect(old.currentDeal == 1 && old.tranches.isEmpty)
        #expect(throws: ModelError.self) { try old.selectDeal(named: "") }
    }
}
