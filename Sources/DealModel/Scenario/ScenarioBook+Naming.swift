// Creating, switching between and listing named scenarios.

extension ScenarioBook {
    /// Scenario names in alphabetical order.
    public var names: [String] { scenarios.keys.sorted() }

    /// `scenario NAME from: OTHER`: a copy of OTHER (the current one when nil) under a new
    /// name, which becomes current. Replaces an existing scenario of that name.
    public mutating func create(_ name: String, from other: String? = nil) throws {
        guard !name.isEmpty, name.count <= 64 else {
            throw ModelError(.invalidValue, term: "scenario", "needs a name of 1 to 64 characters")
        }
        let source = other ?? currentName
        guard let copy = scenarios[source] else { throw unknown(source, term: "scenario \(name) from:") }
        insert(copy, named: name)
        try use(name)
    }

    /// `use NAME`: makes NAME current.
    public mutating func use(_ name: String) throws {
        guard scenarios[name] != nil else { throw unknown(name, term: "use") }
        try select(name)
    }

    /// The scenario called `name`.
    public func scenario(named name: String) throws -> Scenario {
        guard let s = scenarios[name] else { throw unknown(name, term: "scenario") }
        return s
    }

    private func unknown(_ name: String, term: String) -> ModelError {
        ModelError(.unknownName, term: term, "names no scenario: `\(name)`; known: \(names.joined(separator: ", "))")
    }
}
