// Small builders shared by the model tests.
import CivilTime

@testable import DealModel

func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

/// A scenario with one 1 GW MI450 phase (2026-07-01, 12 months, linear) and a warrant.
func smallScenario(issued: CivilDate = date(2026, 1, 2), expires: CivilDate = date(2028, 1, 3)) -> Scenario {
    var s = Scenario()
    s.generations = [Generation(name: "MI450", power: 3000, price: 45_000)]
    s.phases = [
        Phase(name: "P1", generation: "MI450", size: 1e9, start: date(2026, 7, 1), ramp: CalendarDuration(12, .months))
    ]
    s.warrant = Warrant(shares: 1_000, strike: 0.01, issued: issued, expires: expires, outstanding: 9_000)
    return s
}
