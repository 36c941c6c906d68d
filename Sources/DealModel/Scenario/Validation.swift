// Checks on each term, returning errors that name the term and what it accepts.
import CivilTime

/// The model's rules for valid terms. Every check throws a `ModelError`; none traps.
enum Validation {
    /// Dates the calendar answers from its table; the deal lives well inside.
    static let years = 1900...2299
    /// Power above a petawatt is a typo, not a deal.
    static let maxWatts = 1e15

    static func checkName(_ name: String, term: String) throws {
        guard !name.isEmpty, name.count <= 64 else {
            throw ModelError(.invalidValue, term: term, "needs a name of 1 to 64 characters")
        }
    }

    static func checkDate(_ d: CivilDate, term: String) throws {
        guard years.contains(d.year) else {
            throw ModelError(.invalidValue, term: term, "accepts dates from 1900-01-01 to 2299-12-31, got \(d)")
        }
    }

    static func positive(_ x: Double, term: String, what: String, max: Double = .greatestFiniteMagnitude) throws {
        guard x.isFinite, x > 0, x <= max else {
            throw ModelError(.invalidValue, term: term, "must be a positive \(what), got \(ModelText.number(x))")
        }
    }

    static func nonNegative(_ x: Double?, term: String, what: String) throws {
        guard let x else { return }
        guard x.isFinite, x >= 0 else {
            throw ModelError(.invalidValue, term: term, "must be a \(what) of zero or more, got \(ModelText.number(x))")
        }
    }

    static func check(_ g: Generation) throws {
        let t = "generation \(g.name)"
        try checkName(g.name, term: "generation")
        try positive(g.power, term: "\(t) power:", what: "power per GPU (all-in facility watts)", max: 1e7)
        if let b = g.boardPower { try positive(b, term: "\(t) board:", what: "board power", max: 1e7) }
        try nonNegative(g.memoryBytes, term: "\(t) memory:", what: "memory size")
        try nonNegative(g.fp8, term: "\(t) fp8:", what: "FLOP/s")
        try nonNegative(g.fp4, term: "\(t) fp4:", what: "FLOP/s")
        try nonNegative(g.price, term: "\(t) price:", what: "price per GPU")
        if let s = g.shipped { try checkDate(s, term: "\(t) shipped:") }
    }

    static func check(_ p: Phase, in scenario: Scenario) throws {
        let t = "phase \(p.name)"
        try checkName(p.name, term: "phase")
        guard scenario.generation(named: p.generation) != nil else {
            let known = scenario.generations.map(\.name).joined(separator: ", ")
            throw ModelError(.unknownName, term: "\(t) gen:",
                             "names no generation: `\(p.generation)`" + (known.isEmpty ? " (none defined yet)" : "; known: \(known)"))
        }
        try positive(p.size, term: "\(t) size:", what: "power (like 1GW)", max: maxWatts)
        try checkDate(p.start, term: "\(t) start:")
        guard p.ramp.amount.isFinite, p.ramp.amount >= 0, p.ramp.years <= 50 else {
            throw ModelError(.invalidValue, term: "\(t) ramp:", "accepts a duration from 0 to 50 years (like 12mo), got \(ModelText.number(p.ramp.amount))\(p.ramp.unit.rawValue)")
        }
        try checkDate(p.end, term: "\(t) ramp:")
    }

    static func check(_ w: Warrant) throws {
        guard w.shares > 0, w.shares <= 1_000_000_000_000 else {
            throw ModelError(.invalidValue, term: "warrant shares:", "must be a positive share count up to 1T, got \(ModelText.grouped(w.shares))")
        }
        try nonNegative(w.strike, term: "warrant strike:", what: "price per share")
        try checkDate(w.issued, term: "warrant issued:")
        try checkDate(w.expires, term: "warrant expires:")
        guard w.expires > w.issued else {
            throw ModelError(.inconsistent, term: "warrant expires:", "must be after issued: (\(w.issued)), got \(w.expires)")
        }
        guard w.outstanding > 0, w.outstanding <= 1_000_000_000_000 else {
            throw ModelError(.invalidValue, term: "warrant outstanding:", "must be a positive share count up to 1T, got \(ModelText.grouped(w.outstanding))")
        }
    }

