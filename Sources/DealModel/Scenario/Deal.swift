// One deal of a scenario: a counterparty's phases, milestones, warrant and tranches, with the
// provenance of those terms. Several deals share a scenario's generations and share price.

/// `deal Meta`: the terms one counterparty's warrant rests on. A scenario holds one or more;
/// an old single-deal script builds one unnamed deal.
public struct Deal: Equatable, Sendable {
    /// The counterparty (`OpenAI`, `Meta`); empty for the unnamed deal of a single-deal script.
    public var name: String
    /// Deployment phases in the order they were defined.
    public var phases: [Phase] = []
    public var milestones: [Milestone] = []
    public var warrant: Warrant?
    /// Tranches in the order they were defined (the order tables list them in).
    public var tranches: [Tranche] = []
    /// Where each of this deal's terms comes from (keys `phase.P1.size`, `warrant.shares`, ...).
    public var provenance: [String: Provenance] = [:]

    public init(name: String = "") { self.name = name }

    /// True when no term is defined yet (a `deal NAME` may then name it rather than add one).
    public var isEmpty: Bool { phases.isEmpty && milestones.isEmpty && warrant == nil && tranches.isEmpty }

    /// The name tables show: the counterparty, or `deal` for the unnamed one.
    public var label: String { name.isEmpty ? "deal" : name }

    /// True when a provenance key names one of a deal's own terms rather than a shared one.
    static func ownsKey(_ key: String) -> Bool {
        key.hasPrefix("phase.") || key.hasPrefix("milestone.") || key.hasPrefix("warrant.")
            || key.hasPrefix("tranche.")
    }
}

extension Scenario {
    /// The index of the deal named `name`, if any.
    public func dealIndex(named name: String) -> Int? { deals.firstIndex { $0.name == name } }

    /// The current deal's name (empty when unnamed).
    public var currentDealName: String { deals[currentDeal].name }

    /// True when the scenario holds more than one deal: views then show each and the total.
    public var hasSeveralDeals: Bool { deals.count > 1 }

    /// `deal NAME`: makes the deal named `name` current, adding it when there is none. A lone
    /// unnamed deal with no terms yet takes the name instead (a script starting `deal OpenAI`).
    public mutating func selectDeal(named name: String) throws {
        try Validation.checkName(name, term: ModelTerm("deal"))
        if let i = dealIndex(named: name) {
            currentDeal = i
        } else if deals.count == 1, deals[0].name.isEmpty, deals[0].isEmpty {
            deals[0].name = name
        } else {
            deals.append(Deal(name: name))
            currentDeal = deals.count - 1
        }
    }

    /// The same scenario looking at deal `index` (the other deals kept, the views then see it as current).
    public func focused(on index: Int) -> Scenario {
        var copy = self
        copy.currentDeal = index
        return copy
    }

    /// Deal `index` alone in a scenario of its own, with the shared generations and price:
    /// what `load "amd-meta"` would be for the Meta deal of `amd-both`.
    public func alone(_ index: Int) -> Scenario {
        var copy = self
        copy.deals = [deals[index]]
        copy.currentDeal = 0
        return copy
    }

    /// Every deal alone, in order (one element for a single-deal scenario).
    public var eachDeal: [Scenario] { deals.indices.map(alone) }
}
