// Defining and replacing the scenario's terms, each checked before it is stored.

extension Scenario {
    /// Adds a generation, or replaces the one with the same name.
    public mutating func define(_ g: Generation) throws {
        try Validation.check(g)
        upsert(&generations, g, name: \.name)
        forgetProvenance("generation", g.name)
    }

    /// Adds a phase, or replaces the one with the same name. Its generation must exist.
    public mutating func define(_ p: Phase) throws {
        try Validation.check(p, in: self)
        upsert(&phases, p, name: \.name)
        forgetProvenance("phase", p.name)
    }

    /// Adds a milestone, or replaces the one with the same name.
    public mutating func define(_ m: Milestone) throws {
        try Validation.checkName(m.name, term: ModelTerm("milestone"))
        upsert(&milestones, m, name: \.name)
    }

    /// Sets the warrant; existing tranches must still fit it.
    public mutating func define(_ w: Warrant) throws {
        var copy = self
        copy.warrant = w
        try Validation.check(w)
        for t in copy.tranches { try Validation.check(t, in: copy) }
        try Validation.checkShareTotal(copy, warrantEdited: true)
        self = copy
        for key in provenance.keys where key.hasPrefix("warrant.") { provenance[key] = nil }
    }

    /// Adds a tranche, or replaces the one with the same name. A warrant must be set first.
    public mutating func define(_ t: Tranche) throws {
        var copy = self
        upsert(&copy.tranches, t, name: \.name)
        try Validation.check(t, in: copy)
        try Validation.checkShareTotal(copy, edited: t.name)
        self = copy
        forgetProvenance("tranche", t.name)
    }

    /// Sets the what-if price path.
    public mutating func setPricePath(_ path: PricePath) throws {
        try Validation.check(path)
        pricePath = path
        provenance[TermKey.pricePath] = nil
    }

    /// Sets the price model for `simulate`.
    public mutating func setPriceModel(_ model: GBMModel) throws {
        try Validation.check(model)
        priceModel = model
        provenance[TermKey.priceModel] = nil
    }

    /// A redefined term is the user's own: its recorded provenance no longer applies.
    mutating func forgetProvenance(_ kind: String, _ name: String) {
        let prefix = "\(kind).\(name)."
        for key in provenance.keys where key.hasPrefix(prefix) { provenance[key] = nil }
    }
}

/// Replaces the item with the same name, or appends it (definition order is kept).
private func upsert<T>(_ list: inout [T], _ item: T, name key: KeyPath<T, String>) {
    if let i = list.firstIndex(where: { $0[keyPath: key] == item[keyPath: key] }) {
        list[i] = item
    } else {
        list.append(item)
    }
}
