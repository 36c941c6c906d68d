// `tranche merge PART.json...`: reads the part files of a split run, checks they are the parts
// of one run (the same heading, none missing or twice), and builds the whole run's result.
import DealModel
import DealScript

/// `tranche merge PART.json...`: the parts of one run put together into its result.
public enum SimulationMerge {
    /// The whole run's result object from the parts' texts (file name, text), in any order.
    public static func merge(_ parts: [(file: String, text: String)]) throws -> ScriptObject {
        guard !parts.isEmpty else { throw ScriptError("merge: name the part files, like `tranche merge part-*.json`") }
        let read = try parts.map { try SimulationPart(text: $0.text, file: $0.file) }
        let first = read[0]
        for p in read.dropFirst() where p.heading != first.heading || p.outline != first.outline || p.of != first.of {
            throw ScriptError("merge: the parts come from different runs (scenario, model, date or split differ)")
        }
        guard let totals = SimulationTotals.merged(read.map(\.totals)) else {
            throw ScriptError("merge: the parts come from different runs, or some part is given twice")
        }
        guard totals.isComplete else {
            let have = Set(read.map(\.part))
            let missing = (1...max(1, first.of)).filter { !have.contains($0) }.map(String.init)
            throw ScriptError("merge: parts missing: \(missing.prefix(10).joined(separator: ", ")) of \(first.of)")
        }
        guard let result = MonteCarloEngine.result(of: totals, outline: first.outline) else {
            throw ScriptError("merge: the parts do not add up to a whole run")
        }
        return SimulationObject(result, heading: first.heading)
    }
}
