// The vesting engine on small hand-made scenarios: calendars, latching, lapses, averages.
import CivilTime
import Testing

@testable import DealModel

private func outcome(_ s: Scenario, _ name: String) throws -> TrancheOutcome {
    try #require(try s.vestingOutcome().tranches.first { $0.tranche.name == name })
}

@Test func vestsOnTheFirstTradingDayAfterAWeekend() throws {
    // 1 GW is delivered on Saturday 2027-07-03 (a ramp of 367 days): the next trading day
    // is Tuesday 2027-07-06, because Monday 2027-07-05 observes Independence Day.
    var s = smallScenario()
    s.phases[0].ramp = CalendarDuration(367, .days)
    s.pricePath = .constant(100)
    try s.define(Tranche(name: "T1", shares: 100, deliveredPower: 1e9))
    #expect(try outcome(s, "T1").vestDate == date(2027, 7, 6))
}

@Test func vestsOnTheFirstTradingDayAfterGoodFriday() throws {
    var s = smallScenario(issued: date(2026, 1, 2))
    try s.define(Milestone(name: "M1", achieved: date(2026, 4, 3)))  // Good Friday
    s.pricePath = .constant(100)
    try s.define(Tranche(name: "T1", shares: 100, milestone: "M1"))
    let o = try outcome(s, "T1")
    #expect(o.vestDate == date(2026, 4, 6))
    #expect(o.valueAtVest == 100 * (100 - 0.01))
}

@Test func latchedTargetMetBeforeDeliveryStillCounts() throws {
    // Price above $150 only in Jan-Feb 2027, long before the 1 GW delivered on 2027-07-01.
    var s = smallScenario()
    s.pricePath = .points([
        PricePoint(date: date(2026, 12, 1), price: 100), PricePoint(date: date(2027, 1, 15), price: 200),
        PricePoint(date: date(2027, 3, 1), price: 100),
    ])
    try s.define(Tranche(name: "L", shares: 100, deliveredPower: 1e9, priceTarget: 150))
    try s.define(Tranche(name: "S", shares: 100, deliveredPower: 1e9, priceTarget: 150, latched: false))
    let latched = try outcome(s, "L")
    #expect(latched.vestDate == date(2027, 7, 1))
    // Price reaches 150 on 2026-12-24 (100 + 100 × 23/45 = 151.1; 2026-12-23 gives 148.9).
    #expect(latched.targetMetDate == date(2026, 12, 24))
    let sameDay = try outcome(s, "S")
    #expect(sameDay.vestDate == nil)
    #expect(sameDay.lapseReason == .expiry)
    #expect(sameDay.lapseDate == date(2028, 1, 3))
}

@Test func sameDayTestVestsWhenThePriceComesBack() throws {
    var s = smallScenario()
    s.pricePath = .points([
        PricePoint(date: date(2027, 1, 1), price: 200), PricePoint(date: date(2027, 2, 1), price: 100),
        PricePoint(date: date(2027, 8, 2), price: 100), PricePoint(date: date(2027, 8, 12), price: 200),
    ])
    try s.define(Tranche(name: "S", shares: 100, deliveredPower: 1e9, priceTarget: 150, latched: false))
    // On 2027-08-07 (Saturday) the line crosses 150; the first trading day at or above is
    // Monday 08-09 (170; Friday 08-06 is 140).
    let o = try outcome(s, "S")
    #expect(o.vestDate == date(2027, 8, 9))
    #expect(o.closeOnVest == 170)
}

@Test func lapsesAtTheDeadline() throws {
    var s = smallScenario()
    s.pricePath = .constant(100)
    try s.define(Tranche(name: "T", shares: 100, deliveredPower: 1e9, deadline: date(2027, 6, 30)))
    try s.define(Tranche(name: "U", shares: 100, deliveredPower: 1e9, deadline: date(2027, 7, 1)))  // on the day: vests
    let t = try outcome(s, "T")
    #expect(t.vestDate == nil)
    #expect(t.lapseDate == date(2027, 6, 30))
    #expect(t.lapseReason == .deadline)
    #expect(try outcome(s, "U").vestDate == date(2027, 7, 1))
    // 2027-06-30 is its last trading day: at that day's close no trading day remains, so it
    // has lapsed; the day before it still waits.
    let table = try s.vestingOutcome().table(at: date(2027, 6, 30))
    #expect(table.rows[0].status == .lapsed(on: date(2027, 6, 30), .deadline))
    #expect(try s.vestingOutcome().table(at: date(2027, 6, 29)).rows[0].status == .waiting(for: [.gw]))
}

@Test func lapsesAtExpiryWhenTheTargetIsNeverMet() throws {
    var s = smallScenario()
    s.pricePath = .constant(100)
    try s.define(Tranche(name: "T", shares: 100, deliveredPower: 1e9, priceTarget: 100.01))
    let o = try outcome(s, "T")
    #expect(o.vestDate == nil)
    #expect(o.lapseReason == .expiry)
    let before = try s.vestingOutcome().table(at: date(2027, 8, 1))
    #expect(before.rows[0].status == .waiting(for: [.price]))
    #expect(before.rows[0].status.description == "waiting for price")
    // Expiry 2028-01-03 is a Monday, its last trading day: lapsed at its close, waiting the day before.
    let atExpiry = try s.vestingOutcome().table(at: date(2028, 1, 3))
    #expect(atExpiry.rows[0].status.description == "lapsed 2028-01-03 (expiry)")
    #expect(atExpiry.rows[0].status.word == "lapsed")
    #expect(try s.vestingOutcome().table(at: date(2027, 12, 31)).rows[0].status == .waiting(for: [.price]))
}

