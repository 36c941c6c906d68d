import Testing

// The text-table layout: natural widths when it fits, every line within the width when not.
@testable import DealLibrary
@testable import DealScript

@Suite struct TextTableLayout {
    let table = TextTable(
        title: "vesting", columns: [.init("tranche"), .init("conditions"), .init("value", .right)],
        rows: [["T1", "1 GW", "$8.54B"], ["T2", "2 GW, avg(20td) ≥ $250", "$10.18B"]])

    @Test func naturalWidthsWhenItFits() {
        let text = table.render(width: 80, color: false)
        #expect(
            text == """
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
        #expect(
            text == """
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

    @Test func textWrapsBetweenWords() {
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

/// The deal's own tables at the widths a projector, a laptop and a wide screen give: every line
/// fits, and every figure (a number cell, or a word with a digit in a text cell) is printed whole.
@Suite struct NarrowTerminalTables {
    static let reports = [
        "vesting()", "vesting(at: 2028-01-01)", "show(\"price\")", "show(\"warrant\")",
        "deployment(at: 2028-02-29)", "timeline()", "show(\"tranches\")",
    ]

    /// The figures of `table`: whole cells of number columns, and words with a digit in text cells.
    static func figures(_ table: TextTable) -> [String] {
        table.rows.flatMap { row in
            row.enumerated().flatMap { i, cell -> [String] in
                if table.columns[i].alignment == .right { return [cell] }
                return cell.split(separator: " ").map(String.init).filter { $0.contains(where: \.isNumber) }
            }
        }
    }

    func table(_ expression: String, setup: String = "") throws -> TextTable {
        let (session, _) = dealSession()
        if !setup.isEmpty { #expect(session.runScript(setup, file: "setup")) }
        guard case .object(let o) = try evaluate(expression, in: session), let report = o as? ReportTable else {
            throw ScriptError("\(expression) is no report")
        }
        return report.textTable
    }

    @Test(arguments: [60, 72, 80, 120])
    func figuresAreNeverCut(_ width: Int) throws {
        for setup in ["", "price path constant $300"] {
            for expression in Self.reports {
                let t = try table(expression, setup: setup)
                let text = t.render(width: width, color: false)
                let lines = text.split(separator: "\n").map(String.init)
                for line in lines { #expect(line.count <= width, "\(expression) at \(width): `\(line)`") }
                #expect(!text.contains("…"), "\(expression) at \(width)")
                for figure in Self.figures(t) {
                    #expect(lines.contains { $0.contains(figure) }, "\(expression) at \(width): \(figure) cut")
                }
            }
        }
    }

    /// The two cuts the issue saw at 72 columns: `106,666,6…` and `rate: 3…`.
    @Test func theCutsSeenAt72ColumnsAreGone() throws {
        let vesting = try table("vesting()").render(width: 72, color: false)
        #expect(vesting.contains("106,666,668"))
        let price = try table("show(\"price\")").render(width: 72, color: false)
        #expect(price.contains("on: 2025-10-06 rate: ") && price.contains("\n             30% "))
        #expect(!price.contains("…"))
    }

    /// At 60 columns the vesting table's figures alone need more than the width: each row
    /// becomes a block of `heading  value` lines, still whole.
    @Test func rowsStackWhenTheFiguresAloneAreWiderThanTheScreen() throws {
        let text = try table("vesting()").render(width: 60, color: false)
        #expect(
            text.contains(
                "\nT4\n  conditions     4 GW, avg(20td) ≥ $400\n  status         vested\n"
                    + "  vest date      2029-05-10\n  value          $13.91B\n  shares vested  106,666,668\n"))
        #expect(text.hasSuffix("160,000,000 shares vested, worth $79.5B at vest; dilution\n8.94%"))
    }

    @Test func wordsWithoutDigitsBreakWithAHyphenFigureWordsNever() {
        #expect(TextTable.wrap("conditions", 9) == ["condi-", "tions"])
        #expect(TextTable.wrap("2 GW, avg(20td) ≥ $250", 5) == ["2 GW,", "avg(20td)", "≥", "$250"])
        #expect(TextTable.wrap("106,666,668", 5) == ["106,666,668"])
        #expect(TextTable.pieces("assumption", 4) == ["ass-", "ump-", "tion"])
        #expect(TextTable.pieces("conditions", 9) == ["condi-", "tions"])
        #expect(TextTable.pieces("outstanding", 5) == ["outs-", "tand-", "ing"])
    }
}
