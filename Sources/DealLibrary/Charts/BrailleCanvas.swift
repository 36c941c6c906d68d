// A grid of braille cells, each 2 dots wide and 4 high: a terminal's finest portable pixels.
import DealModel
import DealScript

/// Dots set on a `columns` × `rows` grid of braille characters.
struct BrailleCanvas {
    let columns: Int
    let rows: Int
    private var bits: [UInt8]

    init(columns: Int, rows: Int) {
        self.columns = max(columns, 1)
        self.rows = max(rows, 1)
        bits = Array(repeating: 0, count: self.columns * self.rows)
    }

    /// Dots across and down.
    var dotWidth: Int { columns * 2 }
    var dotHeight: Int { rows * 4 }

    // Unicode's braille dot numbering: left column 1,2,3,7 and right column 4,5,6,8.
    private static let dotBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Sets the dot at (`x`, `y`), counted from the top left; dots outside are ignored.
    mutating func set(_ x: Int, _ y: Int) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        bits[(y / 4) * columns + x / 2] |= Self.dotBits[x % 2][y % 4]
    }

    /// Sets every dot from `y0` to `y1` (either order) in dot column `x`.
    mutating func vertical(_ x: Int, _ y0: Int, _ y1: Int) {
        for y in min(y0, y1)...max(y0, y1) { set(x, y) }
    }

    /// Joins two dots with a line that has no gaps: each column fills from where the line
    /// enters it to where it leaves.
    mutating func line(from a: (x: Int, y: Int), to b: (x: Int, y: Int)) {
        if a.x == b.x { return vertical(a.x, a.y, b.y) }
        let (p, q) = a.x < b.x ? (a, b) : (b, a)
        var previous = p.y
        for x in p.x...q.x {
            let t = Double(x - p.x) / Double(q.x - p.x)
            let y = Int((Double(p.y) + t * Double(q.y - p.y)).rounded())
            vertical(x, previous, y)
            previous = y
        }
    }

    /// True when cell (`column`, `row`) has any dot set.
    func isSet(column: Int, row: Int) -> Bool {
        column >= 0 && row >= 0 && column < columns && row < rows && bits[row * columns + column] != 0
    }

    /// The dots of one cell (0 when empty).
    func cell(column: Int, row: Int) -> UInt8 {
        isSet(column: column, row: row) ? bits[row * columns + column] : 0
    }

    /// One row as text: a braille character per cell, a space where no dot is set.
    func text(row: Int) -> String {
        var s = ""
        s.unicodeScalars.reserveCapacity(columns)
        for c in 0..<columns {
            let b = cell(column: c, row: row)
            s.unicodeScalars.append(b == 0 ? " " : Unicode.Scalar(0x2800 + UInt32(b)) ?? " ")
        }
        return s
    }
}
