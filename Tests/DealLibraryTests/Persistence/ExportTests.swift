import Foundation
import Testing

// export: reports as CSV (base units in the heading) and JSON (the --json document).
@testable import DealLibrary
@testable import DealScript

@Suite struct ExportTests {
    @Test func deploymentAsCSVInBaseUnits() throws {
        let dir = try scratchFolder()
        let (session, _) = persistSession()
        #expect(session.runScript("export deployment at: 2027-01-01 to: \"\(dir)/d.csv\"", file: "t"))
        let lines = contents(dir + "/d.csv").split(separator: "\n").map(String.init)
        #expect(lines.first == "name,kind,gen,delivered_w,size_w,gpus,revenue_usd")
        // P1 on 2027-01-01: 184 of 365 days of a 1 GW ramp; 3 kW a GPU at $45k.
        let delivered = 1e9 * 184 / 365
        let p1 = lines.first { $0.hasPrefix("P1,") }?.split(separator: ",").map(String.init) ?? []
        #expect(p1.count == 7)
        if p1.count == 7 {
            #expect(Double(p1[3]) == delivered)
            #expect(Double(p1[4]) == 1e9)
            // Whole GPUs (168,036.5 → 168,036) and the revenue they bring.
            #expect(Double(p1[5]) == (delivered / 3000).rounded(.down))
            #expect(Double(p1[6]) == (delivered / 3000).rounded(.down) * 45_000)
        }
    }

    @Test func whatATrancheWaitsForIsOneFieldOfWords() throws {
        let dir = try scratchFolder()
        let (session, _) = persistSession()
        #expect(session.runScript("export vesting at: 2028-01-03 to: \"\(dir)/v.csv\"", file: "t"))
        let lines = contents(dir + "/v.csv").split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("tranche,shares,conditions,status,waiting_for,vest_date,lapse_date,") == true)
        #expect(lines[3].hasPrefix("T3,26666667,\"3 GW, avg(20td) ≥ $320\",waiting,gw,,,"))
        #expect(lines[1].hasPrefix("T1,26666667,1 GW,vested,,2027-07-01,,"))
    }

    @Test func vestingAsJSONIsTheTablesDocument() throws {
        let dir = try scratchFolder()
        let (session, out) = persistSession(options: SessionOptions(json: true))
        #expect(
            session.runScript("export vesting at: 2030-10-05 to: \"\(dir)/v.json\"\nvesting at: 2030-10-05", file: "t"))
        #expect(contents(dir + "/v.json") == out.out)
        #expect(out.out.hasPrefix("{\"type\":\"vesting table\""))
        #expect(out.out.contains("\"vested_shares\":160000000"))
    }

    @Test func exportNamesWhatItAccepts() {
        let (session, out) = persistSession()
        #expect(!session.runScript("export simulate to: \"x.csv\"", file: "t"))
        #expect(out.err.contains("export accepts vesting, timeline, deployment"))
        #expect(!session.runScript("export vesting to: \"x.txt\"", file: "t"))
        #expect(out.err.contains("needs a .csv or .json file name"))
    }
}
