// `help COMMAND`: how a command is written, what each label takes (with its unit and
// default), and an example that runs.
import DealModel
import DealScript

extension Command {
    /// The help page for this command.
    var helpPage: Page {
        var blocks: [Page.Block] = [.heading(usage), .indented(help)]
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
