// `help COMMAND`: how a command is written, what each label takes (with its unit and
// default), and an example that runs.
import DealModel
import DealScript

extension Command {
    /// The help page for this command.
    var helpPage: Page {
        var blocks: [Page.Block] = [.heading(usage), .indented(help)]
        if let note = CommandHelpNotes.byCommand[name] { blocks.append(.paragraph(note)) }
        let rows = parameters.map { p -> (String, String) in
            let term = p.label.map { "\($0):" } ?? (p.isVariadic ? "\(p.name)..." : p.name.uppercased())
            var what = p.kind.describe
            if !p.help.isEmpty { what += ": " + p.help }
            if p.isRequired && !(p.help.contains("required")) { what += " (required)" }
            return (term, what)
        }
        if !rows.isEmpty { blocks.append(.definitions(rows)) }
        if let example = CommandExamples.byCommand[name] {
            blocks.append(.paragraph("Example:"))
            blocks.append(.commands(example))
        }
        return Page("help", blocks)
    }
}

/// Which of two similar commands to use when: a paragraph after the help line.
enum CommandHelpNotes {
    static let byCommand: [String: String] = [
        "load": "Use load for a whole deal: a file that `save` wrote, or any script that builds its "
            + "scenarios from nothing; it runs in a fresh, empty session and replaces every scenario. "
            + "For a change to the session you have (`tranche T6 price: $700`), use `source \"FILE\"`.",
        "source": "Use source for a change to the session you have: the file's statements run here, on "
            + "these scenarios and variables, as `tranche FILE` would run them on amd-openai; if one "
            + "fails, none of them is kept, and `undo` takes the whole file back. For a whole deal "
            + "that `save` wrote, use `load \"FILE\"`. Files may source others, up to 8 deep; a file "
            + "sourcing itself is refused.",
    ]
}
