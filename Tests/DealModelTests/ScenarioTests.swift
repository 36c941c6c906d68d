// The built-in scenario against deal-facts.md, validation errors, and the scenario book.
import CivilTime
import Testing

@testable import DealModel

@Test func emptyScenariosAreEqual() {
    #expect(Scenario() == Scenario())
}

@Test func builtInScenarioFollowsTheDefaultAssumptions() {
    let s = Scenario.amdOpenAI
    #expect(s.validate().isEmpty)
    #expect(s.generations.map(\.name) == ["MI300X", "MI325X", "MI350X", "MI355X", "MI450", "MI500"])
    #expect(s.generation(named: "MI300X")?.power == 1500)  // twice the 750 W board
    #expect(s.generation(named: "MI355X")?.power == 2800)
    #expect(s.generation(named: "MI450")?.power == 3000)
    #expect(s.generation(named: "MI500")?.price == 55_000)
    #expect(s.tranches.map(\.shares).reduce(0, +) == 160_000_000)
    #expect(s.tranches.map(\.priceTarget) == [nil, 250, 320, 400, 500, 600])
    #expect(s.tranches.allSatisfy { $0.measure == .average(tradingDays: 20) && $0.latched })
    #expect(
        s.warrant
            == Warrant(
                shares: 160_000_000, strike: 0.01, issued: date(2025, 10, 5),
                expires: date(2030, 10, 5), outstanding: 1_630_000_000))
    #expect(s.priceModel == GBMModel(s0: 203.71, start: date(2025, 10, 6), volatility: 0.55, drift: 0.04, seed: 2025))
}

@Test func builtInScenarioTagsPublicTermsAndAssumptions() {
    let s = Scenario.amdOpenAI
    #expect(s.provenance(of: TermKey.warrant("shares")) == .disclosed(source: "AMD 8-K and Exhibit 4.1, 2025-10-05"))
    #expect(s.provenance(of: TermKey.warrant("expires"))?.isAssumption == true)
    #expect(s.provenance(of: TermKey.tranche("T6", "price"))?.isAssumption == false)
    #expect(s.provenance(of: TermKey.tranche("T3", "price"))?.isAssumption == true)
    #expect(s.provenance(of: TermKey.generation("MI450", "power"))?.isAssumption == true)
    #expect(s.provenance(of: TermKey.priceModel)?.isAssumption == true)
}

@Test func builtInGrowthPathVestsEverythingBeforeExpiry() throws {
    let o = try Scenario.amdOpenAI.vestingOutcome()
    // Reference dates from an independent Python run (dateutil Easter, the same rules).
    #expect(
        o.tranches.map { $0.vestDate?.description ?? "-" } == [
            "2027-07-01", "2028-03-01", "2028-10-16", "2029-05-10", "2029-12-05", "2030-07-01",
        ])
    #expect(
        o.tranches.map { $0.targetMetDate?.description ?? "-" } == [
            "-", "2026-08-04", "2027-07-15", "2028-05-18", "2029-03-27", "2029-12-06",
        ])
    let table = o.table(at: date(2030, 10, 5))
    #expect(table.vestedShares == 160_000_000)
    #expect(abs(table.dilution - 160.0 / 1790) < 1e-15)
    // T1 vests at the close of 2027-07-01: 203.71 × 1.3^(n/252), n = 437 trading days (Python: 320.4057).
    #expect(abs(o.tranches[0].closeOnVest! - 320.4057) < 5e-5)
    #expect(abs(o.tranches[0].valueAtVest! - 26_666_667 * (o.tranches[0].closeOnVest! - 0.01)) < 1e-3)
}

@Test func flatThreeHundredVestsOnlyT1AndT2() throws {
    var s = Scenario.amdOpenAI
    try s.setPricePath(.constant(300))
    let o = try s.vestingOutcome()
    #expect(o.tranches.map { $0.vestDate?.description ?? "-" } == ["2027-07-01", "2028-03-01", "-", "-", "-", "-"])
    let table = o.table(at: date(2030, 10, 5))
    #expect(table.vestedShares == 53_333_334)
    #expect(table.rows[2].status == .lapsed(on: date(2030, 10, 4), .expiry))
}

@Test func timelineIsSortedAndComplete() throws {
    let events = try Scenario.amdOpenAI.timeline()
    #expect(events.map(\.date) == events.map(\.date).sorted())
    #expect(events.first?.kind == .warrantIssued)
    #expect(events.last?.kind == .warrantExpired)
    #expect(events.filter { $0.kind == .vested }.map(\.subject) == ["T1", "T2", "T3", "T4", "T5", "T6"])
    #expect(events.filter { $0.kind == .levelReached }.count == 6)
    // 2027-07-01: P1 completes, P2 starts (phase starts sort first), 1 GW reached, then T1 vests.
    let day = events.filter { $0.date == date(2027, 7, 1) }.map(\.kind)
    #expect(day == [.phaseStarted, .phaseCompleted, .levelReached, .vested])
}

