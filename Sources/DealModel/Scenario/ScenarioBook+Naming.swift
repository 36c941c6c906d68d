// Creating, switching between and listing named scenarios.

extension ScenarioBook {
    /// Scenario names in alphabetical order.
    public var names: [String] { scenarios.keys.sorted() }

    /// `scenario NAME from: OTHER`: a copy of OTHER (the current one when nil) under a new
    /// name, which becomes current. An existing name is refused: nothing is replaced silently.
    public mutating func create(_ name: String, from other: String? = nil) throws {
        try Validation.checkName(name, term: ModelTerm("scenario"))
        guard scenarios[name] == nil else { throw ModelError.nameTaken(ModelTerm("scenario"), .scenario, given: name) }
        let source = other ?? currentName
        guard let copy = scenarios[source] else {
            throw unknown(source, term: ModelTerm("scenario", name, label: "from"))
        }
        insert(copy, named: name)
        try use(name)
    }

    /// `scenario drop NAME`: forgets a scenario. The current one is refused (the book always
    /// has a current scenario, and switching silently would hide which one edits go to).
    public mutating func drop(_ name: String) throws {
        guard scenarios[name] != nil else { throw unknown(name, term: ModelTerm("scenario drop")) }
        guard name != currentName else { throw ModelError.dropsCurrent(ModelTerm("scenario drop"), given: name) }
        remove(name)
    }

    /// `scenario rename OLD NEW`: the same scenario under a free name (still current if it was).
    public mutating func rename(_ old: String, to new: String) throws {
        guard scenarios[old] != nil else { throw unknown(old, term: ModelTerm("scenario rename")) }
        try Validation.checkName(new, term: ModelTerm("scenario rename"))
        guard scenarios[new] == nil else {
            throw ModelError.nameTaken(ModelTerm("scenario rename"), .scenario, given: new)
        }
        move(old, to: new)
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
