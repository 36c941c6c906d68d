// Where each argument of a call was written, so a command's error sits under the value at fault.

/// The source ranges of a call's arguments: each positional value, and each label's value.
public struct ArgumentRanges: Sendable {
    /// The positional values' ranges, in order.
    public var positional: [SourceRange] = []
    /// Each labelled value's range (`MI999` in `gen: MI999`), by label.
    public var labeled: [String: SourceRange] = [:]
    /// Each label's own range (`gen:`), by label: where "no such label" points.
    public var labels: [String: SourceRange] = [:]

    public init() {}

    /// The ranges of parsed arguments (the compiler builds this once per call site).
    init(_ arguments: [Argument]) {
        for a in arguments {
            if let label = a.label {
                labeled[label] = a.valueRange
                labels[label] = a.range
            } else {
                positional.append(a.valueRange)
            }
        }
    }

    /// The range of the `index`th positional value, when it was written.
    func positional(_ index: Int) -> SourceRange? {
        index >= 0 && index < positional.count ? positional[index] : nil
    }
}
