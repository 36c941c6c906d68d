// `save`: a scenario written as a canonical, commented script of SPEC §5 commands. Loading
// it rebuilds the same scenario, and saving that again gives the same bytes.
import DealModel
import DealScript

/// The canonical script of one scenario: terms in a fixed order, each on one line, numbers
/// exact, provenance as `# source:` comments above the terms it describes.
enum ScenarioScript {
    /// The whole script; `name` is the scenario's name, kept in the header comment.
    static func text(of s: Scenario, name: String) -> String {
        var out = Lines(provenance: s.provenance)
        out.comment("Scenario \"\(name)\", saved by tranche as a canonical script.")
        out.comment("`load` replays it in a fresh scenario; `# source:` lines record where a term comes from.")
        out.line("reset")
        if !s.generations.isEmpty { out.section("GPU generations: power: is all-in facility power per GPU.") }
        for g in s.generations { out.term(TermPrefix.generation(g.name), generation(g)) }
        if !s.phases.isEmpty { out.section("Deployment phases.") }
        for p in s.phases { out.term(TermPrefix.phase(p.name), phase(p)) }
        if !s.milestones.isEmpty { out.section("Milestones: without on: not achieved.") }
        for m in s.milestones { out.term(TermPrefix.milestone(m.name), milestone(m)) }
        if let w = s.warrant {
            out.section("The warrant.")
            out.term(TermPrefix.warrant, warrant(w))
        }
        if !s.tranches.isEmpty { out.section("Tranches: every condition on a line must hold.") }
        for t in s.tranches { out.term(TermPrefix.tranche(t.name), tranche(t)) }
        if s.pricePath != nil || s.priceModel != nil {
            out.section("Price: the what-if path and the model simulate draws from.")
        }
        // Market closes (from a CSV) are written as `price path closes`, a projection after
        // them as a `price path extend` line: loading replays both and gets the same path.
        if let path = s.pricePath { out.term(TermKey.pricePath, pricePath(path)) }
        if let m = s.priceModel { out.term(TermKey.priceModel, priceModel(m)) }
        return out.text
    }

    static func generation(_ g: Generation) -> String {
        var parts = ["generation", g.name]
        if let d = g.shipped { parts.append("shipped: \(d)") }
        parts.append("power: \(ExactLiteral.watts(g.power))")
        if let b = g.boardPower { parts.append("board: \(ExactLiteral.watts(b))") }
        if let m = g.memoryBytes { parts.append("memory: \(ExactLiteral.bytes(m))") }
        if let f = g.fp8 { parts.append("fp8: \(ExactLiteral.flops(f))") }
        if let f = g.fp4 { parts.append("fp4: \(ExactLiteral.flops(f))") }
        if let p = g.price { parts.append("price: \(ExactLiteral.dollars(p))") }
        return parts.joined(separator: " ")
    }

    static func phase(_ p: Phase) -> String {
        var line =
            "phase \(p.name) gen: \(p.generation) size: \(ExactLiteral.watts(p.size)) start: \(p.start) ramp: "
            + "\(ExactLiteral.duration(p.ramp))"
        if p.shape != .linear { line += " shape: \(p.shape.rawValue)" }
        return line
    }

    static func milestone(_ m: Milestone) -> String {
        "milestone \(m.name)" + (m.achieved.map { " on: \($0)" } ?? "")
    }

    static func warrant(_ w: Warrant) -> String {
        "warrant shares: \(ExactLiteral.shares(w.shares)) strike: \(ExactLiteral.dollars(w.strike)) issued: "
            + "\(w.issued) expires: \(w.expires) outstanding: \(ExactLiteral.shares(w.outstanding))"
    }

    static func tranche(_ t: Tranche) -> String {
        var parts = ["tranche", t.name, "shares: \(ExactLiteral.shares(t.shares))"]
        if let w = t.deliveredPower { parts.append("gw: \(ExactLiteral.watts(w))") }
        if let p = t.priceTarget { parts.append("price: \(ExactLiteral.dollars(p))") }
        if t.measure != .close { parts.append("measure: \(t.measure)") }
        if !t.latched { parts.append("latch: false") }
        if let m = t.milestone { parts.append("milestone: \(m)") }
        if let d = t.deadline { parts.append("by: \(d)") }
        return parts.joined(separator: " ")
    }

    static func pricePath(_ path: PricePath) -> String {
        switch path {
        case .constant(let p):
            return "price path constant \(ExactLiteral.dollars(p))"
        case let .linear(p0, d0, p1, d1):
            return
                "price path linear from: \(ExactLiteral.dollars(p0)) on: \(d0) to: \(ExactLiteral.dollars(p1)) "
                + "until: \(d1)"
        case let .growth(p0, d0, rate):
            return "price path growth from: \(ExactLiteral.dollars(p0)) on: \(d0) rate: \(ExactLiteral.percent(rate))"
        case .points(let points):
            return "price path points " + pointList(points)
        case .closes(let closes):
            return "price path closes " + pointList(closes)
        case let .extended(base, projection):
            return pricePath(base) + "\n" + extend(projection)
        }
    }

    /// `price path extend growth rate: 30%`.
    static func extend(_ projection: PriceExtension) -> String { "price path extend " + projectionWords(projection) }

    /// `growth rate: 30%`, `constant`, `linear to: $400 until: 2028-01-03`.
    static func projectionWords(_ projection: PriceExtension) -> String {
        switch projection {
        case .constant: return "constant"
        case .growth(let rate): return "growth rate: \(ExactLiteral.percent(rate))"
        case let .linear(to, until): return "linear to: \(ExactLiteral.dollars(to)) until: \(until)"
        }
    }

    /// `[[2025-10-06, $200], ...]`, one point per line when there are many.
    static func pointList(_ points: [PricePoint]) -> String {
        let items = points.map { "[\($0.date), \(ExactLiteral.dollars($0.price))]" }
        if items.count <= 4 { return "[" + items.joined(separator: ", ") + "]" }
        return "[\n    " + items.joined(separator: ",\n    ") + ",\n]"
    }

    static func priceModel(_ m: GBMModel) -> String {
        "price model gbm s0: \(ExactLiteral.dollars(m.s0)) on: \(m.start) vol: "
            + "\(ExactLiteral.percent(m.volatility)) drift: \(ExactLiteral.percent(m.drift)) "
            + "rate: \(ExactLiteral.percent(m.rate)) seed: \(m.seed)"
    }
}

/// The provenance key prefix of each term (`generation.MI450.`); `TermKey` builds whole keys.
enum TermPrefix {
    static func generation(_ n: String) -> String { "generation.\(n)." }
    static func phase(_ n: String) -> String { "phase.\(n)." }
    static func milestone(_ n: String) -> String { "milestone.\(n)." }
    static func tranche(_ n: String) -> String { "tranche.\(n)." }
    static let warrant = "warrant."
}

/// The script being written: lines, and the provenance comments put above each term.
private struct Lines {
    let provenance: [String: Provenance]
    var text = ""

    mutating func line(_ s: String) { text += s + "\n" }
    mutating func comment(_ s: String) { line("# " + s) }
    mutating func section(_ title: String) {
        line("")
        comment(title)
    }

    /// A term's line, after its `# source:` comments. `key` is a whole key or a prefix.
    mutating func term(_ key: String, _ statement: String) {
        let mine = provenance.keys.filter { $0 == key || (key.hasSuffix(".") && $0.hasPrefix(key)) }.sorted()
        for k in mine {
            if let p = provenance[k] { line(ProvenanceComment.line(key: k, p)) }
        }
        line(statement)
    }
}
