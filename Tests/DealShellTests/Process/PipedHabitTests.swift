// Piped input to the built `tranche`: the sqlite and Python habits work in a pipe as they do
// at the prompt (`.help`, `.read FILE`, `.quit`), and one with no form here fails the run
// with the right form, naming its line.
import Foundation
import Testing

@Suite("piped habits from sqlite and Python")
struct PipedHabitTests {
    @Test("`.read FILE` runs the file here, `.help` is help, `clear` is nothing, `.quit` stops")
    func habitsWork() throws {
        guard let binary = trancheBinary() else {
            Issue.record("the tranche executable is not built (swift build)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("piped-habits-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("bear.deal").path
        try "let from_file = 7\ntranche T2 price: $300\n".write(toFile: script, atomically: true, encoding: .utf8)
        let input = """
            .read \(script)
            print from_file, tranche("T2").price
            clear
            ? units
            .quit
            print "not reached"

            """
        let (out, err, status) = try runTranche(binary, [], input: input)
        let text = String(decoding: out, as: UTF8.self)
        #expect(status == 0)
        #expect(String(decoding: err, as: UTF8.self) == "")
        #expect(text.hasPrefix("7 $300\n"))
        #expect(text.contains("\nUnits: numbers carry them\n"))  // `? units` is help units
        #expect(!text.contains("not reached"))
        #expect(!text.contains("\u{1B}"))  // clear wrote nothing to a pipe
    }

    @Test("a habit with no form here fails the run with its line and the right form")
    func hintsFailTheRun() throws {
        guard let binary = trancheBinary() else {
            Issue.record("the tranche executable is not built (swift build)")
            return
        }
        let (out, err, status) = try runTranche(binary, [], input: "print 1\n.tables\nprint 2\n")
        #expect(status == 1)
        #expect(String(decoding: out, as: UTF8.self) == "1\n2\n")
        #expect(
            String(decoding: err, as: UTF8.self)
                == "<stdin>:2: `.tables` is a sqlite habit; the shell's words are help, history, clear and exit\n")
    }
}