@Test func validationNamesTheTermTheValueAndWhatItAccepts() {
    var s = smallScenario()
    let unknownGeneration = ModelError.unknownName(
        ModelTerm("phase", "P9", label: "gen"), .generation,
        given: "MI999", known: ["MI450"])
    #expect(throws: unknownGeneration) {
        try s.define(
            Phase(
                name: "P9", generation: "MI999", size: 1e9, start: date(2026, 1, 1),
                ramp: CalendarDuration(1, .months)))
    }
    #expect(unknownGeneration.kind == .unknownName)
    let t = ModelTerm("tranche", "T")
    let price = ModelError.notPositive(t.labelled("price"), .priceTarget, given: -5, limit: .greatestFiniteMagnitude)
    #expect(throws: price) {
        try s.define(Tranche(name: "T", shares: 1, priceTarget: -5))
    }
    let by = ModelError.deadlineAfterExpiry(t.labelled("by"), given: date(2029, 1, 1), expiry: date(2028, 1, 3))
    #expect(throws: by) {
        try s.define(Tranche(name: "T", shares: 1, deadline: date(2029, 1, 1)))
    }
    #expect(throws: ModelError.trancheShares(t.labelled("shares"), given: 1001, warrantShares: 1000)) {
        try s.define(Tranche(name: "T", shares: 1001))
    }
    try? s.define(Tranche(name: "A", shares: 600))
    let pastTotal = ModelError.sharesPastWarrant(
        ModelTerm("tranche", "B", label: "shares"), given: 401, total: 1001,
        warrantShares: 1000)
    #expect(throws: pastTotal) { try s.define(Tranche(name: "B", shares: 401)) }
    #expect(pastTotal.kind == .inconsistent && pastTotal.term.label == "shares")
    #expect(throws: ModelError.unknownName(t.labelled("milestone"), .milestone, given: "nope", known: [])) {
        try s.define(Tranche(name: "T", shares: 1, milestone: "nope"))
    }
    let vol = ModelTerm("price model", "gbm", label: "vol")
    #expect(throws: ModelError.rateOutOfRange(vol, .volatility, given: 11, accepted: 0...10)) {
        try s.setPriceModel(GBMModel(s0: 1, start: date(2026, 1, 1), volatility: 11, drift: 0, seed: 1))
    }
    let power = ModelError.notPositive(ModelTerm("generation", "G", label: "power"), .powerPerGPU, given: 0, limit: 1e7)
    #expect(throws: power) {
        try s.define(Generation(name: "G", power: 0))
    }
    #expect(throws: ModelError.nameLength(ModelTerm("milestone"), given: "", accepted: 1...64)) {
        try s.define(Milestone(name: ""))
    }
    #expect(
        throws: ModelError.dateOutOfRange(
            ModelTerm("phase", "P", label: "start"), given: date(1899, 12, 31),
            accepted: date(1900, 1, 1)...date(2299, 12, 31))
    ) {
        try s.define(
            Phase(
                name: "P", generation: "MI450", size: 1e9, start: date(1899, 12, 31),
                ramp: CalendarDuration(1, .months)))
    }
    // A failed definition leaves the scenario as it was.
    #expect(s.tranches.map(\.name) == ["A"])
}

@Test func redefiningATermDropsItsProvenance() throws {
    var s = Scenario.amdOpenAI
    var t2 = try #require(s.tranche(named: "T2"))
    t2.priceTarget = 260
    try s.define(t2)
    #expect(s.provenance(of: TermKey.tranche("T2", "price")) == nil)
    #expect(s.provenance(of: TermKey.tranche("T3", "price"))?.isAssumption == true)
    #expect(s.tranches.map(\.name) == ["T1", "T2", "T3", "T4", "T5", "T6"])  // replaced in place
}

@Test func scenarioBookCreatesUsesAndLists() throws {
    var book = ScenarioBook(current: .amdOpenAI, name: "base")
    try book.create("bull", from: "base")
    #expect(book.currentName == "bull")
    try book.scenario.setPricePath(.constant(700))
    try book.use("base")
    #expect(book.scenario.pricePath == Scenario.amdOpenAI.pricePath)
    #expect(book.names == ["base", "bull"])
    #expect(throws: ModelError.unknownName(ModelTerm("use"), .scenario, given: "bear", known: ["base", "bull"])) {
        try book.use("bear")
    }
    #expect(book.currentName == "base")
}

@Test func scenarioBookRefusesTakenNamesAndDropsOnlyOthers() throws {
    var book = ScenarioBook(current: .amdOpenAI, name: "base")
    try book.create("bull")
    try book.scenario.setPricePath(.constant(700))
    try book.use("base")
    #expect(throws: ModelError.nameTaken(ModelTerm("scenario"), .scenario, given: "bull")) { try book.create("bull") }
    #expect(book.scenarios["bull"]?.pricePath == .constant(700))  // not replaced
    #expect(throws: ModelError.dropsCurrent(ModelTerm("scenario drop"), given: "base")) { try book.drop("base") }
    try book.rename("base", to: "plan")
    #expect(book.currentName == "plan")
    #expect(throws: ModelError.nameTaken(ModelTerm("scenario rename"), .scenario, given: "bull")) {
        try book.rename("plan", to: "bull")
    }
    try book.drop("bull")
    #expect(book.names == ["plan"])
}
