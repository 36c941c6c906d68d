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
        get { scenarios[currentName]! }
        set { scenarios[currentName] = newValue }
    }
}