@Test func twentyDayAverageDecidesTheVestDay() throws {
    // Flat $100 until 2027-08-02, then $200: the 20-day average of a $100→$200 step reaches
    // $150 on the 10th $200 close (ten 100s + ten 200s). Trading days from 2027-08-02: the 10th is 08-13.
    var s = smallScenario()
    s.pricePath = .closes([
        PricePoint(date: date(2027, 1, 4), price: 100), PricePoint(date: date(2027, 8, 2), price: 200),
    ])
    try s.define(
        Tranche(name: "A", shares: 100, deliveredPower: 1e9, priceTarget: 150, measure: .average(tradingDays: 20)))
    try s.define(Tranche(name: "C", shares: 100, deliveredPower: 1e9, priceTarget: 150, measure: .close))
    #expect(try outcome(s, "A").vestDate == date(2027, 8, 13))
    #expect(try outcome(s, "C").vestDate == date(2027, 8, 2))
}

@Test func averageIsDefinedFromDayZero() throws {
    // The path starts at $300 on the issue day: flat before, so the 20-day average is $300 on day 0.
    var s = smallScenario(issued: date(2026, 1, 5))
    s.pricePath = .linear(from: 300, start: date(2026, 1, 5), to: 600, end: date(2027, 1, 5))
    try s.define(Tranche(name: "T", shares: 10, priceTarget: 300, measure: .average(tradingDays: 20)))
    #expect(try outcome(s, "T").vestDate == date(2026, 1, 5))
}

@Test func runningTotalsAndDilution() throws {
    var s = smallScenario()
    s.pricePath = .constant(50)
    try s.define(Tranche(name: "A", shares: 600, deliveredPower: 0.5e9))
    try s.define(Tranche(name: "B", shares: 400, deliveredPower: 1e9))
    let t = try s.vestingOutcome().table(at: date(2027, 7, 1))
    #expect(t.rows.map(\.vestedShares) == [600, 1000])
    #expect(t.rows[0].dilution == 600.0 / 9600)
    #expect(t.dilution == 1000.0 / 10_000)
    #expect(abs(t.vestedValue - 1000 * 49.99) < 1e-9)
    // 0.5 GW: day 183 of 365 (182.5 rounds up) is 2026-12-31.
    #expect(t.rows[0].status == .vested(on: date(2026, 12, 31)))
}

@Test func missingPathOrWarrantNamesTheTerm() {
    var s = smallScenario()
    #expect(throws: ModelError.notSet(ModelTerm("price path"))) { try s.vestingOutcome() }
    s.warrant = nil
    s.pricePath = .constant(1)
    #expect(throws: ModelError.notSet(ModelTerm("warrant"))) { try s.vestingOutcome() }
    #expect(ModelError.notSet(ModelTerm("warrant")).kind == .missing)
}

@Test func compiledTrancheMatchesTheSharedRule() {
    var s = smallScenario()
    s.milestones = [Milestone(name: "M")]
    let grid = s.warrant!.grid()
    let c = s.compile(
        Tranche(
            name: "T", shares: 1, deliveredPower: 1e9, priceTarget: 5, measure: .average(tradingDays: 20),
            deadline: date(2027, 12, 31)), on: grid)
    #expect(grid.days[c.earliestDay!] == date(2027, 7, 1))
    #expect(grid.days[c.lastDay] == date(2027, 12, 31))
    #expect(c.window == 20)
    #expect(c.priceTarget == 5)
    #expect(s.compile(Tranche(name: "N", shares: 1, milestone: "M"), on: grid).earliestDay == nil)  // not achieved
    #expect(s.compile(Tranche(name: "F", shares: 1), on: grid).earliestDay == 0)
}

@Test func builtInCompilesOntoTheWarrantGrid() {
    let (grid, compiled) = Scenario.amdOpenAI.compiledTranches()
    #expect(grid.days.first == date(2025, 10, 6))
    #expect(grid.days.last == date(2030, 10, 4))
    #expect(
        grid.count
            == Scenario.amdOpenAI.warrant.map { TradingCalendar.nyse.tradingDays(from: $0.issued, through: $0.expires) }
    )
    #expect(
        compiled.map { grid.days[$0.earliestDay!].description } == [
            "2027-07-01", "2028-03-01", "2028-10-16", "2029-05-10", "2029-12-05", "2030-07-01",
        ])
    #expect(compiled.allSatisfy { $0.lastDay == grid.count - 1 && $0.window == 20 && $0.latched })
}

@Test func nonsenseNumbersAreRefusedNotTrapped() {
    var s = smallScenario()
    #expect(CalendarDuration(.nan, .months).end(from: date(2026, 1, 1)) == date(2026, 1, 1))
    #expect(CalendarDuration(1e300, .days).end(from: date(2026, 1, 1)) > date(9999, 1, 1))
    #expect(throws: ModelError.self) {
        try s.define(
            Phase(
                name: "P", generation: "MI450", size: 1e9, start: date(2026, 1, 1),
                ramp: CalendarDuration(.infinity, .months)))
    }
    #expect(throws: ModelError.self) {
        try s.define(
            Phase(
                name: "P", generation: "MI450", size: .nan, start: date(2026, 1, 1), ramp: CalendarDuration(1, .months))
        )
    }
    #expect(throws: ModelError.self) {
        try s.define(
            Warrant(shares: Int.max, strike: 0, issued: date(2026, 1, 1), expires: date(2027, 1, 1), outstanding: 1))
    }
    #expect(throws: ModelError.self) {
        try s.define(Tranche(name: "T", shares: 1, measure: .average(tradingDays: Int.max)))
    }
    #expect(s.phases.count == 1)
}
