// What an entry at the prompt changed in the book, in one line the shell shows dimmed
// (`base: changed tranche T2 · undo takes it back`), so a change is never silent.
import DealModel
import DealScript

/// The book before an entry, to compare with after it (books share storage: a mark is cheap,
/// and comparing two books that share it is too).
public struct ScenarioMark {
    let book: ScenarioBook
}

extension DealSession {
    /// The session's book now; nil for a session without the deal.
    public static func mark(_ session: Session) -> ScenarioMark? {
        session.context.state(DealState.self).map { ScenarioMark(book: $0.book) }
    }

    /// One line saying what changed between two marks, or nil when nothing did.
    public static func confirmation(from before: ScenarioMark, to after: ScenarioMark) -> String? {
        ScenarioChange.line(from: before.book, to: after.book)
    }
}

/// The wording of a change.
enum ScenarioChange {
    /// Every term of `s` by the name a person types (`tranche T2`), with its `save` line.
    static func terms(of s: Scenario) -> [(name: String, line: String)] {
        var terms: [(name: String, line: String)] = []
        for g in s.generations { terms.append(("generation \(g.name)", ScenarioScript.generation(g))) }
        for p in s.phases { terms.append(("phase \(p.name)", ScenarioScript.phase(p))) }
        for m in s.milestones { terms.append(("milestone \(m.name)", ScenarioScript.milestone(m))) }
        if let w = s.warrant { terms.append(("warrant", ScenarioScript.warrant(w))) }
        for t in s.tranches { terms.append(("tranche \(t.name)", ScenarioScript.tranche(t))) }
        if let path = s.pricePath { terms.append(("price path", ScenarioScript.pricePath(path))) }
        if let m = s.priceModel { terms.append(("price model", ScenarioScript.priceModel(m))) }
        return terms
    }

    static func line(from before: ScenarioBook, to after: ScenarioBook) -> String? {
        guard before != after else { return nil }
        var parts: [String] = []
        let added = after.scenarios.keys.sorted().filter { before.scenarios[$0] == nil }
        let dropped = before.scenarios.keys.sorted().filter { after.scenarios[$0] == nil }
        if !added.isEmpty { parts.append("new scenario " + added.joined(separator: ", ")) }
        if !dropped.isEmpty { parts.append("dropped " + dropped.joined(separator: ", ")) }
        if before.currentName != after.currentName {
            parts.append("now on \(after.currentName)")
        } else if before.scenario != after.scenario {
            let beforeTerms = terms(of: before.scenario)
            let afterTerms = terms(of: after.scenario)
            let old = Dictionary(beforeTerms.map { ($0.name, $0.line) }, uniquingKeysWith: { a, _ in a })
            let new = Dictionary(afterTerms.map { ($0.name, $0.line) }, uniquingKeysWith: { a, _ in a })
            var changed: [String] = []
            var addedTerms: [String] = []
            for (name, line) in afterTerms {
                if let was = old[name] {
                    if was != line { changed.append(name) }
                } else {
                    addedTerms.append(name)
                }
            }
            let removed = beforeTerms.map(\.name).filter { new[$0] == nil }
            // A term re-entered as it was changes only where it is said to come from.
            if changed.isEmpty && addedTerms.isEmpty && removed.isEmpty { changed.append("the terms' sources") }
            var termParts: [String] = []
            if !changed.isEmpty { termParts.append("changed " + listed(changed)) }
            if !addedTerms.isEmpty { termParts.append("added " + listed(addedTerms)) }
            if !removed.isEmpty { termParts.append("removed " + listed(removed)) }
            parts.append("\(after.currentName): " + termParts.joined(separator: ", "))
        }
        guard !parts.isEmpty else { return nil }
        return parts.joined(separator: "; ") + " · undo takes it back"
    }

    /// `tranche T2`, `tranche T2, T3`, or `7 terms` when there are many.
    private static func listed(_ names: [String]) -> String {
        if names.count > 4 { return "\(names.count) terms" }
        var out: [String] = []
        var lastKind = ""
        for name in names {
            let kind = name.split(separator: " ").first.map(String.init) ?? name
            let rest = name.dropFirst(kind.count).trimmingPrefix(" ")
            out.append(kind == lastKind && !rest.isEmpty ? String(rest) : name)
            lastKind = kind
        }
        return out.joined(separator: ", ")
    }
}
