// Provenance in a saved script: `# source: KEY is public (SOURCE)` or
// `# source: KEY is an assumption (NOTE)`, read back by `load` so a round trip keeps it.
import DealModel
import DealScript

/// One term's provenance as a comment line, and the comments of a script read back.
enum ProvenanceComment {
    static let marker = "# source: "

    /// `# source: generation.MI450.power is an assumption (3.0 kW all-in)`.
    static func line(key: String, _ p: Provenance) -> String {
        switch p {
        case .disclosed(let source): return marker + "\(key) is public (\(flat(source)))"
        case .assumption(let note): return marker + "\(key) is an assumption (\(flat(note)))"
        }
    }

    /// Every `# source:` comment of `source` (a comment line of its own), by key.
    static func parse(_ source: String) -> [String: Provenance] {
        var found: [String: Provenance] = [:]
        for raw in source.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix(marker), line.hasSuffix(")") else { continue }
            let body = line.dropFirst(marker.count).dropLast()
            guard let space = body.firstIndex(of: " ") else { continue }
            let key = String(body[..<space])
            let rest = body[space...]
            if rest.hasPrefix(" is public (") {
                found[key] = .disclosed(source: String(rest.dropFirst(" is public (".count)))
            } else if rest.hasPrefix(" is an assumption (") {
                found[key] = .assumption(note: String(rest.dropFirst(" is an assumption (".count)))
            }
        }
        return found
    }

    /// The `# source:` comments of `source` by the scenario they stand in: the first block
    /// belongs to `first`; a line `scenario NAME ...` or `use NAME` starts NAME's block.
    static func parseByScenario(_ source: String, first: String) -> [String: [String: Provenance]] {
        blocksByScenario(source, first: first).mapValues(parse)
    }

    /// The text of each scenario's block (see `parseByScenario`).
    static func blocksByScenario(_ source: String, first: String) -> [String: String] {
        var blocks: [String: String] = [:]
        var name = first
        for raw in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = raw.split(separator: " ", omittingEmptySubsequences: true)
            // Only unindented statements switch blocks: a `scenario` inside an indented body does not.
            if words.count >= 2, !raw.hasPrefix(" "), !raw.hasPrefix("\t"), words[0] == "scenario" || words[0] == "use"
            {
                name = String(words[1])
            }
            blocks[name, default: ""] += raw + "\n"
        }
        return blocks
    }

    /// The `# source:` comments of one scenario's block by the deal they stand in: before any
    /// unindented `deal NAME` line they belong to the first deal (key ""), then to NAME's.
    static func parseByDeal(_ block: String) -> [String: [String: Provenance]] {
        var blocks: [String: String] = [:]
        var name = ""
        for raw in block.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = raw.split(separator: " ", omittingEmptySubsequences: true)
            if words.count == 2, !raw.hasPrefix(" "), !raw.hasPrefix("\t"), words[0] == "deal" {
                name = String(words[1])
            }
            blocks[name, default: ""] += raw + "\n"
        }
        return blocks.mapValues(parse)
    }

    /// Line breaks would end the comment: a note stays on one line.
    private static func flat(_ s: String) -> String {
        s.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }
}

extension Scenario {
    /// True when the term a provenance key names (`tranche.T2.price`, `price.path`) exists.
    func hasTerm(forKey key: String) -> Bool {
        let parts = key.split(separator: ".", maxSplits: 2).map(String.init)
        guard let kind = parts.first else { return false }
        switch kind {
        case "warrant": return warrant != nil
        case "price":
            return key == TermKey.pricePath ? pricePath != nil : key == TermKey.priceModel && priceModel != nil
        default:
            guard parts.count >= 2 else { return false }
            let name = parts[1]
            switch kind {
            case "generation": return generation(named: name) != nil
            case "phase": return phase(named: name) != nil
            case "milestone": return milestone(named: name) != nil
            case "tranche": return tranche(named: name) != nil
            default: return false
            }
        }
    }
}
