// A small text-table layout: headings, aligned columns, numbers right-aligned, fitted to a
// width without ever cutting a figure.
import DealModel
import DealScript

/// Rows of text cells under headings, laid out to fit a number of columns on screen.
///
/// Columns keep their natural width when the table fits. When it does not, room is found in
/// this order: headings wider than their cells wrap between words; text columns (left-aligned) wrap
/// between words, widest first; the gaps narrow to one space; headings, then words of text
/// that hold no digit, break inside the word with a hyphen. A figure (a right-aligned cell,
/// or a word with a digit in it: `106,666,668`, `$250`, `2030-10-04`, `30%`) is never cut or
/// broken: when even that does not fit, each row is written as a block of `heading  value`
/// lines instead. Titles and notes wrap the same way.
public struct TextTable: Sendable {
    /// How a column's cells line up.
    public enum Alignment: Sendable { case left, right }

    /// A column: its heading and alignment.
    public struct Column: Sendable {
        public var heading: String
        public var alignment: Alignment
        public init(_ heading: String, _ alignment: Alignment = .left) {
            self.heading = heading
            self.alignment = alignment
        }
    }

    public var title: String?
    public var columns: [Column]
    /// One array of cells per row, one cell per column (missing cells are blank).
    public var rows: [[String]]
    /// Lines printed under the table (totals, notes).
    public var notes: [String]

    public init(title: String? = nil, columns: [Column], rows: [[String]] = [], notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }

    /// The table as lines of at most `width` characters (headings bold when `color`); only a
    /// figure wider than the whole width can make a line longer.
    public func render(width: Int, color: Bool) -> String {
        let width = max(width, 1)
        var lines: [String] = []
        if let title { lines += Self.wrap(title, width).map { bold($0, color) } }
        if !columns.isEmpty {
            if let (widths, gap) = layout(width: width) {
                lines.append(bold(line(columns.map(\.heading), widths, gap, heading: true), color))
                lines.append(line(widths.map { String(repeating: "-", count: $0) }, widths, gap))
                for row in rows { lines.append(line(row, widths, gap)) }
            } else {
                lines += stacked(width: width, color: color)
            }
        }
        for note in notes { lines += Self.wrap(note, width) }
        return lines.joined(separator: "\n")
    }

    /// Column widths and the gap between columns that fit `width`; nil when the columns cannot
    /// fit without cutting a figure.
    func layout(width: Int) -> (widths: [Int], gap: Int)? {
        func cells(_ i: Int) -> [String] { rows.map { i < $0.count ? $0[i] : "" } }
        func isText(_ i: Int) -> Bool { columns[i].alignment == .left }
        var widths = columns.indices.map { i in cells(i).reduce(columns[i].heading.count) { max($0, $1.count) } }
        // What each column's cells need: text down to its longest word (then its longest
        // figure), a number column its widest cell.
        let cellWords = columns.indices.map { i in
            isText(i)
                ? cells(i).map(Self.longestWord).max() ?? 0
                : cells(i).map(\.count).max() ?? 0
        }
        let cellFigures = columns.indices.map { i in
            isText(i) ? max(cells(i).map(Self.longestFigure).max() ?? 0, Self.shortestBreak) : cellWords[i]
        }
        let headingWords = columns.indices.map { Self.longestWord(columns[$0].heading) }
        let cellWidths = columns.indices.map { i in cells(i).map(\.count).max() ?? 0 }
        var gap = 2
        func excess() -> Int { widths.reduce(0, +) + gap * max(widths.count - 1, 0) - width }
        shrink(&widths, by: excess()) { max(cellWidths[$0], headingWords[$0]) }
        shrink(&widths, by: excess()) { max(cellWords[$0], headingWords[$0]) }
        if excess() > 0 { gap = 1 }
        shrink(&widths, by: excess()) { max(cellWords[$0], min(headingWords[$0], Self.shortestBreak)) }
        shrink(&widths, by: excess()) { max(cellFigures[$0], min(headingWords[$0], Self.shortestBreak)) }
        return excess() > 0 ? nil : (widths, gap)
    }

    /// A word is broken into pieces of at least this many characters (with the hyphen).
    static let shortestBreak = 4

    /// Takes `excess` characters away, one at a time from the widest column still above its floor
    /// (`floor` nil: the column does not take part).
    private func shrink(_ widths: inout [Int], by excess: Int, floor: (Int) -> Int?) {
        var excess = excess
        while excess > 0 {
            let eligible = widths.indices.filter { i in floor(i).map { widths[i] > $0 } ?? false }
            guard let widest = eligible.max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= 1
            excess -= 1
        }
    }

    /// One row as one or more lines: headings and text cells wrap, number cells are whole.
    private func line(_ cells: [String], _ widths: [Int], _ gap: Int, heading: Bool = false) -> String {
        let wrapped = widths.indices.map { i -> [String] in
            let cell = i < cells.count ? cells[i] : ""
            return heading || columns[i].alignment == .left ? Self.wrap(cell, widths[i]) : [cell]
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { row in
            var parts: [String] = []
            for (i, w) in widths.enumerated() {
                let cell = row < wrapped[i].count ? wrapped[i][row] : ""
                let pad = String(repeating: " ", count: max(w - cell.count, 0))
                parts.append(columns[i].alignment == .right ? pad + cell : cell + pad)
            }
            var text = parts.joined(separator: String(repeating: " ", count: gap))
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }.joined(separator: "\n")
    }

    /// Each row as a block: its first cell, then `heading  value` for every other column, the
    /// values wrapping under themselves (or on lines of their own below the heading when a
    /// figure would not fit beside it). For widths no table of the columns fits.
    private func stacked(width: Int, color: Bool) -> [String] {
        let labels = columns.dropFirst().map(\.heading)
        let labelWidth = min(labels.map(\.count).max() ?? 0, max(width / 3, 1))
        let room = width - 2 - labelWidth - 2
        var lines: [String] = []
        func add(_ text: String) {
            var t = text
            while t.hasSuffix(" ") { t.removeLast() }
            lines.append(t)
        }
        for row in rows {
            lines += Self.wrap(row.first ?? "", width).map { bold($0, color) }
            for (i, column) in columns.enumerated().dropFirst() {
                let value = i < row.count ? row[i] : ""
                let wholeWidth = column.alignment == .right ? value.count : Self.longestFigure(value)
                if wholeWidth <= room {
                    let label = Self.wrap(column.heading, labelWidth)
                    let values = column.alignment == .right ? [value] : Self.wrap(value, room)
                    for k in 0..<max(label.count, values.count) {
                        let l = k < label.count ? label[k] : ""
                        let pad = String(repeating: " ", count: labelWidth - l.count)
                        add("  " + l + pad + "  " + (k < values.count ? values[k] : ""))
                    }
                } else {
                    for l in Self.wrap(column.heading, max(width - 2, 1)) { add("  " + l) }
                    let indent = wholeWidth <= width - 4 ? 4 : 0
                    let values = column.alignment == .right ? [value] : Self.wrap(value, width - indent)
                    for v in values { add(String(repeating: " ", count: indent) + v) }
                }
            }
        }
        return lines
    }

    private func bold(_ text: String, _ color: Bool) -> String {
        color ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
    }
}