    static func check(_ tr: Tranche, in scenario: Scenario) throws {
        let t = "tranche \(tr.name)"
        try checkName(tr.name, term: "tranche")
        guard let w = scenario.warrant else {
            throw ModelError(.missing, term: t, "needs a warrant first (set it with `warrant shares: ... expires: ...`)")
        }
        guard tr.shares > 0, tr.shares <= w.shares else {
            throw ModelError(.invalidValue, term: "\(t) shares:", "must be from 1 to the warrant's \(ModelText.grouped(w.shares)) shares, got \(ModelText.grouped(tr.shares))")
        }
        if let gw = tr.deliveredPower { try positive(gw, term: "\(t) gw:", what: "delivered power (like 2GW)", max: maxWatts) }
        if let p = tr.priceTarget { try positive(p, term: "\(t) price:", what: "price target (like $250)") }
        if case .average(let n) = tr.measure, !(1...2520).contains(n) {
            throw ModelError(.invalidValue, term: "\(t) measure:", "accepts close or avg(Ntd) with N from 1 to 2520, got avg(\(n)td)")
        }
        if let m = tr.milestone, scenario.milestone(named: m) == nil {
            let known = scenario.milestones.map(\.name).joined(separator: ", ")
            throw ModelError(.unknownName, term: "\(t) milestone:",
                             "names no milestone: `\(m)`" + (known.isEmpty ? " (define it with `milestone \(m)`)" : "; known: \(known)"))
        }
        if let by = tr.deadline {
            guard by <= w.expires else {
                throw ModelError(.inconsistent, term: "\(t) by:", "must be on or before the warrant's expiry \(w.expires), got \(by)")
            }
            guard by >= w.issued else {
                throw ModelError(.inconsistent, term: "\(t) by:", "must be on or after the warrant's issue \(w.issued), got \(by)")
            }
        }
    }

    static func checkShareTotal(_ s: Scenario) throws {
        guard let w = s.warrant else { return }
        var total = 0
        for t in s.tranches {
            let (sum, overflow) = total.addingReportingOverflow(t.shares)
            guard !overflow, sum <= w.shares else {
                throw ModelError(.inconsistent, term: "tranche \(t.name) shares:",
                                 "brings the tranches' total past the warrant's \(ModelText.grouped(w.shares)) shares")
            }
            total = sum
        }
    }

    static func check(_ path: PricePath) throws {
        let t = "price path"
        switch path {
        case .constant(let p):
            try positive(p, term: "\(t) constant", what: "price")
        case let .linear(p0, d0, p1, d1):
            try positive(p0, term: "\(t) linear from:", what: "price")
            try positive(p1, term: "\(t) linear to:", what: "price")
            try checkDate(d0, term: "\(t) linear on:")
            try checkDate(d1, term: "\(t) linear on:")
            guard d1 > d0 else { throw ModelError(.inconsistent, term: "\(t) linear", "needs its second date after the first, got \(d0) and \(d1)") }
        case let .growth(p0, d0, rate):
            try positive(p0, term: "\(t) growth from:", what: "price")
            try checkDate(d0, term: "\(t) growth on:")
            guard rate.isFinite, rate > -1, rate <= 100 else {
                throw ModelError(.invalidValue, term: "\(t) growth rate:", "accepts a yearly rate above -100% and up to 10000%, got \(ModelText.percent(rate))")
            }
        case .points(let pts), .closes(let pts):
            guard !pts.isEmpty else { throw ModelError(.missing, term: "\(t) points", "needs at least one [date, price] point") }
            for (i, p) in pts.enumerated() {
                try positive(p.price, term: "\(t) point \(i + 1)", what: "price")
                try checkDate(p.date, term: "\(t) point \(i + 1)")
                if i > 0, p.date <= pts[i - 1].date {
                    throw ModelError(.inconsistent, term: "\(t) point \(i + 1)", "dates must increase, but \(p.date) follows \(pts[i - 1].date)")
                }
            }
        }
    }

    static func check(_ m: GBMModel) throws {
        let t = "price model gbm"
        try positive(m.s0, term: "\(t) s0:", what: "price")
        try checkDate(m.start, term: "\(t) on:")
        guard m.volatility.isFinite, m.volatility >= 0, m.volatility <= 10 else {
            throw ModelError(.invalidValue, term: "\(t) vol:", "accepts a yearly volatility from 0% to 1000%, got \(ModelText.percent(m.volatility))")
        }
        guard m.drift.isFinite, abs(m.drift) <= 10 else {
            throw ModelError(.invalidValue, term: "\(t) drift:", "accepts a yearly drift from -1000% to 1000%, got \(ModelText.percent(m.drift))")
        }
    }
}

extension Scenario {
    /// Every problem with the scenario as a whole (empty when it is consistent).
    public func validate() -> [ModelError] {
        var errors: [ModelError] = []
        func run(_ body: () throws -> Void) {
            do { try body() } catch let e as ModelError { errors.append(e) } catch {}
        }
        for g in generations { run { try Validation.check(g) } }
        for p in phases { run { try Validation.check(p, in: self) } }
        for m in milestones { run { try Validation.checkName(m.name, term: "milestone") } }
        if let w = warrant { run { try Validation.check(w) } }
        for t in tranches { run { try Validation.check(t, in: self) } }
        run { try Validation.checkShareTotal(self) }
        if let p = pricePath { run { try Validation.check(p) } }
        if let m = priceModel { run { try Validation.check(m) } }
        return errors
    }
}
