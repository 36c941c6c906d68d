// `show warrant|generations|phases|tranches|milestones|price|scenario`: the scenario's terms as
// tables; `show warrant` says of each term whether it is public (with its source) or assumed.
import DealModel
import DealScript

extension Provenance {
    /// `public`, `assumption`.
    var kind: String { isAssumption ? "assumption" : "public" }
    /// The source of a public term, or why a term is assumed.
    var note: String {
        switch self {
        case .disclosed(let s): return s
        case .assumption(let n): return n
        }
    }
}

extension ReportTable {
    /// One row per term: its value and where it comes from (`yours` for the user's own terms).
    static func terms(
        _ items: [(key: String, term: String, value: Value)], in s: Scenario,
        typeName: String, title: String, scenario: String
    ) -> ReportTable {
        let rows: [[(String, Value)]] = items.map { item in
            let p = s.provenance(of: item.key)
            return [
                ("term", .string(item.term)), ("value", item.value),
                ("provenance", .string(p?.kind ?? "yours")), ("source", optional(p) { .string($0.note) }),
            ]
        }
        return ReportTable(
            typeName: typeName, title: "\(title) (scenario \(scenario))",
            columns: [
                ReportColumn("term", "term"), ReportColumn("value", "value"),
                ReportColumn("provenance", "public or assumed"), ReportColumn("source", "source or reason"),
            ],
            rows: rows, summary: [("scenario", .string(scenario))])
    }

    /// `show warrant`: the warrant's terms and each tranche's, marked public or assumption.
    static func warrantTerms(_ s: Scenario, scenario: String) throws -> ReportTable {
        guard let w = s.warrant else {
            throw ScriptError("warrant is not set (set it with `warrant shares: ... expires: ...`)")
        }
        var items: [(key: String, term: String, value: Value)] = [
            (TermKey.warrant("shares"), "warrant shares", .plain(Double(w.shares))),
            (TermKey.warrant("strike"), "warrant strike", .number(w.strike, .dollars)),
            (TermKey.warrant("issued"), "warrant issued", .date(w.issued)),
            (TermKey.warrant("expires"), "warrant expires", .date(w.expires)),
            (TermKey.warrant("outstanding"), "AMD shares outstanding", .plain(Double(w.outstanding))),
        ]
        for t in s.tranches {
            items.append((TermKey.tranche(t.name, "shares"), "\(t.name) shares", .plain(Double(t.shares))))
            if let g = t.deliveredPower {
                items.append((TermKey.tranche(t.name, "gw"), "\(t.name) gw", .number(g, .watts)))
            }
            // A measure is how a price target is tested: a tranche without one has none to show.
            if let p = t.priceTarget {
                items.append((TermKey.tranche(t.name, "price"), "\(t.name) price", .number(p, .dollars)))
                items.append(
                    (
                        TermKey.tranche(t.name, "measure"), "\(t.name) measure",
                        .string(t.measure.description + (t.latched ? ", latched" : ", same day"))
                    ))
            }
        }
        return terms(items, in: s, typeName: "warrant terms", title: "warrant", scenario: scenario)
    }

    /// `show price`: the price path and the price model with their provenance.
    static func priceTerms(_ s: Scenario, scenario: String) -> ReportTable {
        let path =
            s.pricePath.map { Value.string(PriceDescription.path($0)) }
            ?? .string("not set (set it with `price path ...`)")
        let model =
            s.priceModel.map { Value.string(PriceDescription.model($0)) }
            ?? .string("not set (set it with `price model gbm ...`)")
        return terms(
            [(TermKey.pricePath, "price path", path), (TermKey.priceModel, "price model", model)],
            in: s, typeName: "price terms", title: "price", scenario: scenario)
    }

    /// A list of objects (`show generations`, `show phases`...) as a table of their fields.
    static func objects(
        _ objects: [TermObject], keys: [(String, String, TextTable.Alignment)],
        typeName: String, title: String, scenario: String
    ) -> ReportTable {
        ReportTable(
            typeName: typeName, title: "\(title) (scenario \(scenario))",
            columns: keys.map { ReportColumn($0.0, $0.1, $0.2) },
            rows: objects.map { o in keys.map { k in (k.0, o.field(k.0) ?? .nil) } },
            summary: [("scenario", .string(scenario))])
    }

    /// `show scenario`: the book's scenarios, which is current, and what each holds.
    static func scenarios(_ book: ScenarioBook) -> ReportTable {
        let rows: [[(String, Value)]] = book.names.map { name in
            let s = book.scenarios[name] ?? Scenario()
            let gw = s.deployment.totalWatts
            return [
                ("name", .string(name)), ("current", .bool(name == book.currentName)),
                ("generations", .plain(Double(s.generations.count))), ("phases", .plain(Double(s.phases.count))),
                ("tranches", .plain(Double(s.tranches.count))), ("gw", .number(gw, .watts)),
                ("shares", .plain(Double(s.tranches.reduce(0) { $0 &+ $1.shares }))),
                ("price_path", .bool(s.pricePath != nil)), ("price_model", .bool(s.priceModel != nil)),
            ]
        }
        return ReportTable(
            typeName: "scenarios", title: "scenarios (current: \(book.currentName))",
            columns: [
                ReportColumn("name", "scenario"), ReportColumn("current", "current"),
                ReportColumn("tranches", "tranches", .right), ReportColumn("shares", "shares", .right),
                ReportColumn("phases", "phases", .right), ReportColumn("gw", "GW planned", .right),
                ReportColumn("price_path", "price path"), ReportColumn("price_model", "price model"),
            ],
            rows: rows, summary: [("current", .string(book.currentName))])
    }
}

/// Price paths and models in the words of the commands that set them.
enum PriceDescription {
    static func path(_ p: PricePath) -> String {
        func money(_ x: Double) -> String { ScriptLiteral.dollars(x) }
        switch p {
        case .constant(let x): return "constant \(money(x))"
        case let .linear(p0, d0, p1, d1): return "linear from: \(money(p0)) on: \(d0) to: \(money(p1)) until: \(d1)"
        case let .growth(p0, d0, r): return "growth from: \(money(p0)) on: \(d0) rate: \(ScriptLiteral.percent(r))"
        case .points(let pts):
            return "points [" + pts.map { "[\($0.date), \(money($0.price))]" }.joined(separator: ", ") + "]"
        case .closes(let pts):
            return "closes: \(pts.count) market closes" + (pts.first.map { " from \($0.date)" } ?? "")
                + (pts.last.map { " to \($0.date)" } ?? "") + " (no price before the first)"
        case let .extended(base, projection):
            return path(base) + "; then from the last close, " + ScenarioScript.projectionWords(projection)
        }
    }

    static func model(_ m: GBMModel) -> String {
        "gbm s0: \(ScriptLiteral.dollars(m.s0)) on: \(m.start) vol: \(ScriptLiteral.percent(m.volatility)) "
            + "drift: \(ScriptLiteral.percent(m.drift)) rate: \(ScriptLiteral.percent(m.rate)) seed: \(m.seed)"
    }
}
