// Delivery risk in `simulate`: a zero-width distribution is no risk at all (to the byte), a
// distribution of one value is that fixed slip, and what binds adds up.
import DealModel
import Foundation
import Testing

@testable import DealLibrary
@testable import DealScript

@Suite struct DeliveryRiskTests {
    /// The printed text and the --json document of `script` then `simulate`.
    func printed(_ script: String, json: Bool = false) -> String {
        var options = SessionOptions(width: 100)
        options.json = json
        let buffer = Buffer()
        let session = DealSession.make(options: options, output: buffer)
        _ = session.runEntry(script + "\nsimulate paths: 4000", file: "t", firstLine: 1)
        #expect(buffer.err.isEmpty, "\(buffer.err)")
        return buffer.out
    }

    func result(_ script: String, method: String = "reduced") throws -> SimulationResult {
        let (session, _) = persistSession()
        #expect(session.runScript(script + "\nlet r = simulate(paths: 4000, method: \"\(method)\")", file: "t"))
        guard case .object(let o)? = session.globalValue("r"), let r = o as? SimulationObject else {
            throw ScriptError("no simulation")
        }
        return r.result
    }

    @Test func aZeroWidthSlipIsByteForByteNoSlip() throws {
        let zero = "phase P3 slip: uniform(0mo, 0mo)\nphase P2 delivers: triangular(100%, 100%, 100%)"
        #expect(printed(zero) == printed(""))
        #expect(printed(zero, json: true) == printed("", json: true))
        #expect(try result(zero) == result(""))
    }

    @Test func aDistributionOfOneValueIsThatFixedSlip() throws {
        let drawn = try result("phase P3 slip: uniform(6mo, 6mo)")
        let fixed = try result("phase P3 slip: 6mo")
        #expect(drawn == fixed)
        #expect(fixed.tranches[5].probability == 0)  // 6 GW would come on 2031-01-01, after expiry
    }

    @Test func whatBindsAddsUpToTheLapses() throws {
        let base = try result("")
        let slipped = try result("phase P3 slip: 6mo")
        for t in slipped.tranches {
            let lapsed = (t.lapsedForDelivery ?? -1) + (t.lapsedForPrice ?? -1) + (t.lapsedForBoth ?? -1)
            #expect(abs(lapsed + t.probability - 1) < 1e-12, "\(t.name)")
        }
        // T6 lapses on every path for want of gigawatts; its target is met on exactly the paths
        // on which it vests without the slip.
        let t6 = slipped.tranches[5]
        #expect(t6.lapsedForPrice == 0)
        #expect(t6.lapsedForDelivery == base.tranches[5].probability)
        #expect(base.tranches[5].lapsedForDelivery == 0 && base.tranches[5].lapsedForBoth == 0)
        // A slip drawn per path lies between none and the whole 12 months.
        let drawn = try result("phase P3 slip: uniform(0mo, 12mo)")
        #expect(drawn.tranches[5].probability < base.tranches[5].probability)
        #expect(drawn.tranches[5].probability > 0.5 * 0.25 * base.tranches[5].probability)
        #expect(drawn.tranches[0] == base.tranches[0])
    }

    @Test func aSlipCorrelatedWithThePriceMovesTheOddsAndKeepsTheValueUnbiased() throws {
        let independent = try result("phase P3 slip: uniform(0mo, 12mo)")
        #expect(try result("phase P3 slip: uniform(0mo, 12mo) correlation: 0%") == independent)
        // Negative: deliveries slip when AMD has fallen, so T6's gigawatts come on the paths on
        // which its $600 target is within reach: it vests more often.
        let together = try result("phase P3 slip: uniform(0mo, 12mo) correlation: -90%")
        let against = try result("phase P3 slip: uniform(0mo, 12mo) correlation: 90%")
        #expect(together.tranches[5].probability > 2 * independent.tranches[5].probability)
        #expect(against.tranches[5].probability < independent.tranches[5].probability)
        // The control variate stays unbiased: plain sampling agrees within 4 standard errors.
        let plain = try result("phase P3 slip: uniform(0mo, 12mo) correlation: -90%", method: "plain")
        let spread =
            (together.fairValue.stderr * together.fairValue.stderr
            + plain.fairValue.stderr * plain.fairValue.stderr).squareRoot()
        #expect(abs(together.fairValue.value - plain.fairValue.value) < 4 * spread)
    }
}
