// A chart as SVG text: self-contained and deterministic (fixed number formatting, no
// timestamps), so the same scenario always gives the same bytes.
import CivilTime
import DealModel
import DealScript
import Foundation

/// Draws a `Chart` as an SVG document (standalone) or element (inline in the handout).
struct SVGChart {
    let chart: Chart
    var width = 760.0
    var height = 380.0

    // The plot area inside the picture: room for $ labels left, level labels right.
    private var left: Double { 72 }
    private var right: Double { width - 96 }
    private var top: Double { 40 }
    private var bottom: Double { height - 58 }

    /// The SVG text; `standalone` adds the XML declaration a `.svg` file starts with.
    func render(standalone: Bool) -> String {
        let (low, high) = chart.valueRange
        let y = { (v: Double) in bottom - (v - low) / (high - low) * (bottom - top) }
        let span = Double(max(chart.start.days(to: chart.end), 1))
        let x = { (d: CivilDate) in left + Double(chart.start.days(to: d)) / span * (right - left) }

        var out: [String] = []
        if standalone { out.append(##"<?xml version="1.0" encoding="UTF-8"?>"##) }
        out.append(
            ##"<svg xmlns="http://www.w3.org/2000/svg" width="\##(n(width))" height="\##(n(height))" viewBox="0 0 \##(n(width)) \##(n(height))" font-family="sans-serif" font-size="11" role="img">"##
        )
        out.append("<title>\(Self.escape(chart.title))</title>")
        out.append(##"<rect width="\##(n(width))" height="\##(n(height))" fill="#ffffff"/>"##)
        out.append(
            ##"<text x="\##(n(left))" y="22" font-size="14" font-weight="bold">\##(Self.escape(chart.title))</text>"##)

        out.append(##"<g class="y-axis" stroke="#dddddd">"##)
        for v in Self.niceTicks(low, high) {
            out.append(##"<line x1="\##(n(left))" y1="\##(n(y(v)))" x2="\##(n(right))" y2="\##(n(y(v)))"/>"##)
            out.append(
                ##"<text x="\##(n(left - 6))" y="\##(n(y(v) + 4))" text-anchor="end" stroke="none" fill="#333333">\##(Self.escape(chart.unit.label(v, low: low, high: high)))</text>"##
            )
        }
        out.append("</g>")

        out.append(##"<g class="x-axis" stroke="#999999">"##)
        out.append(##"<line x1="\##(n(left))" y1="\##(n(bottom))" x2="\##(n(right))" y2="\##(n(bottom))"/>"##)
        for t in DateTicks.ticks(from: chart.start, to: chart.end) {
            let tx = x(t.date)
            out.append(##"<line x1="\##(n(tx))" y1="\##(n(bottom))" x2="\##(n(tx))" y2="\##(n(bottom + 5))"/>"##)
            out.append(
                ##"<text x="\##(n(tx))" y="\##(n(bottom + 18))" text-anchor="middle" stroke="none" fill="#333333">\##(t.label)</text>"##
            )
        }
        out.append("</g>")

        if !chart.levels.isEmpty {
            out.append(##"<g class="levels" stroke="#2c7fb8" stroke-dasharray="4 3">"##)
            for level in chart.levels {
                let ly = y(level.value)
                out.append(##"<line x1="\##(n(left))" y1="\##(n(ly))" x2="\##(n(right))" y2="\##(n(ly))"/>"##)
                out.append(
                    ##"<text x="\##(n(right + 6))" y="\##(n(ly + 4))" stroke="none" fill="#2c7fb8">\##(Self.escape(level.label))</text>"##
                )
            }
            out.append("</g>")
        }

        let points = chart.points.map { "\(n(x($0.date))),\(n(y($0.value)))" }.joined(separator: " ")
        out.append(
            ##"<polyline class="series" fill="none" stroke="#c0392b" stroke-width="1.5" points="\##(points)"/>"##)

        if !chart.markers.isEmpty {
            out.append(##"<g class="markers" fill="#1a9641">"##)
            for (i, m) in chart.markers.enumerated() where m.date >= chart.start && m.date <= chart.end {
                let mx = x(m.date)
                if let v = m.value { out.append(##"<circle cx="\##(n(mx))" cy="\##(n(y(v)))" r="3.5"/>"##) }
                // Labels alternate between two rows so neighbours do not overlap.
                let ly = bottom + 34 + Double(i % 2) * 13
                out.append(
                    ##"<text x="\##(n(mx))" y="\##(n(ly))" text-anchor="middle">▲\##(Self.escape(m.label))</text>"##)
            }
            if !chart.markerWord.isEmpty {
                out.append(
                    ##"<text x="\##(n(left - 6))" y="\##(n(bottom + 34))" text-anchor="end" fill="#333333">\##(Self.escape(chart.markerWord))</text>"##
                )
            }
            out.append("</g>")
        }
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// A coordinate with one decimal: the same text on every machine.
    private func n(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        guard r.isFinite else { return "0" }
        return String(format: "%.1f", r == 0 ? 0 : r)
    }

    /// Round values from `low` to `high` a 1, 2, 2.5 or 5 × 10^k step apart, about 4 to 7 of them.
    static func niceTicks(_ low: Double, _ high: Double) -> [Double] {
        let span = high - low
        guard span > 0, span.isFinite else { return [] }
        let raw = span / 6
        let magnitude = Foundation.pow(10, (Foundation.log10(raw)).rounded(.down))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        var ticks: [Double] = []
        var v = (low / step).rounded(.up) * step
        while v <= high + step * 1e-9, ticks.count < 12 {
            ticks.append(v)
            v += step
        }
        return ticks
    }

    /// Text safe inside XML elements and attributes.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
