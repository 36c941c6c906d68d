// `save`: every named scenario of the book as one script, each a canonical block. `load`
// replays it in a fresh session, which starts with an empty `base`, and takes the whole book.
import DealModel
import DealScript

extension ScenarioScript {
    /// The name a fresh session's first scenario has: the first block is written straight into it.
    static let firstName = "base"

    /// The whole book: `base` first, then the others by name; every other block opens with
    /// `scenario NAME` (a copy of the current one, which its `reset` empties), and the script
    /// ends with `use CURRENT`. A book holding only `base` saves exactly as that scenario alone.
    static func text(of book: ScenarioBook) -> String {
        let names = book.names.filter { $0 == firstName } + book.names.filter { $0 != firstName }
        if names == [firstName], book.currentName == firstName {
            return text(of: book.scenario, name: firstName)
        }
        var out =
            "# \(names.count) named scenarios saved by tranche (\(names.joined(separator: ", "))); the last "
            + "line makes \"\(book.currentName)\" current.\n"
        for name in names {
            guard let s = book.scenarios[name] else { continue }
            out += "\n"
            if name != firstName { out += "scenario \(name)\n" }
            out += text(of: s, name: name)
        }
        out += "\nuse \(book.currentName)\n"
        return out
    }
}
