import DealScript
// The REPL and piped loops driven by scripted lines and a fake language.
import Testing

@testable import DealShell

/// Output collected in memory.
final class CollectedOutput: OutputSink {
    var text = ""
    var errors = ""
    func write(_ text: String) { self.text += text }
    func report(_ diagnostic: Diagnostic) { errors += diagnostic.rendered() }
}

@Suite struct ShellLoopTests {
    @Test func pipedRunKeepsGoingAfterAFailureAndExitsOne() {
        let runner = BracketRunner()
        runner.failing = ["bad"]
        let lines = ScriptedLines([
            .line("print 1"), .line("bad"), .line(""), .line("if x {"),
            .line("}"), .line("print 2"),
        ])
        let status = PipedSession(runner: runner, editor: lines).run()
        #expect(status == 1)
        #expect(runner.ran.map(\.0) == ["print 1", "bad", "if x {\n}", "print 2"])
        #expect(runner.ran.map(\.1) == [1, 2, 4, 6])
    }

    @Test func pipedRunExitsZeroWhenAllSucceedAndStopsAtExit() {
        let runner = BracketRunner()
        let lines = ScriptedLines([.line("print 1"), .line("exit"), .line("print 2")])
        #expect(PipedSession(runner: runner, editor: lines).run() == 0)
        #expect(runner.ran.map(\.0) == ["print 1"])
    }

    @Test func interactiveRecordsHistoryRunsEntriesAndLeavesOnExit() {
        let runner = BracketRunner()
        let lines = ScriptedLines([
            .line("print 1"), .line("   "), .line("for t in [1,"), .line("2] { }"),
            .line("history"), .line("quit"), .line("print 9"),
        ])
        let history = HistoryStore(path: nil)
        let output = CollectedOutput()
        let status = InteractiveShell(runner: runner, editor: lines, history: history, output: output).run()
        #expect(status == 0)
        #expect(runner.ran.map(\.0) == ["print 1", "for t in [1,\n2] { }"])
        #expect(lines.added == ["print 1", "for t in [1,\n2] { }", "history", "quit"])
        #expect(output.text == "1  print 1\n2  for t in [1,\n   2] { }\n3  history\n")
    }

    @Test func secondCtrlCOnAnEmptyPromptSaysHowToLeave() {
        let lines = ScriptedLines([
            .interrupted(hadText: true), .interrupted(hadText: false),
            .interrupted(hadText: false), .endOfInput,
        ])
        let output = CollectedOutput()
        let status = InteractiveShell(
            runner: BracketRunner(), editor: lines,
            history: HistoryStore(path: nil), output: output
        ).run()
        #expect(status == 0)
        #expect(output.text == "\n\n\n" + InteractiveShell.leaveHint + "\n")
    }

    @Test func shellWords() {
        #expect(ShellWord(" exit ") == .exit)
        #expect(ShellWord("quit") == .exit)
        #expect(ShellWord("history 5") == .history(last: 5))
        #expect(ShellWord("history") == .history(last: nil))
        #expect(ShellWord("history x") == nil)
        #expect(ShellWord("exit 1 + 1") == nil)
        #expect(ShellWord("let exit = 1") == nil)
    }

    @Test func habitsFromSqliteAndPython() {
        for word in [".quit", ".exit", "exit()", "quit()", "\\q"] { #expect(ShellWord(word) == .exit, "\(word)") }
        #expect(ShellWord(".help") == .instead("help"))
        #expect(ShellWord("?") == .instead("help"))
        #expect(ShellWord("? price") == .instead("help price"))
        #expect(ShellWord("clear") == .clear)
        #expect(ShellWord(".read deal.deal") == .instead("source \"deal.deal\""))
        #expect(ShellWord(".read \"my deal.deal\"") == .instead("source \"my deal.deal\""))
        #expect(
            ShellWord(".read")
                == .hint("`.read` takes a file: .read FILE.deal runs it here, as source \"FILE.deal\" does"))
        guard case .hint(let line)? = ShellWord(".tables") else {
            Issue.record("no hint for .tables")
            return
        }
        #expect(line.contains("help, history, clear and exit"))
        #expect(ShellWord("clear + 1") == nil)
        #expect(ShellWord(".5") == nil)
    }
}
