// save, load, save: identical bytes, an equal scenario and identical vesting output, for the
// built-in scenario, every example, and numbers that have no short decimal form.
import CivilTime
import DealModel
import Foundation
import Testing

@testable import DealLibrary
@testable import DealScript

@Suite struct RoundTripTests {
    /// Saves the current scenario of `session`, loads it in a fresh session, saves again.
    func roundTrip(_ session: Session, in dir: String) throws -> (first: String, second: String, loaded: Session) {
        let a = dir + "/a.deal"
        let b = dir + "/b.deal"
        #expect(session.runScript("save \"\(a)\"", file: "t"))
        let (fresh, _) = persistSession(builtIn: false)
        #expect(fresh.runScript("load \"\(a)\"\nsave \"\(b)\"", file: "t"), "\(fresh.lastDiagnostic?.message ?? "")")
        return (contents(a), contents(b), fresh)
    }

    func vesting(_ session: Session) -> String {
        let buffer = Buffer()
        let s = DealSession.make(options: SessionOptions(width: 100), output: buffer, loadBuiltIn: false)
        s.context.deal.book.scenario = session.book.scenario
        _ = s.runEntry("vesting at: 2030-10-05\ntimeline", file: "t", firstLine: 1)
        return buffer.out
    }

    @Test func theBuiltInScenarioRoundTripsByteForByte() throws {
        let dir = try scratchFolder()
        let (session, _) = persistSession()
        let r = try roundTrip(session, in: dir)
        #expect(!r.first.isEmpty)
        #expect(r.first == r.second)
        #expect(r.loaded.book.scenario == session.book.scenario)
        #expect(r.loaded.book.scenario == Scenario.builtIn(named: "amd-openai"))
        #expect(vesting(r.loaded) == vesting(session))
        #expect(vesting(session).contains("160,000,000 shares vested"))
    }

    @Test(arguments: ["amd-openai", "back-loaded-tranches", "bear", "delayed-deliveries"])
    func everyExampleRoundTrips(_ name: String) throws {
        let dir = try scratchFolder()
        let (session, _) = persistSession(builtIn: false)
        #expect(session.runScript("load \"\(repositoryRoot)/examples/\(name).deal\"", file: "t"))
        let r = try roundTrip(session, in: dir)
        #expect(r.first == r.second)
        #expect(r.loaded.book.scenario == session.book.scenario)
        #expect(vesting(r.loaded) == vesting(session))
    }

    @Test func awkwardNumbersAreWrittenExactly() throws {
        let dir = try scratchFolder()
        let (session, _) = persistSession(builtIn: false)
        #expect(
            session.runScript(
                """
                reset
                generation G shipped: 2026Q3 power: 1234.5678W + 1W / 3 memory: 7kB / 3 fp8: 1PF / 7 price: $0.1 + $0.2
                phase P gen: G size: 2GW / 3 start: 2026-07-01 ramp: 1mo / 3 shape: scurve
                milestone M1 on: 2027-01-01
                milestone M2
                warrant shares: 1_000_003 strike: $1 / 3 issued: 2026-01-02 expires: 2029-01-02 outstanding: 12_345_678_901
                tranche A shares: 1_000_003 gw: 1GW / 7 price: $123.456789 measure: avg(7td) latch: false milestone: M1 by: 2028-02-29
                price path points [[2026-01-02, $1 / 3], [2026-06-01, $2e-7], [2027-01-01, $1e300]]
                price model gbm s0: $1 / 7 on: 2026-01-02 vol: 1 / 3 drift: -0.7% seed: 9007199254740992
                """, file: "t"), "\(session.lastDiagnostic?.message ?? "")")
        let r = try roundTrip(session, in: dir)
        #expect(r.first == r.second)
        #expect(r.loaded.book.scenario == session.book.scenario)
        #expect(r.first.contains("price: $0.30000000000000004"))
        #expect(r.first.contains("shape: scurve"))
        #expect(r.first.contains("latch: false milestone: M1 by: 2028-02-29"))
        #expect(r.first.contains("milestone M2\n"))
    }

    @Test func marketClosesAreKeptAsClosesWithTheirProjection() throws {
        let dir = try scratchFolder()
        try "date,close\n2026-01-02,100\n2026-01-05,110\n2026-01-06,110\n2026-01-09,90\n".write(
            toFile: dir + "/amd.csv", atomically: true, encoding: .utf8)
        let (session, _) = persistSession()
        #expect(session.runScript("price path csv \"\(dir)/amd.csv\"\nprice path extend growth rate: 30%", file: "t"))
        let r = try roundTrip(session, in: dir)
        #expect(r.first == r.second)
        #expect(
            r.first.contains(
                "price path closes [[2026-01-02, $100], [2026-01-05, $110], [2026-01-06, $110], "
                    + "[2026-01-09, $90]]\nprice path extend growth rate: 30%\n"))
        #expect(r.loaded.book.scenario.pricePath == session.book.scenario.pricePath)
        guard let original = session.book.scenario.pricePath, let loaded = r.loaded.book.scenario.pricePath else {
            Issue.record("no price path")
            return
        }
        var day = CivilDate(year: 2025, month: 12, day: 25)!
        while day <= CivilDate(year: 2026, month: 1, day: 20)! {
            let (a, b) = (loaded.close(on: day), original.close(on: day))
            #expect(a == b || (a.isNaN && b.isNaN), "\(day)")
            day = day.adding(days: 1)
        }
    }

    /// A real download (28 closes, one per line in the file) then a linear projection.
    @Test func aYahooDownloadAndItsProjectionRoundTrip() throws {
        let dir = try scratchFolder()
        let (session, _) = persistSession()
        let csv = repositoryRoot + "/Tests/Fixtures/csv/amd-yahoo.csv"
        #expect(
            session.runScript(
                "price path csv \"\(csv)\"\nprice path extend linear to: $400 until: 2026-06-30", file: "t"))
        let r = try roundTrip(session, in: dir)
        #expect(r.first == r.second)
        #expect(r.first.contains("price path closes [\n    [2025-09-02, $"))
        #expect(r.first.contains("    [2025-10-06, $203.710007],\n"))
        #expect(r.first.contains("]\nprice path extend linear to: $400 until: 2026-06-30\n"))
        #expect(r.loaded.book.scenario.pricePath == session.book.scenario.pricePath)
        #expect(try r.loaded.book.scenario.vestingOutcome().tranches == session.book.scenario.vestingOutcome().tranches)
    }

    @Test func provenanceSurvivesTheRoundTrip() throws {
        let dir = try scratchFolder()
        let (session, _) = persistSession()
        let r = try roundTrip(session, in: dir)
        #expect(r.first.contains("# source: warrant.shares is public (AMD 8-K and Exhibit 4.1, 2025-10-05)"))
        #expect(r.loaded.book.scenario.provenance == session.book.scenario.provenance)
        #expect(!session.book.scenario.provenance.isEmpty)
    }
}
