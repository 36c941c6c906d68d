// Checks the vesting rule's streaming pieces (what the Monte Carlo drives) against the
// whole-path rule on hand-made measures.
import Testing

@testable import DealModel

@Suite struct StreamingRuleTests {
    let measure: [Double] = [100, 120, 260, 240, 230, 255, 300]

    @Test func latchedVestsAtEarliestWhenTargetMetBefore() {
        let t = CompiledTranche(earliestDay: 4, lastDay: 6, priceTarget: 250)
        #expect(t.firstWatchedDay == 0)
        #expect(t.vestingDay { measure[$0] } == 4)  // met on day 2, vests when gw arrives on day 4
        #expect(t.vestingDay(metOn: 2) == 4)
    }

    @Test func sameDayNeedsTargetOnOrAfterEarliest() {
        let t = CompiledTranche(earliestDay: 3, lastDay: 6, priceTarget: 250, latched: false)
        #expect(t.firstWatchedDay == 3)
        #expect(t.vestingDay { measure[$0] } == 5)
    }

    @Test func noPriceConditionVestsAtEarliest() {
        let t = CompiledTranche(earliestDay: 2, lastDay: 6, priceTarget: nil)
        #expect(t.vestingDay { _ in 0 } == 2)
    }

    @Test func lapsesAfterLastDayOrWithoutEarliest() {
        #expect(CompiledTranche(earliestDay: 0, lastDay: 1, priceTarget: 250).vestingDay { measure[$0] } == nil)
        #expect(CompiledTranche(earliestDay: nil, lastDay: 6, priceTarget: 250).firstWatchedDay == nil)
        #expect(CompiledTranche(earliestDay: 7, lastDay: 6, priceTarget: nil).vestingDay { _ in 0 } == nil)
    }
}
