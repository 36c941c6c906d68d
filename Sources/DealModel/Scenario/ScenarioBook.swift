// Named scenarios (`scenario bull from: base`, `use bull`) and which one is current.

/// Every named scenario of a session and the name of the current one.
public struct ScenarioBook: Equatable, Sendable {
    /// The name of the current scenario.
    public private(set) var currentName: String
    /// Every scenario by name.
    public private(set) var scenarios: [String: Scenario]

    public init(current: Scenario = Scenario(), name: String = "base") {
        currentName = name
        scenarios = [name: current]
    }

    /// The current scenario, read and written in place.
    public var scenario: Scenario {
        // The current name always has a scenario (see `select`); the fallback never runs.
        get { scenarios[currentName] ?? Scenario() }
        set { scenarios[currentName] = newValue }
    }

    /// Stores `scenario` under `name` (replacing any), without changing the current one.
    public mutating func insert(_ scenario: Scenario, named name: String) {
        scenarios[name] = scenario
    }

    /// Removes a scenario that is not the current one (callers check the names).
    mutating func remove(_ name: String) {
        precondition(name != currentName, "the current scenario is never removed")
        scenarios[name] = nil
    }

    /// Moves a scenario to a free name, keeping it current if it was.
    mutating func move(_ old: String, to new: String) {
        guard let scenario = scenarios.removeValue(forKey: old) else { return }
        scenarios[new] = scenario
        if currentName == old { currentName = new }
    }

    /// Makes an existing scenario current; unknown names leave the book unchanged.
    mutating func select(_ name: String) throws {
        guard scenarios[name] != nil else {
            throw ModelError.unknownName(ModelTerm("use"), .scenario, given: name, known: names)
        }
        currentName = name
    }
}
