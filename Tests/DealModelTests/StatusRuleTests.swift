// One status rule: vested on a date; lapsed once no trading day remains on which it could
// vest (its last one, on or before `by:` or the expiry, has closed); waiting otherwise.
import CivilTime
import Testing

@testable import DealModel

private func flat300() throws -> VestingOutcome {
    var s = Scenario.amdOpenAI
    try s.setPricePath(.constant(300))
    return try s.vestingOutcome()
}

@Test func atExpiryOnASaturdayTheUnmetTranchesHaveLapsed() throws {
    let o = try flat300()
    // Expiry 2030-10-05 is a Saturday: Friday 2030-10-04 is the last trading day.
    #expect(o.tranches[5].lapseDate == date(2030, 10, 4))
    #expect(o.tranches[5].termEnd == date(2030, 10, 5))
    for day in [date(2030, 10, 5), date(2030, 10, 4)] {
        #expect(
            o.table(at: day).rows.map(\.status.word) == ["vested", "vested", "lapsed", "lapsed", "lapsed", "lapsed"])
    }
    #expect(o.table(at: date(2030, 10, 3)).rows[5].status == .waiting(for: [.price]))
    #expect(o.status(of: o.tranches[5], at: date(2030, 10, 5)) == .lapsed(on: date(2030, 10, 4), .expiry))
}

@Test func theTimelineLapsesOnTheSameDay() throws {
    var s = Scenario.amdOpenAI
    try s.setPricePath(.constant(300))
    let lapses = try s.timeline().filter { $0.kind == .lapsed }
    #expect(lapses.map(\.subject) == ["T3", "T4", "T5", "T6"])
    #expect(Set(lapses.map(\.date)) == [date(2030, 10, 4)])
}

@Test func aByDateOnAHolidayLapsesAtTheTradingDayBefore() throws {
    var s = smallScenario(expires: date(2029, 6, 1))
    try s.setPricePath(.constant(100))
    // 2029-01-01 is New Year's Day; the Friday before, 2028-12-29, is the last chance.
    try s.define(Tranche(name: "T", shares: 100, priceTarget: 200, deadline: date(2029, 1, 1)))
    let o = try s.vestingOutcome()
    #expect(o.tranches[0].lapseDate == date(2028, 12, 29))
    #expect(o.tranches[0].lapseReason == .deadline)
    #expect(o.status(of: o.tranches[0], at: date(2028, 12, 28)) == .waiting(for: [.price]))
    #expect(o.status(of: o.tranches[0], at: date(2028, 12, 29)) == .lapsed(on: date(2028, 12, 29), .deadline))
    #expect(o.status(of: o.tranches[0], at: date(2029, 1, 1)).description == "lapsed 2028-12-29 (by:)")
}

@Test func aTrancheThatVestsOnItsLastDayIsVestedNotLapsed() throws {
    var s = smallScenario()
    try s.setPricePath(.constant(100))
    try s.define(Tranche(name: "U", shares: 100, deliveredPower: 1e9, deadline: date(2027, 7, 1)))
    let o = try s.vestingOutcome()
    #expect(o.status(of: o.tranches[0], at: date(2027, 7, 1)) == .vested(on: date(2027, 7, 1)))
    #expect(o.tranches[0].lapseDate == nil)
}
