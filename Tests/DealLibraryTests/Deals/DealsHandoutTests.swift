// The handout's new sections: what binds, the deals side by side (odds together, economics),
// two scenarios compared; and `explain deals`.
import DealModel
import Foundation
import Testing

@testable import DealLibrary
@testable import DealScript

@Suite struct DealsHandoutTests {
    @Test func aTwoDealHandoutShowsTheDealsTogetherWhatBindsAndAComparison() throws {
        let dir = try scratchFolder()
        let (session, _) = persistSession(builtIn: false)
        #expect(
            session.runScript(
                """
                load "amd-both"
                scenario late from: base
                deal Meta
                phase M3 slip: uniform(0mo, 12mo)
                report to: "\(dir)/both.html" compare: base paths: 2000
                """, file: "t"), "\(session.lastDiagnostic?.message ?? "")")
        let html = contents(dir + "/both.html")
        for part in [
            "<h2>The deals side by side</h2>", "<h3>What binds, deal Meta: delivery or the market</h3>",
            "what binds: paths on which each tranche lapsed", "P(every deal fully vests) = ",
            "<h3>Deal economics, per GW delivered</h3>", "<h2>Two scenarios compared: late and base</h2>",
            "vesting: late vs base, deal by deal", "combined dilution 16.41%", "deal Meta: vesting on 2031-02-24",
            "nominal plan: the delivery risk of M3 is a distribution",
        ] {
            #expect(html.contains(part), "\(part)")
        }
    }

    @Test func aSingleDealHandoutGainsEconomicsAndWhatBinds() throws {
        let dir = try scratchFolder()
        let (session, _) = persistSession()
        #expect(session.runScript("report to: \"\(dir)/one.html\" paths: 2000", file: "t"))
        let html = contents(dir + "/one.html")
        #expect(html.contains("<h2>Deal economics, per GW delivered</h2>"))
        #expect(html.contains("$15.42B"))  // revenue per GW: $92.5B over 6 GW
        #expect(html.contains("<h3>What binds: delivery or the market</h3>"))
        #expect(html.contains("lapses for want of price"))
        #expect(!html.contains("The deals side by side"))
    }

    @Test func explainDealsSaysWhatTheShareholdersFaceTogether() throws {
        let (session, buffer) = persistSession(builtIn: false)
        #expect(session.runScript("load \"amd-both\"\nexplain deals", file: "t"))
        #expect(buffer.out.contains("are diluted by 16.41%"))
        #expect(buffer.out.contains("320,000,000 shares"))
    }
}
