// Reading the scenario's terms from scripts: tranches(), tranche("T1"), phases(), phase("P1"),
// generations(), generation("MI450"), milestones().
import DealModel
import DealScript

/// Looks terms up by name; an unknown name lists the known ones.
enum Accessor {
    static func unknown(_ kind: String, _ name: String, _ known: [String]) -> ScriptError {
        var m = "names no \(kind): \(name)"
        if let s = Suggestion.closest(to: name, in: known) { m += "; did you mean `\(s)`?" }
        m += known.isEmpty ? " (none defined)" : "; known: " + known.joined(separator: ", ")
        return ScriptError("\(kind) " + m)
    }

    static func generation(_ name: String, _ s: Scenario) throws -> Value {
        guard let g = s.generation(named: name) else { throw unknown("generation", name, s.generations.map(\.name)) }
        return .object(GenerationObject(g))
    }

    static func phase(_ name: String, _ s: Scenario) throws -> Value {
        guard let p = s.phase(named: name) else { throw unknown("phase", name, s.phases.map(\.name)) }
        return .object(PhaseObject(p))
    }

    static func tranche(_ name: String, _ s: Scenario) throws -> Value {
        guard let t = TrancheObject.all(in: s).first(where: { $0.tranche.name == name }) else {
            throw unknown("tranche", name, s.tranches.map(\.name))
        }
        return .object(t)
    }

    static func list(_ objects: [ScriptObject]) -> Value { .list(ScriptList(objects.map { .object($0) })) }
}

extension CommandRegistry {
    func registerAccessors() {
        register(
            Command("tranches", help: "the scenario's tranches, in order, as objects") { _, context in
                Accessor.list(TrancheObject.all(in: context.deal.book.scenario))
            })
        register(
            Command("phases", help: "the scenario's deployment phases as objects") { _, context in
                Accessor.list(context.deal.book.scenario.phases.map(PhaseObject.init))
            })
        register(
            Command("generations", help: "the scenario's GPU generations as objects") { _, context in
                Accessor.list(context.deal.book.scenario.generations.map(GenerationObject.init))
            })
        register(
            Command("milestones", help: "the scenario's milestones as objects") { _, context in
                Accessor.list(context.deal.book.scenario.milestones.map(MilestoneObject.init))
            })
    }
}
