// Ramps, cumulative delivery, the day a level is reached, and the deployment report.
import CivilTime
import Testing

@testable import DealModel

private let p1 = Phase(
    name: "P1", generation: "MI450", size: 1e9, start: date(2026, 7, 1), ramp: CalendarDuration(12, .months))

@Test func linearRampAtEndsAndMidway() {
    #expect(p1.end == date(2027, 7, 1))
    #expect(p1.delivered(on: date(2026, 6, 30)) == 0)
    #expect(p1.delivered(on: date(2026, 7, 1)) == 0)
    #expect(p1.delivered(on: date(2027, 7, 1)) == 1e9)
    #expect(p1.delivered(on: date(2030, 1, 1)) == 1e9)
    // 2026-07-01 to 2027-07-01 is 365 days; 2027-01-01 is day 184.
    #expect(abs(p1.delivered(on: date(2027, 1, 1)) - 1e9 * 184 / 365) < 1e-3)
}

@Test func stepDeliversAllAtTheEnd() {
    var p = p1
    p.shape = .step
    #expect(p.delivered(on: date(2027, 6, 30)) == 0)
    #expect(p.delivered(on: date(2027, 7, 1)) == 1e9)
}

@Test func scurveIsHalfAtTheMidpointAndSlowAtTheEnds() {
    #expect(RampShape.scurve.share(0.5) == 0.5)
    #expect(abs(RampShape.scurve.share(0.25) - 0.15625) < 1e-15)  // 3/16 - 2/64
    #expect(abs(RampShape.scurve.share(0.75) - 0.84375) < 1e-15)
    var p = Phase(
        name: "S", generation: "G", size: 2e9, start: date(2026, 1, 1), ramp: CalendarDuration(10, .days),
        shape: .scurve)
    #expect(p.delivered(on: date(2026, 1, 6)) == 1e9)
    p.shape = .linear
    #expect(p.delivered(on: date(2026, 1, 3)) == 4e8)
}

@Test func monthRampsClampToTheMonthEnd() {
    let p = Phase(name: "P", generation: "G", size: 1, start: date(2026, 1, 31), ramp: CalendarDuration(1, .months))
    #expect(p.end == date(2026, 2, 28))
    #expect(CalendarDuration(2, .years).end(from: date(2028, 2, 29)) == date(2030, 2, 28))
    #expect(CalendarDuration(5, .tradingDays).end(from: date(2026, 4, 1)) == date(2026, 4, 9))
    #expect(CalendarDuration(2, .weeks).end(from: date(2026, 4, 1)) == date(2026, 4, 15))
}

@Test func builtInLevelsAreReachedOnExactDays() {
    let d = Scenario.amdOpenAI.deployment
    #expect(d.firstDate(reaching: 1e9) == date(2027, 7, 1))
    // P2: 1.5 GW over 366 days (2028 is a leap year); 1 GW more needs 244 days.
    #expect(d.firstDate(reaching: 2e9) == date(2028, 3, 1))
    // P3: 3.5 GW over 730 days; 0.5 GW needs 104.3 days, so day 105.
    #expect(d.firstDate(reaching: 3e9) == date(2028, 10, 14))
    #expect(d.firstDate(reaching: 6e9) == date(2030, 7, 1))  // 1.0 + 1.5 + 3.5, exactly
    #expect(d.firstDate(reaching: 6.0001e9) == nil)
    #expect(abs(d.deliveredGigawatts(on: date(2030, 7, 1)) - 6) < 1e-12)
}

@Test func deploymentReportCountsGPUsAndRevenue() {
    let r = Scenario.amdOpenAI.deploymentReport(at: date(2028, 7, 1))
    #expect(r.phases.map(\.name) == ["P1", "P2", "P3"])
    #expect(r.phases[0].deliveredWatts == 1e9)
    #expect(r.phases[1].deliveredWatts == 1.5e9)
    #expect(r.phases[2].deliveredWatts == 0)
    // Whole GPUs: 333,333.3 is 333,333 installed, and revenue is those GPUs × $45k.
    #expect(r.phases[0].gpus == 333_333)
    #expect(r.phases[0].revenue == 333_333 * 45_000)
    #expect(r.phases[1].gpus == 500_000)
    #expect(r.generations.map(\.name) == ["MI450", "MI500"])
    #expect(r.generations[0].gpus == 833_333)  // the sum of its phases' whole GPUs
    #expect(r.total.revenue == 833_333 * 45_000)
    let end = Scenario.amdOpenAI.deploymentReport(at: date(2030, 7, 1))
    #expect(end.generations[1].gpus == 1_000_000)  // 3.5 GW / 3.5 kW, a hair under in floating point
    #expect(end.total.gpus == 1_833_333)
    #expect(end.total.revenue == 833_333 * 45_000 + 1_000_000 * 55_000)
    // On 2028-02-29 P2 has delivered 995.9 MW: 331,967 whole GPUs (331,967.2).
    let leap = Scenario.amdOpenAI.deploymentReport(at: date(2028, 2, 29))
    #expect(leap.phases[1].gpus == 331_967)
    #expect(leap.total.gpus == 333_333 + 331_967)
    #expect(leap.total.revenue == leap.total.gpus * 45_000)
}

@Test func theLevelReachedIsThePhaseThatDeliveredIt() {
    let d = Scenario.amdOpenAI.deployment
    // 2027-07-01: P1 completes (its last day of delivery) and P2 starts (nothing yet).
    #expect(d.phasesDelivering(on: date(2027, 7, 1)).map(\.name) == ["P1"])
    #expect(d.phasesDelivering(on: date(2027, 7, 2)).map(\.name) == ["P2"])
    #expect(d.phasesDelivering(on: date(2026, 6, 30)).isEmpty)
}
