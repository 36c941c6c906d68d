// A chart as a script value: `plot price` prints it fitted to the terminal; its fields
// (`points`, `low`, `high`, `start`, `end`) let scripts check what it shows.
import DealModel
import DealScript

/// `plot price|deployment|vesting` without `to:`: the chart, drawn at the session's width.
final class ChartObject: ScriptObject {
    let chart: Chart

    init(_ chart: Chart) { self.chart = chart }

    var typeName: String { "chart" }

    var fieldNames: [String] {
        ["kind", "title", "start", "end", "points", "low", "high", "peak_date", "levels", "markers"]
    }

    private var quantity: (Double) -> Value {
        switch chart.unit {
        case .dollars: return { .number($0, .dollars) }
        case .watts: return { .number($0, .watts) }
        case .shares: return { .plain($0) }
        }
    }

    func field(_ name: String) -> Value? {
        switch name {
        case "kind": return .string(chart.kind)
        case "title": return .string(chart.title)
        case "start": return .date(chart.start)
        case "end": return .date(chart.end)
        case "points": return .plain(Double(chart.points.count))
        case "low": return chart.points.map(\.value).min().map(quantity) ?? .nil
        case "high": return chart.peak.map { quantity($0.value) } ?? .nil
        case "peak_date": return chart.peak.map { .date($0.date) } ?? .nil
        case "levels":
            return .list(
                ScriptList(
                    chart.levels.map {
                        .record(ScriptRecord([("label", .string($0.label)), ("value", quantity($0.value))]))
                    }))
        case "markers":
            return .list(
                ScriptList(
                    chart.markers.map {
                        .record(ScriptRecord([("label", .string($0.label)), ("date", .date($0.date))]))
                    }))
        default: return nil
        }
    }

    func render(width: Int, color: Bool) -> String {
        TerminalChart(chart: chart).render(width: width)
    }

    var json: JSONValue {
        .object([("type", .string("chart"))] + fieldNames.map { ($0, (field($0) ?? .nil).json) })
    }
}
