// Tab completion on a live session: commands, labels, names in scope, help topics, fields
// and file names, as plain functions of the line typed.
import DealLibrary
import DealScript
import Testing

@testable import DealShell

@Suite struct SessionCompletionTests {
    let session = DealSession.make(output: CollectedOutput())

    func complete(_ line: String) -> [String] { SessionCompletion.candidates(line, session: session) }

    @Test func commandNames() {
        #expect(complete("vest") == ["vesting"])
        #expect(complete("expl") == ["explain"])
        #expect(complete("pri") == ["price", "print"])
    }

    @Test func multiWordCommandsOneWordAtATime() {
        #expect(complete("price ") == ["model", "path"])
        #expect(complete("price pa") == ["path"])
        #expect(complete("price path ") == ["constant", "csv", "growth", "linear", "points"])
    }

    @Test func labelsOfTheCommandBeingTyped() {
        #expect(complete("tranche T1 ") == ["by:", "gw:", "latch:", "measure:", "milestone:", "price:", "shares:"])
        #expect(complete("tranche T1 shares: 1M g") == ["gw:"])
        #expect(complete("tranche T1 shares: 1M gw: 2GW ").contains("shares:") == false)
        #expect(complete("vesting ") == ["at:"])
    }

    @Test func namesWhereTheCommandTakesThem() {
        #expect(complete("tranche ") == ["T1", "T2", "T3", "T4", "T5", "T6"])
        #expect(complete("explain ") == ["phase", "tranche", "value", "warrant"])
        #expect(complete("explain tranche T") == ["T1", "T2", "T3", "T4", "T5", "T6"])
        #expect(complete("explain phase ") == ["P1", "P2", "P3", "as_of:", "at:"])
        #expect(complete("phase P4 gen: MI4") == ["MI450"])
        #expect(complete("tranche T7 measure: ") == ["avg(20td)", "close"])
        #expect(complete("phase P4 shape: ") == ["linear", "scurve", "step"])
        #expect(complete("tour ") == ["back", "end", "next"])
    }

    @Test func helpTopics() {
        #expect(complete("help un") == ["undo", "units"])  // a command and a topic
        #expect(complete("help da") == ["dates"])
        #expect(complete("help vest") == ["vesting"])
        // Only words that lead to a topic help answers: `help price` lists its family.
        #expect(complete("help price ") == ["model", "path"])
        #expect(complete("help price path ") == ["extend"])
        #expect(complete("help ext") == [])
        #expect(complete("help le") == ["len", "let"])
    }

    @Test func builtInScenariosAfterLoad() {
        #expect(complete("load \"amd-o") == ["amd-openai"])
        #expect(complete("load \"").contains("amd-openai"))
        #expect(complete("save \"amd-o") == [])  // save takes a file, not a built-in
    }

    @Test func variablesFunctionsAndFields() {
        #expect(session.runEntry("let growth_rate = 30%", file: "t", firstLine: 1))
        #expect(session.runEntry("fn gpus(w) { return w / 3kW }", file: "t", firstLine: 1))
        #expect(session.runEntry("let t3 = tranche(\"T3\")", file: "t", firstLine: 1))
        #expect(complete("print growth_") == ["growth_rate"])
        #expect(complete("let x = gp") == ["gpus"])
        #expect(complete("if x > 1 { print grow") == ["growth_rate"])
        #expect(complete("print t3.vest") == ["t3.vest_date"])
        // A name whose `let` failed is not in scope.
        #expect(!session.runEntry("let broken = 1GW + $5", file: "t", firstLine: 1))
        #expect(complete("print brok") == [])
    }

    @Test func startOfLineOffersCommandsKeywordsAndShellWords() {
        let all = complete("")
        for word in ["vesting", "price", "let", "fn", "exit", "history", "T3", "base"] {
            #expect(all.contains(word), "\(word)")
        }
        #expect(!all.contains("price path"), "multi-word names come one word at a time")
    }

    @Test func fileNamesOnlyInFileStrings() {
        // swift test runs in the package's root folder.
        #expect(complete("load \"Tests/Scr") == ["Tests/Scripts/"])
        #expect(complete("export vesting to: \"Package.sw") == ["Package.swift"])
        #expect(complete("save(\"Package.sw") == ["Package.swift"])
        #expect(complete("print \"Packa") == [])
        #expect(SessionCompletion.takesFileName("load "))
        #expect(SessionCompletion.takesFileName("export vesting to: "))
        #expect(SessionCompletion.takesFileName("history save "))
        #expect(!SessionCompletion.takesFileName("reload "))
        #expect(!SessionCompletion.takesFileName("print "))
    }
}
