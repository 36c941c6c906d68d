// A chart drawn in text: braille dots for the series, dotted lines for level marks with
// their labels on the right, $ labels on the left, dates and markers under the axis.
import CivilTime
import DealModel
import DealScript
import Foundation

/// Draws a `Chart` in `width` columns: a title, `height` plot rows, the axis, its dates,
/// and a row of markers (`▲T2` under each vest date).
struct TerminalChart {
    let chart: Chart
    var height = 12

    func render(width requested: Int) -> String {
        let width = max(requested, 20)
        let rows = max(height, 3)
        let (low, high) = chart.valueRange
        let dots = rows * 4

        // The y labels: the top row shows the highest value, the bottom row the lowest.
        var yLabels = [Int: String]()
        for r in stride(from: 0, to: rows, by: 4) {
            yLabels[r] = chart.unit.label(value(atDot: Double(r * 4) + 1.5, dots, low, high), low: low, high: high)
        }
        yLabels[0] = chart.unit.label(high, low: low, high: high)
        yLabels[rows - 1] = chart.unit.label(low, low: low, high: high)
        let gutter = yLabels.values.map(\.count).max() ?? 0

        // Level labels sit right of the plot; drop them when the plot would get too narrow.
        var levelText = [Int: String]()
        for level in chart.levels {
            let r = dotRow(level.value, dots, low, high) / 4
            levelText[r] = levelText[r].map { $0 + ", " + level.label } ?? level.label
        }
        var margin = min(levelText.values.map(\.count).max() ?? 0, 18)
        var columns = width - gutter - 2 - (margin > 0 ? margin + 1 : 0)
        if columns < 16 {
            margin = 0
            columns = width - gutter - 2
        }
        columns = max(columns, 4)

        var canvas = BrailleCanvas(columns: columns, rows: rows)
        let dotWidth = canvas.dotWidth
        let x = { (d: CivilDate) in dotColumn(d, dotWidth) }
        // Level marks: a dot in every other column, so they read as dotted, not as the series.
        for level in chart.levels {
            let y = dotRow(level.value, dots, low, high)
            for dx in stride(from: 0, to: canvas.dotWidth, by: 4) { canvas.set(dx, y) }
        }
        var previous: (x: Int, y: Int)?
        for p in chart.points {
            let point = (x: x(p.date), y: dotRow(p.value, dots, low, high))
            canvas.line(from: previous ?? point, to: point)
            previous = point
        }

        var lines = TextTable.wrap(chart.title, width)
        for r in 0..<rows {
            var line = Self.pad(yLabels[r] ?? "", gutter) + (yLabels[r] == nil ? " │" : " ┤") + canvas.text(row: r)
            if margin > 0, let t = levelText[r] { line += " " + Self.whole(t, margin) }
            lines.append(line)
        }

        let ticks = DateTicks.ticks(from: chart.start, to: chart.end)
        var axis = Array(repeating: Character("─"), count: columns)
        var dates = Array(repeating: Character(" "), count: columns)
        for t in ticks {
            let c = x(t.date) / 2
            axis[c] = "┴"
            Self.place(t.label, at: c, in: &dates)
        }
        lines.append(String(repeating: " ", count: gutter) + " └" + String(axis))
        lines.append(String(repeating: " ", count: gutter + 2) + String(dates))

        if !chart.markers.isEmpty {
            var marks = Array(repeating: Character(" "), count: columns)
            for m in chart.markers where m.date >= chart.start && m.date <= chart.end {
                let c = x(m.date) / 2
                if !Self.place("▲" + m.label, at: c, in: &marks), marks[c] == " " { marks[c] = "▲" }
            }
            let word = chart.markerWord.count <= gutter + 1 ? chart.markerWord : ""
            lines.append(Self.pad(word, gutter + 1) + " " + String(marks))
        }
        return lines.map(Self.trimmedRight).joined(separator: "\n")
    }

    // MARK: mapping values and dates to dots

    private func value(atDot y: Double, _ dots: Int, _ low: Double, _ high: Double) -> Double {
        high - (high - low) * y / Double(dots - 1)
    }

    private func dotRow(_ v: Double, _ dots: Int, _ low: Double, _ high: Double) -> Int {
        let y = ((high - v) / (high - low) * Double(dots - 1)).rounded()
        return y.isFinite ? Int(min(max(y, 0), Double(dots - 1))) : dots - 1
    }

    private func dotColumn(_ d: CivilDate, _ dotWidth: Int) -> Int {
        let span = chart.start.days(to: chart.end)
        guard span > 0 else { return 0 }
        let x = (Double(chart.start.days(to: d)) / Double(span) * Double(dotWidth - 1)).rounded()
        return Int(min(max(x, 0), Double(dotWidth - 1)))
    }

    // MARK: text

    /// Writes `text` into `row` from `column` when it fits and keeps a space from what is there.
    @discardableResult
    private static func place(_ text: String, at column: Int, in row: inout [Character]) -> Bool {
        let chars = Array(text)
        guard column >= 0, column + chars.count <= row.count else { return false }
        let lo = max(column - 1, 0)
        let hi = min(column + chars.count, row.count - 1)
        guard row[lo...hi].allSatisfy({ $0 == " " }) else { return false }
        for (i, c) in chars.enumerated() { row[column + i] = c }
        return true
    }

    private static func pad(_ s: String, _ n: Int) -> String {
        s.count >= n ? s : String(repeating: " ", count: n - s.count) + s
    }

    /// The labels of `s` (`T2 $250, T3 $320`) that fit `n` whole, then `…` for the rest: a
    /// figure is never cut.
    private static func whole(_ s: String, _ n: Int) -> String {
        guard s.count > n else { return s }
        var out = ""
        for label in s.components(separatedBy: ", ") {
            let next = out.isEmpty ? label : out + ", " + label
            guard next.count + 2 <= n else { break }
            out = next
        }
        return out.isEmpty ? "…" : out + ",…"
    }

    private static func trimmedRight(_ s: String) -> String {
        var t = Substring(s)
        while t.last == " " { t = t.dropLast() }
        return String(t)
    }
}
