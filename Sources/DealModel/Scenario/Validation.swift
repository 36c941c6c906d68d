// Checks on each term, returning errors that name the term, the value and what is accepted.
import CivilTime

/// The model's rules for valid terms. Every check throws a `ModelError`; none traps.
enum Validation {
    /// Dates the calendar answers from its table; the deal lives well inside.
    static let dates = CivilDate(year: 1900, month: 1, day: 1)!...CivilDate(year: 2299, month: 12, day: 31)!
    /// Power above a petawatt is a typo, not a deal.
    static let maxWatts = 1e15
    /// Power per GPU above ten megawatts is a typo too.
    static let maxWattsPerGPU = 1e7
    static let nameLengths = 1...64
    /// A share count past a trillion is a typo.
    static let maxShares = 1_000_000_000_000
    /// Averaging windows: a day to ten years of trading days.
    static let windows = 1...2520
    static let maxRampYears = 50.0
    static let volatilities = 0.0...10.0
    static let drifts = -10.0...10.0

    static func checkName(_ name: String, term: ModelTerm) throws {
        guard nameLengths.contains(name.count) else {
            throw ModelError.nameLength(term, given: name, accepted: nameLengths)
        }
    }

    static func checkDate(_ d: CivilDate, term: ModelTerm) throws {
        guard dates.contains(d) else { throw ModelError.dateOutOfRange(term, given: d, accepted: dates) }
    }

    static func positive(
        _ x: Double, term: ModelTerm, _ quantity: ModelError.Quantity,
        max: Double = .greatestFiniteMagnitude
    ) throws {
        guard x.isFinite, x > 0, x <= max else {
            throw ModelError.notPositive(term, quantity, given: x, limit: max)
        }
    }

    static func nonNegative(_ x: Double?, term: ModelTerm, _ quantity: ModelError.Quantity) throws {
        guard let x else { return }
        guard x.isFinite, x >= 0 else { throw ModelError.negative(term, quantity, given: x) }
    }

    static func check(_ g: Generation) throws {
        let t = ModelTerm("generation", g.name)
        try checkName(g.name, term: ModelTerm("generation"))
        try positive(g.power, term: t.labelled("power"), .powerPerGPU, max: maxWattsPerGPU)
        if let b = g.boardPower { try positive(b, term: t.labelled("board"), .boardPower, max: maxWattsPerGPU) }
        try nonNegative(g.memoryBytes, term: t.labelled("memory"), .memory)
        try nonNegative(g.fp8, term: t.labelled("fp8"), .compute)
        try nonNegative(g.fp4, term: t.labelled("fp4"), .compute)
        try nonNegative(g.price, term: t.labelled("price"), .pricePerGPU)
        if let s = g.shipped { try checkDate(s, term: t.labelled("shipped")) }
    }

    static func check(_ p: Phase, in scenario: Scenario) throws {
        let t = ModelTerm("phase", p.name)
        try checkName(p.name, term: ModelTerm("phase"))
        guard scenario.generation(named: p.generation) != nil else {
            throw ModelError.unknownName(
                t.labelled("gen"), .generation, given: p.generation,
                known: scenario.generations.map(\.name))
        }
        try positive(p.size, term: t.labelled("size"), .phaseSize, max: maxWatts)
        try checkDate(p.start, term: t.labelled("start"))
        guard p.ramp.amount.isFinite, p.ramp.amount >= 0, p.ramp.years <= maxRampYears else {
            throw ModelError.rampOutOfRange(t.labelled("ramp"), given: p.ramp, maxYears: maxRampYears)
        }
        try checkDate(p.end, term: t.labelled("ramp"))
    }

    static func check(_ w: Warrant) throws {
        let t = ModelTerm("warrant")
        guard w.shares > 0, w.shares <= maxShares else {
            throw ModelError.shareCount(t.labelled("shares"), given: w.shares, limit: maxShares)
        }
        try nonNegative(w.strike, term: t.labelled("strike"), .pricePerShare)
        try checkDate(w.issued, term: t.labelled("issued"))
        try checkDate(w.expires, term: t.labelled("expires"))
        guard w.expires > w.issued else {
            throw ModelError.expiryNotAfterIssue(t.labelled("expires"), given: w.expires, issued: w.issued)
        }
        guard w.outstanding > 0, w.outstanding <= maxShares else {
            throw ModelError.shareCount(t.labelled("outstanding"), given: w.outstanding, limit: maxShares)
        }
    }

    static func check(_ tr: Tranche, in scenario: Scenario) throws {
        let t = ModelTerm("tranche", tr.name)
        try checkName(tr.name, term: ModelTerm("tranche"))
        guard let w = scenario.warrant else { throw ModelError.needsWarrant(t) }
        guard tr.shares > 0, tr.shares <= w.shares else {
            throw ModelError.trancheShares(t.labelled("shares"), given: tr.shares, warrantShares: w.shares)
        }
        if let gw = tr.deliveredPower { try positive(gw, term: t.labelled("gw"), .deliveredPower, max: maxWatts) }
        if let p = tr.priceTarget { try positive(p, term: t.labelled("price"), .priceTarget) }
        if case .average(let n) = tr.measure, !windows.contains(n) {
            throw ModelError.windowOutOfRange(t.labelled("measure"), given: n, accepted: windows)
        }
        if let m = tr.milestone, scenario.milestone(named: m) == nil {
            throw ModelError.unknownName(
                t.labelled("milestone"), .milestone, given: m,
                known: scenario.milestones.map(\.name))
        }
        if let by = tr.deadline {
            guard by <= w.expires else {
                throw ModelError.deadlineAfterExpiry(t.labelled("by"), given: by, expiry: w.expires)
            }
            guard by >= w.issued else {
                throw ModelError.deadlineBeforeIssue(t.labelled("by"), given: by, issued: w.issued)
            }
        }
    }

