// Which term of the deal a model error is about, in the language's own parts.

/// A term as the language names it: `tranche T2 price:` is the command `tranche`, the name
/// `T2` and the label `price`; `price path point 3` is the third point of `price path points`.
public struct ModelTerm: Hashable, Sendable {
    /// The command that sets the term: `tranche`, `warrant`, `price path`, `use`.
    public var command: String
    /// The name the command defines or picks (`T2`, `linear`, `gbm`), if any.
    public var name: String?
    /// The label at fault (`price`), nil when the term as a whole is.
    public var label: String?
    /// The 1-based point of a list of points at fault.
    public var point: Int?

    public init(_ command: String, _ name: String? = nil, label: String? = nil, point: Int? = nil) {
        self.command = command
        self.name = name
        self.label = label
        self.point = point
    }

    /// The same term with `label` at fault.
    public func labelled(_ label: String) -> ModelTerm {
        var copy = self
        copy.label = label
        return copy
    }
}
