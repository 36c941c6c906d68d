// A small text-table layout: headings, aligned columns, numbers right-aligned, fitted to a width.

/// Rows of text cells under headings, laid out to fit a number of columns on screen.
///
/// Columns keep their natural width when the table fits. When it does not, text columns
/// (left-aligned) give up width first, widest first, then the gaps narrow to one space,
/// then number columns shrink too; a cell longer than its column ends in `…`.
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
        let (widths, gap) = layout(width: width)
        var lines: [String] = []
        if let title { lines.append(bold(Self.fit(title, width), color)) }
        if !columns.isEmpty {
            lines.append(bold(line(columns.map(\.heading), widths, gap), color))
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
        var gap = 2
        func total() -> Int { widths.reduce(0, +) + gap * max(widths.count - 1, 0) }
        // Text columns give way first, down to a readable minimum; then gaps; then all columns.
        shrink(&widths, over: total() - width, floor: 8, only: .left)
        if total() > width { gap = 1 }
        shrink(&widths, over: total() - width, floor: 4, only: .left)
        shrink(&widths, over: total() - width, floor: 4, only: nil)
        shrink(&widths, over: total() - width, floor: 1, only: nil)
        return (widths, gap)
    }

    /// Takes `excess` characters away, one at a time from the widest eligible column.
    private func shrink(_ widths: inout [Int], over excess: Int, floor: Int, only: Alignment?) {
        var excess = excess
        while excess > 0 {
            let eligible = widths.indices.filter { widths[$0] > floor && (only == nil || columns[$0].alignment == only) }
            guard let widest = eligible.max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= 1
            excess -= 1
        }
    }

    private func line(_ cells: [String], _ widths: [Int], _ gap: Int) -> String {
        var parts: [String] = []
        for (i, w) in widths.enumerated() {
            let cell = Self.fit(i < cells.count ? cells[i] : "", w)
            let pad = String(repeating: " ", count: w - cell.count)
            parts.append(columns[i].alignment == .right ? pad + cell : cell + pad)
        }
        var text = parts.joined(separator: String(repeating: " ", count: gap))
        while text.hasSuffix(" ") { text.removeLast() }
        return text
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
