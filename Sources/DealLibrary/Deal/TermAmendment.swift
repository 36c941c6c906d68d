// Amending a term that exists: the labels given replace those terms; the others, and where
// their values came from (public filing or assumption), stay as they were.
import DealModel
import DealScript

extension CommandArguments {
    /// Runs a term's definition, then restores the provenance of every term of it this
    /// statement did not give (`prefix` is the term's key prefix, like `tranche.T2.`).
    /// Model errors point at the label they name; on error nothing changes.
    func amend(_ scenario: inout Scenario, prefix: String, _ define: (inout Scenario) throws -> Void) throws {
        var kept: [String: Provenance] = [:]
        for (key, value) in scenario.provenance where key.hasPrefix(prefix) {
            let term = String(key.dropFirst(prefix.count))
            if !givesTerm(term) { kept[key] = value }
        }
        try modelStep { try define(&scenario) }
        for (key, value) in kept { scenario[provenanceOf: key] = value }
    }

    /// True when this statement sets the term recorded under `term` (`latch:` is part of `measure`).
    private func givesTerm(_ term: String) -> Bool {
        if labeled[term] != nil { return true }
        return term == "measure" && labeled["latch"] != nil
    }
}
