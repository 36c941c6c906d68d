// Errors of the model: which term is wrong and what it accepts.

/// A model error: the term at fault (`tranche T2 price:`) and a message saying what it accepts.
public struct ModelError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of mistake, for tools and tests.
    public enum Kind: String, Hashable, Sendable {
        case unknownName, invalidValue, inconsistent, missing, badInput
    }
    public var kind: Kind
    /// The term, as the language writes it: `tranche T2 price:`, `phase P3 gen:`, `csv row 4`.
    public var term: String
    /// What is wrong and what is accepted.
    public var message: String

    public init(_ kind: Kind, term: String, _ message: String) {
        self.kind = kind
        self.term = term
        self.message = message
    }

    /// `tranche T2 price: must be positive, got -$5`.
    public var description: String { term.isEmpty ? message : "\(term) \(message)" }
}
