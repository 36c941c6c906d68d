// The man page's sections on the language and the commands, in mdoc, rendered from the same
// help pages the shell shows (`help language`, `help units`, `help COMMAND`), so the two
// cannot drift apart. `tranche help-manual` prints it; scripts/install appends it to tranche(1).
import DealScript

/// The language and command sections of `tranche(1)`.
public enum ManualSection {
    /// Every section, in mdoc: the language pages, then each command's help page, by task
    /// as `help` groups them, then the rest, then the language's own functions.
    public static func mdoc(_ registry: CommandRegistry) -> String {
        var lines: [String] = [
            ".Sh LANGUAGE",
            "Scripts and the shell speak one language; the shell shows these pages with",
            "help language, help units and help dates.",
        ]
        for page in [HelpTopics.language, HelpTopics.units, HelpTopics.dates] { lines += mdoc(page) }
        lines += [
            ".Sh DEAL COMMANDS",
            "Every command is also a function:",
            ".Ql vesting at: 2028-01-01",
            "is",
            ".Ql vesting(at: 2028-01-01) .",
            "The shell shows each of these pages with help COMMAND.",
        ]
        lines += mdoc(HelpMap.page(registry))
        for name in commandOrder(registry) {
            guard let command = registry.command(named: name) else { continue }
            lines += mdoc(command.helpPage)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Command names in the order `help` lists them by task, then any others, then built-ins.
    static func commandOrder(_ registry: CommandRegistry) -> [String] {
        var order: [String] = []
        for name in HelpMap.groups.flatMap(\.commands) + registry.names where !order.contains(name) {
            if !HelpTopics.languageBuiltins.contains(name) { order.append(name) }
        }
        return order + HelpTopics.languageBuiltins.filter { registry.command(named: $0) != nil }
    }

    /// One page as mdoc: headings become subsections, commands literal displays, and
    /// definitions tagged lists.
    static func mdoc(_ page: Page) -> [String] {
        var lines: [String] = []
        for block in page.blocks {
            switch block {
            case .heading(let text):
                lines += [".Ss " + escaped(text, macroLine: true)]
            case .paragraph(let text), .indented(let text):
                lines += [".Pp"] + text.split(separator: "\n").map { escaped(String($0)) }
            case .commands(let commands):
                lines += [".Bd -literal -offset indent"] + commands.map { escaped($0) } + [".Ed"]
            case .definitions(let pairs):
                lines.append(".Bl -tag -width Ds")
                for (term, text) in pairs {
                    lines += [".It Sy " + escaped(term, macroLine: true), escaped(text)]
                }
                lines.append(".El")
            }
        }
        return lines
    }

    /// `text` safe as an mdoc text line (or a macro's arguments): backslashes written `\e`,
    /// a leading `.` or `'` guarded with `\&`, and on a macro line quotes doubled inside
    /// a quoted argument so words such as `No` are not read as macros.
    static func escaped(_ text: String, macroLine: Bool = false) -> String {
        let plain = text.replacing("\\", with: "\\e")
        if macroLine {
            return "\"" + plain.replacing("\"", with: "\"\"") + "\""
        }
        if let first = plain.first, first == "." || first == "'" { return "\\&" + plain }
        return plain
    }
}
