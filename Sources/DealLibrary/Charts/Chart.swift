// What a chart shows, independent of how it is drawn: one dated series, level marks
// (price targets, GW levels) and dated markers (vests), drawn in a terminal or as SVG.
import CivilTime
import DealModel
import DealScript

/// One dated value of a chart's series.
struct ChartPoint: Hashable {
    var date: CivilDate
    var value: Double
}

/// A horizontal mark across the chart: a tranche's price target or GW level.
struct ChartLevel: Hashable {
    var label: String
    var value: Double
}

/// A dated event on the chart: a vest, a level reached. `value` places it on the series.
struct ChartMarker: Hashable {
    var label: String
    var date: CivilDate
    var value: Double?
}

/// A chart: the series from `start` to `end`, in one unit, with its marks.
struct Chart {
    /// What the series is: `price`, `deployment`, `vesting`.
    var kind: String
    var title: String
    var unit: ChartUnit
    var points: [ChartPoint]
    var levels: [ChartLevel] = []
    var markers: [ChartMarker] = []
    /// What the markers are, in a word (`vests`, `reached`), shown beside them.
    var markerWord: String = ""

    var start: CivilDate { points.first?.date ?? CivilDate(dayNumber: 0) }
    var end: CivilDate { points.last?.date ?? start }

    /// The value range drawn: the series and its levels, never empty.
    var valueRange: (low: Double, high: Double) {
        let values = points.map(\.value) + levels.map(\.value)
        var low = values.min() ?? 0
        var high = values.max() ?? 1
        if high - low <= abs(high) * 1e-12 {
            // A flat series: give it room so it sits in the middle.
            let pad = high == 0 ? 1 : abs(high) * 0.1
            low -= pad
            high += pad
        }
        return (low, high)
    }

    /// The series' largest value and the first date it is reached.
    var peak: ChartPoint? {
        points.reduce(nil) { best, p in (best.map { p.value > $0.value } ?? true) ? p : best }
    }
}

/// The unit of a chart's values, and how its axis labels read.
enum ChartUnit {
    case dollars, watts, shares

    /// An axis label for `value` on an axis spanning `low...high`: fixed decimals for the
    /// whole axis so labels line up (`$250`, `2.5 GW`, `80M`).
    func label(_ value: Double, low: Double, high: Double) -> String {
        let top = max(abs(low), abs(high))
        let (divisor, suffix): (Double, String)
        switch self {
        case .dollars:
            (divisor, suffix) = top >= 1e10 ? (1e9, "B") : top >= 1e7 ? (1e6, "M") : top >= 1e5 ? (1e3, "k") : (1, "")
        case .watts:
            (divisor, suffix) =
                top >= 1e9 ? (1e9, " GW") : top >= 1e6 ? (1e6, " MW") : top >= 1e3 ? (1e3, " kW") : (1, " W")
        case .shares:
            (divisor, suffix) = top >= 1e6 ? (1e6, "M") : top >= 1e3 ? (1e3, "k") : (1, "")
        }
        let span = (high - low) / divisor
        let decimals = span >= 20 ? 0 : span >= 2 ? 1 : 2
        let x = value / divisor
        let text = NumberFormat.group(String(format: "%.\(decimals)f", abs(x) < 0.5 * pow10(-decimals) ? 0 : x))
        return self == .dollars ? (x < 0 ? "-$" + text.dropFirst() : "$" + text) + suffix : text + suffix
    }

    private func pow10(_ n: Int) -> Double {
        var p = 1.0
        for _ in 0..<abs(n) { p *= 10 }
        return n < 0 ? 1 / p : p
    }
}
