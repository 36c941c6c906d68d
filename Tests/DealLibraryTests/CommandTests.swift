import DealModel
import Testing

// The command mechanism: one declaration gives name, parameters, names vs values, and help.
@testable import DealLibrary
@testable import DealScript

@Suite struct CommandTests {
    /// A session with a made-up multi-word command taking a name, a labelled date and a name label.
    func session(_ b: Buffer) -> Session {
        let s = DealSession.make(output: b, loadBuiltIn: false)
        s.commands.register(
            Command(
                "price path", help: "sets the price path",
                parameters: [
                    .positional("kind", .name, "growth or constant"),
                    .labeled("from", .quantity(.dollars), "starting price", required: true),
                    .labeled("on", .date),
                    .labeled("measure", .name),
                ]
            ) { args, _ in
                let kind = args.positional[0].display
                let measure = args["measure"]?.display ?? "close"
                return .string("\(kind) from \(args["from"]!.display) on \(args["on"]?.display ?? "-") by \(measure)")
            })
        return s
    }

    @Test func commandFormTakesBareWordsAsNames() {
        let b = Buffer()
        let s = session(b)
        #expect(
            s.runScript("let growth = 5\nprice path growth from: $203.71 on: 2025-10-06 measure: avg(20td)", file: "c"))
        #expect(b.out == "growth from $203.71 on 2025-10-06 by avg(20td)\n")
    }

    @Test func callFormTakesStringsForNames() {
        let b = Buffer()
        let s = DealSession.make(output: b, loadBuiltIn: false)
        s.commands.register(
            Command("phase", help: "a phase", parameters: [.positional("name", .name)]) { args, _ in
                .string("phase " + args.positional[0].display)
            })
        #expect(s.runScript("let P1 = 3\nprint phase(\"P1\")\nphase P1", file: "c"))
        #expect(b.out == "phase P1\nphase P1\n")
        #expect(!s.runScript("print phase(P1)", file: "c"))
        #expect(s.lastDiagnostic?.message == "`phase` name expects a name, got number 3")
    }

    @Test func unknownLabelListsAcceptedOnes() {
        let b = Buffer()
        let s = session(b)
        #expect(!s.runScript("price path growth from: $1 at: 2025-01-01", file: "c"))
        #expect(s.lastDiagnostic?.message == "`price path` has no label `at:` (accepted: from:, on:, measure:)")
        #expect(s.lastDiagnostic?.column == 28)
    }

    @Test func wrongUnitAndMissingLabelAreErrors() {
        let b = Buffer()
        let s = session(b)
        #expect(!s.runScript("price path growth from: 3GW", file: "c"))
        #expect(s.lastDiagnostic?.message == "`price path` from: expects money ($), got power 3 GW")
        #expect(!s.runScript("price path growth", file: "c"))
        #expect(s.lastDiagnostic?.message.hasPrefix("`price path` needs `from:`") == true)
    }

    @Test func commandsSeeAndChangeTheBookAndFailuresRollBack() {
        let b = Buffer()
        let s = DealSession.make(output: b, loadBuiltIn: false)
        s.commands.register(
            Command("fork", help: "copies the scenario", parameters: [.positional("name", .name)]) { args, context in
                var book = context.deal.book
                book = ScenarioBook(current: book.scenario, name: args.positional[0].display)
                context.deal.book = book
                return .nil
            })
        #expect(s.runScript("fork bull", file: "c"))
        #expect(s.book.currentName == "bull")
        #expect(!s.runScript("fork bear; print 1/0", file: "c"))
        #expect(s.book.currentName == "bear")
        #expect(!s.runEntry("for n in [\"x\"] { fork y; print 1/0 }", file: "c", firstLine: 1))
        #expect(s.book.currentName == "bear")
    }

    @Test func helpDescribesACommand() {
        let b = Buffer()
        let s = session(b)
        #expect(s.runScript("help price path", file: "c"))
        #expect(b.out.hasPrefix("price path kind from: money ($) [on: date] [measure: name]\n  sets the price path"))
    }
}
