// Creating, switching between and listing named scenarios.

extension ScenarioBook {
    /// Scenario names in alphabetical order.
    public var names: [String] { scenarios.keys.sorted() }

    /// `scenario NAME from: OTHER`: a copy of OTHER (the current one when nil) under a new
    /// name, which becomes current. Replaces an existing scenario of that name.
    public mutating func create(_ name: String, from other: String? = nil) throws {
        try Validation.checkName(name, term: ModelTerm("scenario"))
        let source = other ?? currentName
        guard let copy = scenarios[source] else { throw unknown(source, term: ModelTerm("scenario", name, label: "from")) }
        insert(copy, named: name)
        try use(name)
    }

    /// `use NAME`: makes NAME current.
    public mutating func use(_ name: String) throws {
        guard scenarios[name] != nil else { throw unknown(name, term: ModelTerm("use")) }
        try select(name)
    }

    /// The scenario called `name`.
    public func scenario(named name: String) throws -> Scenario {
        guard let s = scenarios[name] else { throw unknown(name, term: ModelTerm("scenario")) }
        return s
    }

    private func unknown(_ name: String, term: ModelTerm) -> ModelError {
        .unknownName(term, .scenario, given: name, known: names)
    }
}
