import Testing

// The man page's language and command sections: every registered command has its page there,
// written from the same help page the shell shows, and the mdoc is safe to render.
@testable import DealLibrary
@testable import DealScript

@Suite struct ManualSectionTests {
    private let registry = DealSession.make(output: Buffer(), loadBuiltIn: false).commands
    private var lines: [String] { ManualSection.mdoc(registry).split(separator: "\n").map(String.init) }

    @Test func everyRegisteredCommandHasItsPage() {
        let headings = Set(lines.filter { $0.hasPrefix(".Ss ") })
        #expect(registry.names.count > 30)
        for name in registry.names {
            let command = registry.command(named: name)!
            // The subsection is the command's usage line, as `help COMMAND` starts.
            #expect(headings.contains(".Ss \"\(command.usage)\""), "no man page section for `\(name)`")
            #expect(lines.contains(command.help), "`\(name)`'s help text is not in the man page")
        }
    }

    @Test func examplesAreTheOnesHelpShows() {
        let text = ManualSection.mdoc(registry)
        for (name, example) in CommandExamples.byCommand where registry.command(named: name) != nil {
            let display = ".Bd -literal -offset indent\n" + example.joined(separator: "\n") + "\n.Ed"
            #expect(text.contains(display), "the example of `\(name)` differs from help's")
        }
    }

    @Test func languagePagesComeFirst() {
        #expect(lines.first == ".Sh LANGUAGE")
        #expect(lines.contains(".Ss \"The language in one screen\""))
        #expect(lines.contains(".Ss \"Units: numbers carry them\""))
        #expect(lines.contains(".Sh DEAL COMMANDS"))
        #expect(lines.firstIndex(of: ".Ss \"Units: numbers carry them\"")! < lines.firstIndex(of: ".Sh DEAL COMMANDS")!)
    }

    @Test func textIsEscapedForMdoc() {
        #expect(ManualSection.escaped(".hidden") == "\\&.hidden")
        #expect(ManualSection.escaped("'quote") == "\\&'quote")
        #expect(ManualSection.escaped("a \\ b") == "a \\e b")
        #expect(ManualSection.escaped("say \"hi\"", macroLine: true) == "\"say \"\"hi\"\"\"")
        // No generated line starts with a dot that is not a macro this file writes.
        let macros = [".Sh", ".Ss", ".Pp", ".Bd", ".Ed", ".Bl", ".It", ".El", ".Ql"]
        for line in lines where line.hasPrefix(".") {
            #expect(macros.contains { line.hasPrefix($0) }, "stray macro line: \(line)")
        }
    }
}
