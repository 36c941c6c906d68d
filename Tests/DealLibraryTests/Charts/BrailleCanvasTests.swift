import Testing

// The braille canvas: Unicode's dot numbering, and lines without gaps.
@testable import DealLibrary
@testable import DealScript

@Suite struct BrailleCanvasDots {
    @Test func dotsFollowUnicodeNumbering() {
        var c = BrailleCanvas(columns: 2, rows: 1)
        c.set(0, 0)  // dot 1
        c.set(3, 3)  // second cell, dot 8
        #expect(c.text(row: 0) == "\u{2801}\u{2880}")
        c.set(1, 0)  // dot 4 joins dot 1 in the first cell
        c.set(0, 3)  // dot 7
        #expect(c.text(row: 0) == "\u{2849}\u{2880}")
    }

    @Test func emptyCellsAreSpacesAndOutsideDotsAreIgnored() {
        var c = BrailleCanvas(columns: 3, rows: 2)
        c.set(-1, 0)
        c.set(6, 0)
        c.set(0, 8)
        #expect(c.text(row: 0) == "   ")
        #expect(c.text(row: 1) == "   ")
    }

    @Test func aSteepLineLeavesNoGapInAnyColumnOrRow() {
        var c = BrailleCanvas(columns: 2, rows: 3)
        c.line(from: (0, 11), to: (3, 0))
        // Every dot row from 0 to 11 is reached by some column.
        for y in 0..<12 {
            let hit = (0..<4).contains { x in
                let bits = c.cell(column: x / 2, row: y / 4)
                let table: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]
                return bits & table[x % 2][y % 4] != 0
            }
            #expect(hit, "dot row \(y) is empty")
        }
    }
}
