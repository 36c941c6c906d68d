// The what-if scenarios of examples/*.deal, built directly, so the comments there stay true.
import CivilTime
import Testing

@testable import DealModel

@Test func bearPathVestsOnlyT1() throws {
    var s = Scenario.amdOpenAI
    try s.setPricePath(
        .points([
            PricePoint(date: date(2025, 10, 6), price: 203.71),
            PricePoint(date: date(2027, 12, 31), price: 120),
            PricePoint(date: date(2030, 10, 5), price: 200),
        ]))
    let o = try s.vestingOutcome()
    #expect(o.tranches.map { $0.vestDate?.description ?? "-" } == ["2027-07-01", "-", "-", "-", "-", "-"])
    #expect(o.tranches.allSatisfy { $0.targetMetDate == nil })  // never above $203.71
}

@Test func delayedDeliveriesLeaveThreeTranchesToLapse() throws {
    var s = Scenario.amdOpenAI
    try s.define(
        Phase(name: "P1", generation: "MI450", size: 1e9, start: date(2027, 7, 1), ramp: CalendarDuration(12, .months)))
    try s.define(
        Phase(
            name: "P2", generation: "MI450", size: 1.5e9, start: date(2028, 7, 1), ramp: CalendarDuration(12, .months)))
    try s.define(
        Phase(
            name: "P3", generation: "MI500", size: 3.5e9, start: date(2029, 7, 1), ramp: CalendarDuration(36, .months)))
    // 2.5 GW + 3.5 GW × 461 / 1096 days at expiry.
    #expect(abs(s.deployment.deliveredWatts(on: date(2030, 10, 5)) - (2.5e9 + 3.5e9 * 461 / 1096)) < 1)
    // At expiry (a Saturday) the last trading day, Friday 2030-10-04, has passed: they have lapsed.
    let table = try s.vestingOutcome().table(at: date(2030, 10, 5))
    #expect(
        table.rows.map(\.status.description) == [
            "vested 2028-07-03", "vested 2029-03-02", "vested 2029-12-05",
            "lapsed 2030-10-04 (expiry)", "lapsed 2030-10-04 (expiry)", "lapsed 2030-10-04 (expiry)",
        ])
}

@Test func backLoadedTranchesStillVestOnTheGrowthPath() throws {
    var s = Scenario.amdOpenAI
    let shares = [10_000_000, 10_000_000, 20_000_000, 30_000_000, 40_000_000, 50_000_000]
    let deadlines = [date(2028, 6, 30), date(2029, 3, 1), date(2029, 10, 1), date(2030, 5, 1), date(2030, 9, 1), nil]
    for i in 0..<6 {
        var t = s.tranches[i]
        t.shares = shares[i]
        t.deadline = deadlines[i]
        if i == 5 {
            t.measure = .close
            t.latched = false
        }
        try s.define(t)
    }
    let table = try s.vestingOutcome().table(at: date(2030, 10, 5))
    #expect(
        table.rows.map(\.vestedShares) == [10_000_000, 20_000_000, 40_000_000, 70_000_000, 110_000_000, 160_000_000])
    #expect(table.rows.last?.status == .vested(on: date(2030, 7, 1)))
}
