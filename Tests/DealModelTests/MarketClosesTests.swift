// Market closes are data: no price before the first row, so no target is met before it;
// `extend` continues a path from its last close.
import CivilTime
import Testing

@testable import DealModel

/// Closes from 2026-03-02 at $400, above every target up to $400.
private let lateCloses = PricePath.closes([
    PricePoint(date: date(2026, 3, 2), price: 400),
    PricePoint(date: date(2026, 3, 3), price: 410),
])

@Test func closesHaveNoPriceBeforeTheirFirstRow() {
    #expect(lateCloses.close(on: date(2026, 3, 1)).isNaN)
    #expect(lateCloses.close(on: date(2026, 3, 2)) == 400)
    #expect(lateCloses.close(on: date(2027, 1, 4)) == 410)  // the last close holds after the last row
    #expect(lateCloses.firstPricedDate == date(2026, 3, 2))
    #expect(PricePath.points([PricePoint(date: date(2026, 3, 2), price: 400)]).close(on: date(2026, 1, 2)) == 400)
    #expect(PricePath.growth(from: 1, start: date(2026, 1, 2), rate: 0.3).firstPricedDate == nil)
}

@Test func aTargetIsNotMetBeforeTheDataExists() throws {
    // The old reading filled $400 backwards to the issue: T2's target was "met" on 2025-10-06.
    var s = Scenario.amdOpenAI
    try s.setPricePath(lateCloses)
    let o = try s.vestingOutcome()
    // A 20-day average needs 20 closes: the 20th trading day from 2026-03-02 is 2026-03-27.
    #expect(o.tranches[1].targetMetDate == date(2026, 3, 27))
    #expect(o.tranches[1].compiled.firstPricedDay == o.grid.index(of: date(2026, 3, 27)))
    // Same-day closes: met on the first row itself.
    try s.define(Tranche(name: "T2", shares: 26_666_667, deliveredPower: 2e9, priceTarget: 250))
    #expect(try s.vestingOutcome().tranches[1].targetMetDate == date(2026, 3, 2))
    #expect(try s.vestingOutcome().table(at: date(2026, 3, 1)).rows[1].status == .waiting(for: [.gw, .price]))
}

@Test func aTrancheWithoutATargetVestsButHasNoCloseBeforeTheData() throws {
    var s = smallScenario()
    try s.setPricePath(.closes([PricePoint(date: date(2027, 8, 2), price: 50)]))
    try s.define(Tranche(name: "T1", shares: 100, deliveredPower: 1e9))
    let o = try s.vestingOutcome().tranches[0]
    #expect(o.vestDate == date(2027, 7, 1))
    #expect(o.closeOnVest == nil)
    #expect(o.valueAtVest == nil)
}

@Test func theRuleSkipsUnpricedDaysWhateverTheMeasureSays() {
    // firstPricedDay is the rule's own: even a measure met everywhere cannot vest before it.
    let latched = CompiledTranche(earliestDay: 0, lastDay: 30, priceTarget: 5, window: 1, firstPricedDay: 12)
    #expect(latched.firstWatchedDay == 12)
    #expect(latched.vestingDay { _ in 10 } == 12)
    let sameDay = CompiledTranche(earliestDay: 3, lastDay: 30, priceTarget: 5, latched: false, firstPricedDay: 12)
    #expect(sameDay.vestingDay { _ in 10 } == 12)
    #expect(CompiledTranche(earliestDay: 0, lastDay: 10, priceTarget: 5, firstPricedDay: 11).firstWatchedDay == nil)
    // No price condition: prices do not matter.
    #expect(
        CompiledTranche(earliestDay: 4, lastDay: 30, priceTarget: nil, firstPricedDay: 12).vestingDay { _ in .nan } == 4
    )
}

@Test func anAverageOverADayWithNoPriceHasNoValue() {
    let m = MeasureBuffer.measure(closes: [.nan, .nan, 10, 13, 16], window: 2, history: [.nan])
    #expect(m[0].isNaN && m[1].isNaN && m[2].isNaN)
    #expect(Array(m[3...]) == [11.5, 14.5])
    #expect(MeasureBuffer.measure(closes: [10, 13], window: 3, history: [1, 4]) == [5, 9])
}

@Test func extendContinuesFromTheLastClose() throws {
    let last = date(2026, 3, 3)  // a Tuesday
    let growth = PricePath.extended(lateCloses, .growth(rate: 0.3))
    #expect(growth.close(on: last) == 410)
    #expect(growth.close(on: date(2026, 3, 4)) == 410 * PricePath.compounding(rate: 0.3, tradingDays: 1))
    // A year of trading days after the last close grows by 30%.
    let yearOn = TradingCalendar.nyse.advance(last, tradingDays: 252)
    #expect(abs(growth.close(on: yearOn) - 410 * 1.3) < 1e-9)
    #expect(growth.close(on: date(2026, 3, 1)).isNaN)  // still no price before the data
    #expect(growth.firstPricedDate == date(2026, 3, 2))
    #expect(growth.lastDate == nil)
    let linear = PricePath.extended(lateCloses, .linear(to: 510, until: date(2026, 3, 13)))
    #expect(linear.close(on: date(2026, 3, 8)) == 460)  // halfway in calendar days
    #expect(linear.close(on: date(2027, 1, 1)) == 510)
    #expect(linear.lastDate == date(2026, 3, 13))
    #expect(PricePath.extended(lateCloses, .constant).close(on: date(2028, 1, 3)) == 410)
    // Extending again continues from where the linear extension ends.
    let twice = PricePath.extended(linear, .growth(rate: 0.3))
    #expect(twice.close(on: date(2026, 3, 16)) == 510 * PricePath.compounding(rate: 0.3, tradingDays: 1))
}

@Test func extendNeedsAPathThatEnds() {
    var s = Scenario.amdOpenAI
    #expect(throws: ModelError.noEnd(ModelTerm("price path extend"))) {
        try s.setPricePath(.extended(.growth(from: 200, start: date(2025, 10, 6), rate: 0.3), .constant))
    }
    #expect(
        throws: ModelError.endNotAfterStart(
            ModelTerm("price path extend", "linear", label: "until"),
            start: date(2026, 3, 3), end: date(2026, 3, 3))
    ) {
        try s.setPricePath(.extended(lateCloses, .linear(to: 500, until: date(2026, 3, 3))))
    }
    #expect(
        throws: ModelError.growthOutOfRange(
            ModelTerm("price path extend", "growth", label: "rate"),
            given: -1, above: -1, upTo: 100)
    ) {
        try s.setPricePath(.extended(lateCloses, .growth(rate: -1)))
    }
}
