// The whole state of one deal scenario: a value type, so a failed statement can be undone
// by keeping the copy taken before it.

/// One scenario: generations, phases, milestones, the warrant and its tranches, the price
/// path and the price model, and where each term comes from (see docs/MODEL.md).
public struct Scenario: Equatable, Sendable {
    /// GPU generations in the order they were defined.
    public var generations: [Generation] = []
    /// Deployment phases in the order they were defined.
    public var phases: [Phase] = []
    public var milestones: [Milestone] = []
    public var warrant: Warrant?
    /// Tranches in the order they were defined (the order tables list them in).
    public var tranches: [Tranche] = []
    /// The what-if path `vesting`, `timeline`, `explain` and `plot` follow.
    public var pricePath: PricePath?
    /// The model `simulate` draws from.
    public var priceModel: GBMModel?
    /// Where each term comes from, by term key (see `TermKey`); terms without an entry are the user's own.
    public var provenance: [String: Provenance] = [:]

    public init() {}

    /// The deployment schedule of all phases.
    public var deployment: Deployment { Deployment(phases: phases) }

    public func generation(named name: String) -> Generation? { generations.first { $0.name == name } }
    public func phase(named name: String) -> Phase? { phases.first { $0.name == name } }
    public func milestone(named name: String) -> Milestone? { milestones.first { $0.name == name } }
    public func tranche(named name: String) -> Tranche? { tranches.first { $0.name == name } }

    /// Where `term` comes from, if recorded.
    public func provenance(of term: String) -> Provenance? { provenance[term] }
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
