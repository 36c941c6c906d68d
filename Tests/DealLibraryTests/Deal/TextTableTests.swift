// The text-table layout: natural widths when it fits, every line within the width when not.
@testable import DealLibrary
import Testing
@testable import DealScript

@Suite struct TextTableLayout {
    let table = TextTable(title: "vesting", columns: [.init("tranche"), .init("conditions"), .init("value", .right)],
                          rows: [["T1", "1 GW", "$8.54B"], ["T2", "2 GW, avg(20td) ≥ $250", "$10.18B"]])

    @Test func naturalWidthsWhenItFits() {
        let text = table.render(width: 80, color: false)
        #expect(text == """
        vesting
        tranche  conditions                value
        -------  ----------------------  -------
        T1       1 GW                     $8.54B
        T2       2 GW, avg(20td) ≥ $250  $10.18B
        """)
    }

    @Test func textWrapsBetweenWordsAndNumbersStayWhole() {
        // Natural width 40; the conditions column (floor: its heading, 10) gives 10 of its 22.
        let text = table.render(width: 30, color: false)
        #expect(text == """
        vesting
        tranche  conditions      value
        -------  ------------  -------
        T1       1 GW           $8.54B
        T2       2 GW,         $10.18B
                 avg(20td) ≥
                 $250
        """)
        for line in text.split(separator: "\n") { #expect(line.count <= 30) }
        #expect(text.contains("$10.18B"))
        #expect(text.contains("avg(20td)"))
    }

    @Test(arguments: [12, 20, 25, 40, 60])
    func everyLineFitsTheWidth(_ width: Int) {
        for line in table.render(width: width, color: false).split(separator: "\n") {
            #expect(line.count <= width, "\(line)")
        }
    }

    @Test func cutCellsEndInAnEllipsis() {
        #expect(TextTable.fit("avg(20td)", 5) == "avg(…")
        #expect(TextTable.wrap("2 GW, avg(20td) ≥ $250", 10) == ["2 GW,", "avg(20td)", "≥ $250"])
    }

    @Test func numbersAreRightAligned() {
        let t = TextTable(columns: [.init("n", .right)], rows: [["1"], ["1,000"]])
        #expect(t.render(width: 80, color: false) == "    n\n-----\n    1\n1,000")
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!table.render(width: 80, color: false).contains("\u{1B}"))
        #expect(table.render(width: 80, color: true).hasPrefix("\u{1B}[1mvesting\u{1B}[0m"))
    }
}
