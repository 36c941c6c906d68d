import Foundation
import Testing

// history save and record: what a session remembers, written as a script or a transcript.
@testable import DealLibrary
@testable import DealScript

@Suite struct JournalTests {
    @Test func historySaveKeepsWhatSucceededAndReproducesTheState() throws {
        let dir = try scratchFolder()
        let (session, _) = persistSession()
        for entry in [
            "tranche T2 shares: 26_666_667 gw: 2GW price: $275 measure: avg(20td)",
            "tranche T9 shares: 1 gw: 9GW",  // fails: more shares than the warrant
            "let x = 1GW + $5",  // fails: units
            "fn double(v) {\n  return v * 2\n}",
            "phase P4 gen: MI450 size: double(250MW) start: 2031-01-01",
            "save \"\(dir)/s.deal\"",
        ] {
            _ = session.runEntry(entry, file: "<stdin>", firstLine: 1)
        }
        #expect(session.runEntry("history save \"\(dir)/h.deal\"", file: "<stdin>", firstLine: 1))
        #expect(
            contents(dir + "/h.deal") == """
                # The statements of a tranche session that succeeded, in order: running this file reproduces its state.
                load "amd-openai"
                tranche T2 shares: 26_666_667 gw: 2GW price: $275 measure: avg(20td)
                fn double(v) {
                  return v * 2
                }
                phase P4 gen: MI450 size: double(250MW) start: 2031-01-01

                """)
        let (replay, _) = persistSession(builtIn: false)
        #expect(replay.runScript(contents(dir + "/h.deal"), file: "h.deal"))
        #expect(replay.book.scenario == session.book.scenario)
        #expect(replay.book.scenario.tranche(named: "T2")?.priceTarget == 275)
        #expect(replay.book.scenario.phase(named: "P4")?.size == 500e6)
    }

    @Test func recordWritesInputsAndOutputsUntilStopped() throws {
        let dir = try scratchFolder()
        let (session, out) = persistSession(builtIn: false)
        for entry in [
            "let a = 2", "record \"\(dir)/s.t\"", "a * 3", "print \"> not an input\"",
            "if a > 1 {\n  print \"big\"\n}", "a + $1", "record stop", "print 4",
        ] {
            _ = session.runEntry(entry, file: "<stdin>", firstLine: 7)
        }
        #expect(out.out == "6\n> not an input\nbig\n4\n")
        #expect(
            contents(dir + "/s.t") == Transcript.header(width: session.options.width) + """
                > a * 3
                6
                > print "> not an input"
                \\> not an input
                > if a > 1 {
                .   print "big"
                . }
                big
                > a + $1
                error: cannot add plain number and money ($) (2 has no unit: write $2)
                a + $1
                  ^

                """)
    }

    @Test func recordAppendsEachFinishedStatementToTheOpenFile() throws {
        let dir = try scratchFolder()
        let path = dir + "/grow.t"
        let (session, _) = persistSession(builtIn: false)
        #expect(session.runEntry("record \"\(path)\"", file: "<stdin>", firstLine: 1))
        let header = Transcript.header(width: session.options.width)
        #expect(contents(path) == header)
        // The same file throughout: appended in place, never replaced by a rewrite.
        let inode = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
        var before = header
        var inputs: [String] = []
        for i in 1...40 {
            let input = i % 10 == 0 ? "let v\(i) = \(i)GW + $1" : "print \"{\(i) * 2}\""
            let ok = session.runEntry(input, file: "<stdin>", firstLine: i + 1)
            #expect(ok == (i % 10 != 0))
            let now = contents(path)
            let entry = Transcript.Entry(input: input, output: ok ? "\(i * 2)\n" : "")
            // Grown by exactly this statement's entry; what was there is unchanged.
            #expect(now.hasPrefix(before))
            #expect(now.count > before.count)
            if ok { #expect(String(now.dropFirst(before.count)) == Transcript(entries: [entry]).text) }
            inputs.append(input)
            before = now
        }
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int == inode)
        #expect(session.runEntry("record stop", file: "<stdin>", firstLine: 50))
        #expect(contents(path) == before)  // `record stop` itself is not in the transcript
        let replayed = Transcript.parse(before)
        #expect(replayed.entries.count == 40)
        #expect(replayed.entries.map(\.input) == inputs)
        #expect(replayed.entries[9].output.hasPrefix("error: cannot add power (GW) and money ($)\n"))
        #expect(replayed.entries[10].output == "22\n")
        // A second recording to the same file starts it afresh.
        #expect(session.runEntry("record \"\(path)\"", file: "<stdin>", firstLine: 51))
        #expect(session.runEntry("print 1", file: "<stdin>", firstLine: 52))
        #expect(contents(path) == header + "> print 1\n1\n")
    }

    @Test func aSessionEndedWithoutRecordStopKeepsItsTranscript() throws {
        let dir = try scratchFolder()
        do {
            let (session, _) = persistSession(builtIn: false)
            #expect(session.runScript("record \"\(dir)/k.t\"\nlet a = 2\nprint a * 3", file: "k.deal"))
        }
        #expect(contents(dir + "/k.t") == Transcript.header(width: 100) + "> let a = 2\n> print a * 3\n6\n")
    }

    @Test func recordStopWithoutRecordingIsAnError() {
        let (session, out) = persistSession(builtIn: false)
        #expect(!session.runScript("record stop", file: "t"))
        #expect(out.err.contains("record stop: not recording"))
    }

    @Test func transcriptsParseBackToTheirEntries() {
        let t = Transcript(entries: [
            .init(input: "print 1", output: "1\n"),
            .init(input: "fn f() {\n\n  return 2\n}", output: ""),
            .init(input: "print \"\\\\x\"", output: "\\x\n. y\n>\n"),
        ])
        let parsed = Transcript.parse("# a preamble comment\n" + t.text)
        #expect(parsed.entries.map(\.input) == t.entries.map(\.input))
        #expect(parsed.entries.map(\.output) == t.entries.map(\.output))
        #expect(parsed.entries.map(\.line) == [2, 4, 8])
    }

    @Test func locationsAreLeftOutOfRecordedDiagnostics() {
        #expect(Transcript.withoutLocation("<stdin>:3:5: error: boom\nx\n    ^\n") == "error: boom\nx\n    ^\n")
        #expect(Transcript.withoutLocation("a:b.deal:12:1: error: y\n") == "error: y\n")
        #expect(Transcript.withoutLocation("plain: error: text\n") == "plain: error: text\n")
    }

    @Test func aColouredWideSessionRecordsPlainTextAndItsWidth() throws {
        let dir = try scratchFolder()
        let (session, out) = persistSession(builtIn: true, options: SessionOptions(color: true, width: 100))
        for entry in ["record \"\(dir)/c.t\"", "help vesting", "show warrant", "record stop"] {
            #expect(session.runEntry(entry, file: "<stdin>", firstLine: 1))
        }
        #expect(out.out.contains("\u{1B}["))  // the session itself printed colour
        let text = contents(dir + "/c.t")
        #expect(!text.contains("\u{1B}"))
        let transcript = Transcript.parse(text)
        #expect(transcript.width == 100)
        #expect(transcript.entries.map(\.input) == ["help vesting", "show warrant"])
        #expect(Transcript.withoutColor("\u{1B}[1;36mTour\u{1B}[0m 1/9") == "Tour 1/9")
    }
}
