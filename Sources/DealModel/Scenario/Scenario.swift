// The whole state of one deal scenario: a value type, so a failed statement can be undone
// by keeping the copy taken before it.

/// One scenario: generations, phases, milestones, the warrant and its tranches, the price
/// path and the price model, and where each term comes from (see docs/MODEL.md).
public struct Scenario: Equatable, Sendable {
    /// GPU generations in the order they were defined (shared by every deal).
    public var generations: [Generation] = []
    /// The deals, in the order they were defined; at least one. Terms commands edit the current one.
    public var deals: [Deal] = [Deal()]
    /// The index of the current deal in `deals` (`deal NAME` selects it).
    public var currentDeal = 0
    /// The what-if path `vesting`, `timeline`, `explain` and `plot` follow.
    public var pricePath: PricePath?
    /// The model `simulate` draws from.
    public var priceModel: GBMModel?
    /// Where each shared term (generations, price) comes from; deal terms keep theirs in their deal.
    public var sharedProvenance: [String: Provenance] = [:]

    public init() {}

    /// The current deal's deployment phases in the order they were defined.
    public var phases: [Phase] {
        get { deals[currentDeal].phases }
        set { deals[currentDeal].phases = newValue }
    }
    public var milestones: [Milestone] {
        get { deals[currentDeal].milestones }
        set { deals[currentDeal].milestones = newValue }
    }
    /// The current deal's warrant.
    public var warrant: Warrant? {
        get { deals[currentDeal].warrant }
        set { deals[currentDeal].warrant = newValue }
    }
    /// The current deal's tranches in the order they were defined (the order tables list them in).
    public var tranches: [Tranche] {
        get { deals[currentDeal].tranches }
        set { deals[currentDeal].tranches = newValue }
    }

    /// Where each term comes from, by term key (see `TermKey`): the shared terms and the current
    /// deal's; terms without an entry are the user's own. Writing sorts keys back to their owner.
    public var provenance: [String: Provenance] {
        get { sharedProvenance.merging(deals[currentDeal].provenance) { a, _ in a } }
        set {
            sharedProvenance = newValue.filter { !Deal.ownsKey($0.key) }
            deals[currentDeal].provenance = newValue.filter { Deal.ownsKey($0.key) }
        }
    }

    /// The deployment schedule of the current deal's phases, with fixed slips and shortfalls applied.
    public var deployment: Deployment { Deployment(phases: phases.map(\.planned)) }

    public func generation(named name: String) -> Generation? { generations.first { $0.name == name } }
    public func phase(named name: String) -> Phase? { phases.first { $0.name == name } }
    public func milestone(named name: String) -> Milestone? { milestones.first { $0.name == name } }
    public func tranche(named name: String) -> Tranche? { tranches.first { $0.name == name } }

    /// Where `term` comes from, if recorded.
    public func provenance(of term: String) -> Provenance? {
        Deal.ownsKey(term) ? deals[currentDeal].provenance[term] : sharedProvenance[term]
    }

    /// Where `term` comes from, read and written in the current deal's or the shared table by
    /// the rule `provenance(of:)` reads by. Writing through `provenance[term]` instead merges
    /// and splits both tables on every write: the built-in scenario's writes took a third of
    /// `tranche -e 1`'s start-up instructions.
    public subscript(provenanceOf term: String) -> Provenance? {
        get { provenance(of: term) }
        set {
            if Deal.ownsKey(term) {
                deals[currentDeal].provenance[term] = newValue
            } else {
                sharedProvenance[term] = newValue
            }
        }
    }
}

/// Whether a default is a public fact (with its source) or an assumption.
public enum Provenance: Hashable, Sendable, CustomStringConvertible {
    /// Disclosed: the source, e.g. "AMD 8-K, Exhibit 4.1, 2025-10-05".
    case disclosed(source: String)
    /// Assumed by the model: why, e.g. "not disclosed; one tranche per GW".
    case assumption(note: String)

    public var isAssumption: Bool {
        if case .assumption = self { return true }
        return false
    }

    /// `public (AMD 8-K ...)` or `assumption (...)`.
    public var description: String {
        switch self {
        case .disclosed(let s): return "public (\(s))"
        case .assumption(let n): return "assumption (\(n))"
        }
    }
}

/// Keys of `Scenario.provenance`: `warrant.shares`, `tranche.T2.price`, `generation.MI450.power`, ...
public enum TermKey {
    public static func warrant(_ field: String) -> String { "warrant.\(field)" }
    public static func tranche(_ name: String, _ field: String) -> String { "tranche.\(name).\(field)" }
    public static func generation(_ name: String, _ field: String) -> String { "generation.\(name).\(field)" }
    public static func phase(_ name: String, _ field: String) -> String { "phase.\(name).\(field)" }
    public static let pricePath = "price.path"
    public static let priceModel = "price.model"
}
