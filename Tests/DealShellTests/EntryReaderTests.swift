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
        let lines = ScriptedLines([
            .line("print 1"), .line("fn f(x) {"), .line("  return x"),
            .line("}"), .line("print 2"),
        ])
        let reads = readAll(lines, BracketRunner())
        #expect(
            reads == [
                .entry("print 1", firstLine: 1),
                .entry("fn f(x) {\n  return x\n}", firstLine: 2),
                .entry("print 2", firstLine: 5), .endOfInput,
            ])
        #expect(lines.prompts == ["tranche> ", "tranche> ", "...> ", "...> ", "tranche> ", "tranche> "])
    }

    @Test func ctrlCAbandonsAPendingEntry() {
        let lines = ScriptedLines([.line("let l = ["), .interrupted(hadText: false), .line("print 3")])
        let reads = readAll(lines, BracketRunner())
        #expect(reads == [.interrupted(wasEmpty: false), .entry("print 3", firstLine: 2), .endOfInput])
    }

    @Test func ctrlCOnAnEmptyPromptIsReportedAsEmpty() {
        let reads = readAll(
            ScriptedLines([.interrupted(hadText: false), .interrupted(hadText: true)]),
            BracketRunner())
        #expect(reads == [.interrupted(wasEmpty: true), .interrupted(wasEmpty: false), .endOfInput])
    }

    @Test func aLongOpenEntryIsParsedOnlyWhenItsBracketsClose() {
        // 3,000 lines of an open list: parsing the whole entry after each line would read
        // 4.5 million lines; past the first few KB only the new line is read.
        let body = (0..<3_000).map { "  \($0)," }
        let lines = ScriptedLines([.line("let xs = [")] + body.map { .line($0) } + [.line("]"), .line("print 1")])
        var asked: [Int] = []
        var reader = EntryReader()
        let runner = BracketRunner()
        let read = reader.next(readLine: lines.readLine) { text in
            asked.append(text.utf8.count)
            return runner.needsMoreInput(text)
        }
        let entry = (["let xs = ["] + body + ["]"]).joined(separator: "\n")
        #expect(read == .entry(entry, firstLine: 1))
        #expect(asked.dropLast().allSatisfy { $0 <= EntryReader.parsedEveryLine })
        #expect(asked.last == entry.utf8.count)
        #expect(
            reader.next(readLine: lines.readLine, needsMoreInput: runner.needsMoreInput)
                == .entry("print 1", firstLine: 3_003))
    }

    @Test func aShortEntryIsParsedAfterEveryLine() {
        // Under the size limit every line is checked, so a mistake ends the entry at once
        // (the fake says "complete" on `oops`, as the parser does on a syntax error).
        let lines = ScriptedLines([.line("let xs = ["), .line("oops"), .line("]")])
        var reader = EntryReader()
        let read = reader.next(readLine: lines.readLine) { $0.hasSuffix("oops") ? false : true }
        #expect(read == .entry("let xs = [\noops", firstLine: 1))
    }

    @Test func anUnfinishedEntryAtTheEndIsStillRun() {
        let reads = readAll(ScriptedLines([.line("print (1 +")]), BracketRunner())
        #expect(reads == [.entry("print (1 +", firstLine: 1), .endOfInput])
    }
}
