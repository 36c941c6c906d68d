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

    @Test func simulationSweepCompareAndGreeksExport() throws {
        let dir = try scratchFolder()
        let (session, out) = persistSession(options: SessionOptions(json: true))
        #expect(
            session.runScript(
                """
                export simulation paths: 2000 to: "\(dir)/s.csv"
                export simulation paths: 2000 to: "\(dir)/s.json"
                simulate paths: 2000
                export sweep vol: [40%, 60%] paths: 1000 to: "\(dir)/w.csv"
                scenario bull from: base
                export compare base bull to: "\(dir)/c.csv"
                export greeks paths: 1000 to: "\(dir)/g.csv"
                """, file: "t"))
        #expect(contents(dir + "/s.json") == out.out)  // the JSON file is the --json document
        let rows = contents(dir + "/s.csv").split(separator: "\n").map(String.init)
        #expect(
            rows.first == "name,shares,probability,stderr,mean_vest_date,fair_value_usd,fair_value_stderr_usd,"
                + "expected_value_usd,expected_value_stderr_usd,settled")
        #expect(rows.count == 8 && rows[1].hasPrefix("T1,26666667,1,0,2027-07-01,") && rows[7].hasPrefix("warrant,"))
        let sweep = contents(dir + "/w.csv").split(separator: "\n").map(String.init)
        #expect(sweep.count == 3 && sweep[0].hasPrefix("vol,drift,T1,") && sweep[0].contains("fair_value_usd"))
        #expect(contents(dir + "/c.csv").split(separator: "\n").count > 6)
        let greeks = contents(dir + "/g.csv").split(separator: "\n").map(String.init)
        #expect(
            greeks.count == 8 && greeks[0].hasPrefix("name,fair_value_usd,fair_value_stderr_usd,delta,delta_stderr"))
        #expect(!session.runScript("export simulation colour: 3 to: \"\(dir)/x.csv\"", file: "t"))
    }

    @Test func exportNamesWhatItAccepts() {
        let (session, out) = persistSession()
        #expect(!session.runScript("export simulate to: \"x.csv\"", file: "t"))
        #expect(out.err.contains("export accepts vesting, timeline, deployment, compare, simulation, sweep, greeks"))
        #expect(!session.runScript("export vesting to: \"x.txt\"", file: "t"))
        #expect(out.err.contains("needs a .csv or .json file name"))
    }
}
