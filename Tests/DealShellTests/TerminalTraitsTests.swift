// Width and colour decisions.
import Testing

@testable import DealShell

@Suite struct TerminalTraitsTests {
    @Test func widthPrefersTheTerminalThenColumnsThenEighty() {
        #expect(TerminalTraits.width(terminalColumns: 132, columnsVariable: "100") == 132)
        #expect(TerminalTraits.width(terminalColumns: nil, columnsVariable: "100") == 100)
        #expect(TerminalTraits.width(terminalColumns: 0, columnsVariable: " 72 ") == 72)
        #expect(TerminalTraits.width(terminalColumns: nil, columnsVariable: "wide") == 80)
        #expect(TerminalTraits.width(terminalColumns: nil, columnsVariable: "-5") == 80)
        #expect(TerminalTraits.width(terminalColumns: nil, columnsVariable: "99999999999999999999") == 80)
        #expect(TerminalTraits.width(terminalColumns: nil, columnsVariable: nil) == 80)
    }

    @Test func colourOnlyOnATerminalWithoutOptOuts() {
        #expect(
            TerminalTraits.usesColor(
                stdoutIsTerminal: true, noColorFlag: false,
                noColorVariable: nil, term: "xterm-256color"))
        #expect(
            !TerminalTraits.usesColor(
                stdoutIsTerminal: false, noColorFlag: false,
                noColorVariable: nil, term: "xterm"))
        #expect(
            !TerminalTraits.usesColor(
                stdoutIsTerminal: true, noColorFlag: true,
                noColorVariable: nil, term: "xterm"))
        #expect(
            !TerminalTraits.usesColor(
                stdoutIsTerminal: true, noColorFlag: false,
                noColorVariable: "1", term: "xterm"))
        #expect(
            !TerminalTraits.usesColor(
                stdoutIsTerminal: true, noColorFlag: false,
                noColorVariable: nil, term: "dumb"))
        // An empty NO_COLOR does not count, as no-color.org says.
        #expect(
            TerminalTraits.usesColor(
                stdoutIsTerminal: true, noColorFlag: false,
                noColorVariable: "", term: "xterm"))
    }
}