    /// The tranches' shares add up to at most the warrant's. Past it, the error names the term
    /// the person changed: the tranche just `edited`, or the warrant's shares when
    /// `warrantEdited`; else the first tranche the running total passes the warrant at.
    static func checkShareTotal(_ s: Scenario, edited: String? = nil, warrantEdited: Bool = false) throws {
        guard let w = s.warrant else { return }
        var total = 0
        var firstPast: Tranche?
        for t in s.tranches {
            let (sum, overflow) = total.addingReportingOverflow(t.shares)
            total = overflow ? Int.max : sum
            if total > w.shares && firstPast == nil { firstPast = t }
        }
        guard let passing = firstPast else { return }
        if warrantEdited {
            throw ModelError.sharesPastWarrant(
                ModelTerm("warrant", label: "shares"), given: w.shares, total: total, warrantShares: w.shares)
        }
        let blamed = s.tranches.first { $0.name == edited } ?? passing
        throw ModelError.sharesPastWarrant(
            ModelTerm("tranche", blamed.name, label: "shares"), given: blamed.shares, total: total,
            warrantShares: w.shares)
    }

    static func check(_ path: PricePath) throws {
        switch path {
        case .constant(let p):
            try positive(p, term: ModelTerm("price path", "constant"), .price)
        case let .linear(p0, d0, p1, d1):
            let t = ModelTerm("price path", "linear")
            try positive(p0, term: t.labelled("from"), .price)
            try positive(p1, term: t.labelled("to"), .price)
            try checkDate(d0, term: t.labelled("on"))
            try checkDate(d1, term: t.labelled("on"))
            guard d1 > d0 else { throw ModelError.endNotAfterStart(t, start: d0, end: d1) }
        case let .growth(p0, d0, rate):
            let t = ModelTerm("price path", "growth")
            try positive(p0, term: t.labelled("from"), .price)
            try checkDate(d0, term: t.labelled("on"))
            guard rate.isFinite, rate > -1, rate <= 100 else {
                throw ModelError.growthOutOfRange(t.labelled("rate"), given: rate, above: -1, upTo: 100)
            }
        case .points(let pts), .closes(let pts):
            guard !pts.isEmpty else { throw ModelError.noPoints(ModelTerm("price path", "points")) }
            for (i, p) in pts.enumerated() {
                let t = ModelTerm("price path", point: i + 1)
                try positive(p.price, term: t, .price)
                try checkDate(p.date, term: t)
                if i > 0, p.date <= pts[i - 1].date {
                    throw ModelError.datesNotIncreasing(t, given: p.date, previous: pts[i - 1].date)
                }
            }
        case let .extended(base, projection):
            try check(base)
            try check(projection, after: base)
        }
    }

    /// `price path extend ...`: it continues from a path that ends, by a rate or to a later price.
    static func check(_ projection: PriceExtension, after base: PricePath) throws {
        guard let end = base.lastDate else { throw ModelError.noEnd(ModelTerm("price path extend")) }
        let t = ModelTerm("price path extend", projection.form)
        switch projection {
        case .constant:
            break
        case .growth(let rate):
            guard rate.isFinite, rate > -1, rate <= 100 else {
                throw ModelError.growthOutOfRange(t.labelled("rate"), given: rate, above: -1, upTo: 100)
            }
        case let .linear(to, until):
            try positive(to, term: t.labelled("to"), .price)
            try checkDate(until, term: t.labelled("until"))
            guard until > end else { throw ModelError.endNotAfterStart(t.labelled("until"), start: end, end: until) }
        }
    }

    static func check(_ m: GBMModel) throws {
        let t = ModelTerm("price model", "gbm")
        try positive(m.s0, term: t.labelled("s0"), .price, max: Scenario.priceCeiling)
        try checkDate(m.start, term: t.labelled("on"))
        guard m.volatility.isFinite, volatilities.contains(m.volatility) else {
            throw ModelError.rateOutOfRange(t.labelled("vol"), .volatility, given: m.volatility, accepted: volatilities)
        }
        // The rate first: the drift defaults to it.
        guard m.rate.isFinite, drifts.contains(m.rate) else {
            throw ModelError.rateOutOfRange(t.labelled("rate"), .rate, given: m.rate, accepted: drifts)
        }
        guard m.drift.isFinite, drifts.contains(m.drift) else {
            throw ModelError.rateOutOfRange(t.labelled("drift"), .drift, given: m.drift, accepted: drifts)
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
        for m in milestones { run { try Validation.checkName(m.name, term: ModelTerm("milestone")) } }
        if let w = warrant { run { try Validation.check(w) } }
        for t in tranches { run { try Validation.check(t, in: self) } }
        run { try Validation.checkShareTotal(self) }
        if let p = pricePath { run { try Validation.check(p) } }
        if let m = priceModel { run { try Validation.check(m) } }
        return errors
    }
}
