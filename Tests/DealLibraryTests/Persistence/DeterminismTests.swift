import Foundation
import Testing

// The same script prints the same bytes and writes the same files on every run.
@testable import DealLibrary
@testable import DealScript

@Suite struct DeterminismTests {
    func runOnce(json: Bool) throws -> (out: String, files: [String]) {
        let dir = try scratchFolder()
        let (session, out) = persistSession(options: SessionOptions(json: json, width: 100))
        let script = """
            tranche T4 shares: 26_666_667 gw: 4GW price: $390 measure: avg(20td)
            price path points [[2025-10-06, $203.71], [2027-06-01, $410], [2029-01-01, $520]]
            vesting at: 2029-06-30
            timeline
            deployment at: 2028-01-01
            show warrant
            export vesting to: "\(dir)/v.csv"
            export timeline to: "\(dir)/t.json"
            save "\(dir)/s.deal"
            """
        #expect(session.runScript(script, file: "t"))
        let files = ["v.csv", "t.json", "s.deal"].map { contents(dir + "/" + $0) }
        return (out.out, files)
    }

    @Test(arguments: [false, true])
    func twoRunsGiveIdenticalBytes(_ json: Bool) throws {
        let a = try runOnce(json: json)
        let b = try runOnce(json: json)
        #expect(!a.out.isEmpty)
        #expect(a.out == b.out)
        #expect(a.files == b.files)
        #expect(a.files.allSatisfy { !$0.isEmpty })
    }
}
