// Model objects' fields and units, report JSON names, rollback and `load` of a file.
import CivilTime
import DealModel
import Foundation
import Testing

@testable import DealLibrary
@testable import DealScript

@Suite struct DealObjects {
    @Test func trancheFieldsOnTheBuiltInPath() throws {
        guard case .object(let t) = try evaluate("tranche(\"T2\")") else {
            Issue.record("not an object")
            return
        }
        #expect(t.typeName == "tranche")
        guard case .number(let shares, .none)? = t.field("shares"), case .number(let gw, .watts)? = t.field("gw"),
            case .number(let price, .dollars)? = t.field("price"), case .date(let vest)? = t.field("vest_date"),
            case .number(let value, .dollars)? = t.field("value"), case .number(let close, .dollars)? = t.field("close")
        else {
            Issue.record("fields missing or with the wrong unit")
            return
        }
        #expect(shares == 26_666_667)
        #expect(gw == 2e9)
        #expect(price == 250)
        #expect(vest == CivilDate(year: 2028, month: 3, day: 1))
        // Value at vest = shares × (close − strike); the close that day is $381.65 (docs/MODEL.md).
        #expect(abs(close - 381.65) < 0.005)
        #expect(abs(value - 26_666_667 * (close - 0.01)) < 1e-3)
        #expect(t.field("nonsense") == nil)
    }

    @Test func phaseAndGenerationFields() throws {
        guard case .number(let size, .watts) = try evaluate("phase(\"P2\").size"),
            case .duration(let ramp) = try evaluate("phase(\"P2\").ramp"),
            case .number(let power, .watts) = try evaluate("generation(\"MI500\").power"),
            case .number(let fp4, .flops) = try evaluate("generation(\"MI450\").fp4")
        else {
            Issue.record("wrong kinds")
            return
        }
        #expect(size == 1.5e9)
        #expect(ramp == CalendarDuration(12, .months))
        #expect(power == 3500)
        #expect(fp4 == 40e15)
    }

    @Test func vestingJSONHasStableSnakeCaseNames() throws {
        let (session, out) = dealSession(json: true)
        #expect(session.runScript("vesting at: 2030-10-05", file: "t"))
        let doc = try JSONSerialization.jsonObject(with: Data(out.out.utf8)) as? [String: Any]
        #expect(doc?["type"] as? String == "vesting table")
        #expect(doc?["vested_shares"] as? Int == 160_000_000)
        let rows = doc?["rows"] as? [[String: Any]] ?? []
        #expect(rows.count == 6)
        #expect(
            rows.first.map { Set($0.keys) } == [
                "tranche", "shares", "conditions", "status", "waiting_for", "vest_date", "lapse_date", "close", "value",
                "vested_shares", "vested_value", "dilution",
            ])
        #expect(rows.first?["status"] as? String == "vested")
        #expect(rows.last?["vest_date"] as? String == "2030-07-01")
    }

    @Test func aFailedStatementLeavesTheBookUnchanged() {
        let (session, _) = dealSession()
        let before = session.book
        #expect(!session.runScript("tranche T2 shares: 26_666_667 gw: 2GW price: -$5", file: "t"))
        #expect(!session.runScript("phase P1 gen: MI999 size: 1GW start: 2026-07-01", file: "t"))
        #expect(session.book == before)
    }

    @Test func loadRunsAFileAndReplacesTheScenarioOnlyOnSuccess() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("deal-load-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let good = dir.appendingPathComponent("good.deal").path
        let bad = dir.appendingPathComponent("bad.deal").path
        try "load \"amd-openai\"\nprice path constant $300\n".write(toFile: good, atomically: true, encoding: .utf8)
        try "reset\ngeneration G power: -3kW\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let (session, out) = dealSession()
        let before = session.book
        #expect(!session.runScript("load \"\(bad)\"", file: "t"))
        #expect(session.book == before)
        #expect(out.err.contains("bad.deal:2"))
        #expect(session.runScript("load \"\(good)\"", file: "t"))
        #expect(session.book.scenario.pricePath == .constant(300))
        #expect(session.book.currentName == "base")
    }

    @Test func sandboxRefusesFilesNotNamed() {
        let out = Buffer()
        let session = DealSession.make(options: SessionOptions(sandbox: true), output: out, loadBuiltIn: false)
        session.commands.registerDealVocabulary()
        #expect(!session.runScript("load \"examples/bear.deal\"", file: "t"))
        #expect(session.lastDiagnostic?.message.contains("--sandbox") == true)
    }

    @Test func showWarrantMarksPublicAndAssumedTerms() throws {
        let (session, out) = dealSession(width: 200)
        #expect(session.runScript("show warrant", file: "t"))
        let lines = out.out.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("warrant shares") && $0.contains("public") && $0.contains("AMD 8-K") })
        #expect(lines.contains { $0.hasPrefix("warrant expires") && $0.contains("assumption") })
        #expect(lines.contains { $0.hasPrefix("T6 price") && $0.contains("public") })
        #expect(lines.contains { $0.hasPrefix("T2 price") && $0.contains("assumption") })
        // A redefined term is the user's own.
        #expect(session.runScript("tranche T2 shares: 26_666_667 gw: 2GW price: $260\nshow warrant", file: "t"))
        #expect(out.out.split(separator: "\n").contains { $0.hasPrefix("T2 price") && $0.contains("yours") })
    }
}
