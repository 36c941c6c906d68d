// A small text-table layout: headings, aligned columns, numbers right-aligned, fitted to a width.
import DealModel
import DealScript

/// Rows of text cells under headings, laid out to fit a number of columns on screen.
///
/// Columns keep their natural width when the table fits. When it does not, number columns'
/// headings wrap, then text columns (left-aligned) wrap between words, widest first, then the
/// gaps narrow to one space, then words are cut. Text cells wrap at spaces onto a few lines; a
/// cell still longer than its column ends in `…`.
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

    /// The table as lines of at most `width` characters (headings bold when `color`).
    public func render(width: Int, color: Bool) -> String {
        let width = max(width, 1)
        // (Every line, wrapped or not, stays within `width` once the layout fits.)
        let (widths, gap) = layout(width: width)
        var lines: [String] = []
        if let title { lines.append(bold(Self.fit(title, width), color)) }
        if !columns.isEmpty {
            lines.append(bold(line(columns.map(\.heading), widths, gap, heading: true), color))
            lines.append(line(widths.map { String(repeating: "-", count: $0) }, widths, gap))
            for row in rows { lines.append(line(row, widths, gap)) }
        }
        lines += notes.map { Self.fit($0, width) }
        return lines.joined(separator: "\n")
    }

    /// Column widths and the gap between columns that fit `width`.
    func layout(width: Int) -> (widths: [Int], gap: Int) {
        var widths = columns.indices.map { i in
            rows.reduce(columns[i].heading.count) { max($0, i < $1.count ? $1[i].count : 0) }
        }
        // A column's floor keeps words whole: text wraps between words, numbers never break.
        let floors = columns.indices.map { i -> Int in
            let heading = Self.longestWord(columns[i].heading)
            return rows.reduce(heading) { m, row in
                guard i < row.count else { return m }
                return max(m, columns[i].alignment == .left ? Self.longestWord(row[i]) : row[i].count)
            }
        }
        var gap = 2
        func excess() -> Int { widths.reduce(0, +) + gap * max(widths.count - 1, 0) - width }
        // Number headings wrap first (one extra line), then text cells; then gaps narrow; then words are cut.
        shrink(&widths, by: excess()) { columns[$0].alignment == .right ? floors[$0] : nil }
        shrink(&widths, by: excess()) { floors[$0] }
        if excess() > 0 { gap = 1 }
        shrink(&widths, by: excess()) { _ in 4 }
        shrink(&widths, by: excess()) { _ in 1 }
        return (widths, gap)
    }

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

    static func longestWord(_ text: String) -> Int {
        text.split(separator: " ").reduce(0) { max($0, $1.count) }
    }

    /// One row as one or more lines: text cells wrap at spaces (up to `maxLines`), numbers are cut.
    private func line(_ cells: [String], _ widths: [Int], _ gap: Int, heading: Bool = false) -> String {
        let wrapped = widths.indices.map { i -> [String] in
            let cell = i < cells.count ? cells[i] : ""
            return heading || columns[i].alignment == .left ? Self.wrap(cell, widths[i]) : [Self.fit(cell, widths[i])]
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

    /// Lines a text cell wraps onto at spaces, at most `maxLines`, the last cut with `…`.
    static func wrap(_ text: String, _ width: Int, maxLines: Int = 3) -> [String] {
        guard text.count > width else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        lines.append(current)
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines - 1)) + [lines[(maxLines - 1)...].joined(separator: " ")]
        }
        return lines.map { fit($0, width) }
    }

    /// `text` cut to `width` characters, ending in `…` when cut.
    static func fit(_ text: String, _ width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(max(width, 0))) }
        return String(text.prefix(width - 1)) + "…"
    }

    private func bold(_ text: String, _ color: Bool) -> String {
        color ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
    }
}
