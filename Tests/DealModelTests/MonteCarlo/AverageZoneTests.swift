// Checks the bound that lets the kernel skip summing an average window: a log price below a
// tranche's zone threshold always gives a close below its fast threshold.
import CivilTime
import Foundation
import Testing

@testable import DealModel

@Suite struct AverageZoneTests {
    @Test func closesBelowTheZoneAreBelowTheTarget() throws {
        let targets: [Double] = [0.5, 203.71, 250, 333.33, 1000, 1e6]
        let tranches = targets.map { CompiledTranche(earliestDay: 0, lastDay: 10, priceTarget: $0, window: 20) }
        let start = try #require(CivilDate(year: 2025, month: 10, day: 6))
        let input = SimulationInput(
            s0: 203.71, volatility: 0.55, drift: 0.04, lastDay: 10, tranches: tranches,
            shares: targets.map { _ in 1 }, strike: 0.01, start: start)
        let plan = SimulationPlan(input, drift: input.drift)
        for t in targets.indices {
            let zone = plan.zoneThreshold[t]
            // The largest double below the zone: its close must still be under the fast threshold,
            // and the bound must be tight (within 1e-8 relative) so the zone stays narrow.
            let justBelow = zone.nextDown
            #expect(input.s0 * exp(justBelow) < plan.fastThreshold[t])
            #expect(input.s0 * exp(zone + 2e-9) > plan.fastThreshold[t])
        }
    }

    @Test func closeTargetsHaveNoZone() throws {
        let start = try #require(CivilDate(year: 2025, month: 10, day: 6))
        let input = SimulationInput(
            s0: 100, volatility: 0.3, drift: 0, lastDay: 10,
            tranches: [CompiledTranche(earliestDay: 0, lastDay: 10, priceTarget: 120)],
            shares: [1], strike: 0, start: start)
        #expect(SimulationPlan(input, drift: 0).zoneThreshold == [-Double.infinity])
    }
}
