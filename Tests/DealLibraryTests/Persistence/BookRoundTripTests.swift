import DealModel
import Foundation
import Testing

// save, load, save with several named scenarios: identical bytes, an equal book, the same
// current scenario; a lone `base` still saves as one canonical scenario.
@testable import DealLibrary
@testable import DealScript

@Suite struct BookRoundTripTests {
    /// The built-in `base`, a `bull` with a higher target and a growth path, a `bear` whose T4
    /// needs 5 GW and a third of a dollar, unlatched, and a points path; `current` is left current.
    func threeScenarios(current: String) -> Session {
        let (session, _) = persistSession()
        #expect(
            session.runScript(
                """
                scenario bull from: base
                tranche T2 shares: 26_666_667 gw: 2GW price: $150
                price path growth from: $200 on: 2025-10-06 rate: 40%
                scenario bear from: base
                tranche T4 shares: 26_666_667 gw: 5GW price: $1 / 3 latch: false
                price path points [[2025-10-06, $160], [2027-01-04, $90]]
                use \(current)
                """, file: "t"), "\(session.lastDiagnostic?.message ?? "")")
        return session
    }

    /// Saves `session`, loads the file into a fresh session, saves again.
    func roundTrip(_ session: Session) throws -> (first: String, second: String, loaded: Session) {
        let dir = try scratchFolder()
        let a = dir + "/a.deal"
        let b = dir + "/b.deal"
        #expect(session.runScript("save \"\(a)\"", file: "t"))
        let (fresh, _) = persistSession(builtIn: false)
        #expect(fresh.runScript("load \"\(a)\"\nsave \"\(b)\"", file: "t"), "\(fresh.lastDiagnostic?.message ?? "")")
        return (contents(a), contents(b), fresh)
    }

    @Test(arguments: ["base", "bull", "bear"])
    func threeScenariosRoundTrip(current: String) throws {
        let session = threeScenarios(current: current)
        #expect(session.book.names == ["base", "bear", "bull"])
        let r = try roundTrip(session)
        #expect(!r.first.isEmpty)
        #expect(r.first == r.second)
        #expect(r.loaded.book == session.book)
        #expect(r.loaded.book.currentName == current)
        // The scenarios really differ, so an equal book is not a book of copies.
        let bull = try r.loaded.book.scenario(named: "bull")
        let bear = try r.loaded.book.scenario(named: "bear")
        #expect(bull.tranche(named: "T2")?.priceTarget == 150)
        #expect(bear.tranche(named: "T4")?.deliveredPower == 5e9)
        #expect(bear.tranche(named: "T4")?.latched == false)
        #expect(try r.loaded.book.scenario(named: "base").tranche(named: "T4")?.priceTarget == 400)
        #expect(bull.pricePath != bear.pricePath)
    }

    @Test func blocksAreBaseFirstThenByNameEndingWithUse() throws {
        let r = try roundTrip(threeScenarios(current: "bull"))
        let statements = r.first.split(separator: "\n").filter {
            $0.hasPrefix("scenario ") || $0.hasPrefix("use ") || $0 == "reset"
        }
        #expect(statements == ["reset", "scenario bear", "reset", "scenario bull", "reset", "use bull"])
        #expect(r.first.hasSuffix("\nuse bull\n"))
    }

    @Test func aLoneBaseSavesAsOneScenario() throws {
        let (session, _) = persistSession()
        let whole = ScenarioScript.text(of: session.book)
        #expect(whole == ScenarioScript.text(of: session.book.scenario, name: "base"))
        #expect(!whole.contains("\nuse "))
        #expect(!whole.contains("\nscenario "))
    }

    @Test func provenanceStaysWithItsScenario() throws {
        let session = threeScenarios(current: "base")
        // The built-in records where T2's target comes from; bull's own T2 keeps none.
        let key = "tranche.T2.price"
        let base = try session.book.scenario(named: "base")
        #expect(base.provenance[key] != nil)
        var bull = try session.book.scenario(named: "bull")
        bull.provenance[key] = nil
        session.context.deal.book.insert(bull, named: "bull")
        let r = try roundTrip(session)
        #expect(try r.loaded.book.scenario(named: "bull").provenance[key] == nil)
        #expect(try r.loaded.book.scenario(named: "base").provenance[key] == base.provenance[key])
        #expect(r.loaded.book == session.book)
    }

    @Test func aFailingLoadLeavesEveryScenario() throws {
        let dir = try scratchFolder()
        let bad = dir + "/bad.deal"
        try "scenario other\ntranche X shares: nonsense\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let session = threeScenarios(current: "bear")
        let before = session.book
        #expect(!session.runScript("load \"\(bad)\"", file: "t"))
        #expect(session.book == before)
    }
}
