// Price paths and the rolling measure, on hand-computed series.
import Testing

@testable import DealModel

@Test func growthCompoundsOverTradingDays() {
    let path = PricePath.growth(from: 100, start: date(2026, 1, 2), rate: 0.3)
    #expect(path.close(on: date(2025, 12, 1)) == 100)  // flat before
    #expect(path.close(on: date(2026, 1, 2)) == 100)
    // 2026-01-05 is the 1st trading day after 2026-01-02.
    #expect(abs(path.close(on: date(2026, 1, 5)) - 100 * libmPow(1.3, 1.0 / 252)) < 1e-12)
    // Through 2026-12-31: 250 trading days after 2026-01-02 (251 in 2026 minus the 2nd).
    #expect(abs(path.close(on: date(2026, 12, 31)) - 100 * libmPow(1.3, 250.0 / 252)) < 1e-10)
}

@Test func linearAndPointsJoinInCalendarDays() {
    let lin = PricePath.linear(from: 100, start: date(2026, 1, 1), to: 200, end: date(2026, 1, 11))
    #expect(lin.close(on: date(2025, 12, 31)) == 100)
    #expect(lin.close(on: date(2026, 1, 6)) == 150)
    #expect(lin.close(on: date(2026, 2, 1)) == 200)
    let pts = PricePath.points([
        PricePoint(date: date(2026, 1, 1), price: 10),
        PricePoint(date: date(2026, 1, 5), price: 50),
        PricePoint(date: date(2026, 1, 7), price: 30),
    ])
    #expect(pts.close(on: date(2026, 1, 2)) == 20)
    #expect(pts.close(on: date(2026, 1, 5)) == 50)
    #expect(pts.close(on: date(2026, 1, 6)) == 40)
    #expect(pts.close(on: date(2027, 1, 1)) == 30)
}

@Test func closesHoldTheLastClose() {
    let closes = PricePath.closes([
        PricePoint(date: date(2026, 1, 2), price: 100),
        PricePoint(date: date(2026, 1, 6), price: 110.5),
    ])
    #expect(closes.close(on: date(2026, 1, 1)).isNaN)  // no price before the first row
    #expect(closes.close(on: date(2026, 1, 5)) == 100)
    #expect(closes.close(on: date(2026, 1, 6)) == 110.5)
    #expect(closes.close(on: date(2026, 3, 1)) == 110.5)
}

@Test func pathErrorsCarryTheTermAndTheValues() {
    var s = Scenario()
    let pointTwo = ModelTerm("price path", point: 2)
    #expect(throws: ModelError.datesNotIncreasing(pointTwo, given: date(2026, 1, 2), previous: date(2026, 1, 5))) {
        try s.setPricePath(
            .closes([
                PricePoint(date: date(2026, 1, 5), price: 100),
                PricePoint(date: date(2026, 1, 2), price: 101),
            ]))
    }
    #expect(throws: ModelError.notPositive(pointTwo, .price, given: -4, limit: .greatestFiniteMagnitude)) {
        try s.setPricePath(
            .points([
                PricePoint(date: date(2026, 1, 2), price: 100),
                PricePoint(date: date(2026, 1, 5), price: -4),
            ]))
    }
    #expect(throws: ModelError.noPoints(ModelTerm("price path", "points"))) { try s.setPricePath(.closes([])) }
    let growth = ModelError.growthOutOfRange(
        ModelTerm("price path", "growth", label: "rate"), given: -1,
        above: -1, upTo: 100)
    #expect(throws: growth) { try s.setPricePath(.growth(from: 1, start: date(2026, 1, 1), rate: -1)) }
    #expect(growth.kind == .invalidValue)
    let reversed = ModelError.endNotAfterStart(
        ModelTerm("price path", "linear"), start: date(2026, 2, 1),
        end: date(2026, 1, 1))
    #expect(throws: reversed) {
        try s.setPricePath(.linear(from: 1, start: date(2026, 2, 1), to: 2, end: date(2026, 1, 1)))
    }
    #expect(reversed.kind == .inconsistent)
    #expect(s.pricePath == nil)
}

@Test func rollingMeanOnAHandComputedSeries() {
    // Window 3, days before the first counting as the first close (10).
    let m = MeasureBuffer.measure(closes: [10, 13, 16, 1, 4], window: 3)
    #expect(m == [10, 11, 13, 10, 7])
    #expect(MeasureBuffer.measure(closes: [5, 7], window: 1) == [5, 7])
    // Known history (oldest first) replaces the flat lead.
    #expect(MeasureBuffer.measure(closes: [10, 13], window: 3, history: [1, 4]) == [5, 9])
}

@Test func twentyDayAverageOnARamp() {
    // Closes 1, 2, ..., 30: the 20-day average on day i ≥ 19 is the mean of i-18...i+1 = i - 8.5.
    let closes = (1...30).map(Double.init)
    let m = MeasureBuffer.measure(closes: closes, window: 20)
    #expect(m[19] == 10.5)
    #expect(m[29] == 20.5)
    // Day 0 of a flat-before path: all twenty are the first close.
    #expect(m[0] == 1)
    #expect(m[1] == 21.0 / 20)  // nineteen 1s and a 2
}
