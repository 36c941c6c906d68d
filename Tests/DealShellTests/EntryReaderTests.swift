// Joining lines into entries with a fake language that counts brackets.
import Testing
@testable import DealShell

/// A language stand-in: an entry is unfinished while `{ ( [` outnumber their closers.
final class BracketRunner: EntryRunner {
    var ran: [(String, Int)] = []
    var failing: Set<String> = []

    func runEntry(_ source: String, file: String, firstLine: Int) -> Bool {
        ran.append((source, firstLine))
        return !failing.contains(source)
    }

    func needsMoreInput(_ source: String) -> Bool {
        var depth = 0
        for character in source {
            if "{([".contains(character) { depth += 1 }
            if "})]".contains(character) { depth -= 1 }
        }
        return depth > 0
    }
}

/// Lines handed out one read at a time, recording the prompts shown.
final class ScriptedLines: LineEditor {
    var reads: [LineRead]
    var prompts: [String] = []
    var added: [String] = []
    init(_ reads: [LineRead]) { self.reads = reads }
    func readLine(prompt: String) -> LineRead {
        prompts.append(prompt)
        return reads.isEmpty ? .endOfInput : reads.removeFirst()
    }
    func addHistory(_ entry: String) { added.append(entry) }
}

@Suite struct EntryReaderTests {
    func readAll(_ lines: ScriptedLines, _ runner: BracketRunner) -> [EntryRead] {
        var reader = EntryReader()
        var results: [EntryRead] = []
        while true {
            let read = reader.next(readLine: lines.readLine, needsMoreInput: runner.needsMoreInput)
            results.append(read)
            if read == .endOfInput { return results }
        }
    }

    @Test func openBracesContinueOnTheContinuationPrompt() {
        let lines = ScriptedLines([.line("print 1"), .line("fn f(x) {"), .line("  return x"),
                                   .line("}"), .line("print 2")])
        let reads = readAll(lines, BracketRunner())
        #expect(reads == [.entry("print 1", firstLine: 1),
                          .entry("fn f(x) {\n  return x\n}", firstLine: 2),
                          .entry("print 2", firstLine: 5), .endOfInput])
        #expect(lines.prompts == ["tranche> ", "tranche> ", "...> ", "...> ", "tranche> ", "tranche> "])
    }

    @Test func ctrlCAbandonsAPendingEntry() {
        let lines = ScriptedLines([.line("let l = ["), .interrupted(hadText: false), .line("print 3")])
        let reads = readAll(lines, BracketRunner())
        #expect(reads == [.interrupted(wasEmpty: false), .entry("print 3", firstLine: 2), .endOfInput])
    }

    @Test func ctrlCOnAnEmptyPromptIsReportedAsEmpty() {
        let reads = readAll(ScriptedLines([.interrupted(hadText: false), .interrupted(hadText: true)]),
                            BracketRunner())
        #expect(reads == [.interrupted(wasEmpty: true), .interrupted(wasEmpty: false), .endOfInput])
    }

    @Test func anUnfinishedEntryAtTheEndIsStillRun() {
        let reads = readAll(ScriptedLines([.line("print (1 +")]), BracketRunner())
        #expect(reads == [.entry("print (1 +", firstLine: 1), .endOfInput])
    }
}
