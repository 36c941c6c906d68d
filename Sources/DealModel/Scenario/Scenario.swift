// The whole state of one deal scenario: a value type, so a failed statement can be undone
// by keeping the copy taken before it.

/// One scenario: generations, phases, milestones, the warrant and its tranches, the price
/// path and the price model. (Filled in by the deal-model work; see docs/MODEL.md.)
public struct Scenario: Equatable, Sendable {
    public init() {}
}
