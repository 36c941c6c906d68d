// A report (vesting, timeline, deployment, compare, show) as a script value: rows of
// records that scripts read, render as a text table, and encode as JSON.
import DealModel
import DealScript

/// One column of a report: the record key it shows, its heading, and how a cell reads.
struct ReportColumn {
    var key: String
    var heading: String
    var alignment: TextTable.Alignment
    /// Cell text; nil uses the value's display (nil values show `–`).
    var format: ((Value) -> String)?
    /// Cell text of row i written by the report (a status in words); wins over `format`.
    var rowText: ((Int) -> String)?

    init(
        _ key: String, _ heading: String, _ alignment: TextTable.Alignment = .left,
        format: ((Value) -> String)? = nil, rowText: ((Int) -> String)? = nil
    ) {
        self.key = key
        self.heading = heading
        self.alignment = alignment
        self.format = format
        self.rowText = rowText
    }
}

/// A table-shaped result: `t.rows` is a list of records, summary fields read with `.`.
final class ReportTable: ScriptObject {
    let typeName: String
    let title: String
    let columns: [ReportColumn]
    /// Each row's fields, keyed by snake_case names (the JSON names).
    let rows: [[(String, Value)]]
    /// Whole-table fields (`date`, `vested_shares`...), in order.
    let summary: [(String, Value)]
    /// Lines under the table.
    let notes: [String]

    init(
        typeName: String, title: String, columns: [ReportColumn], rows: [[(String, Value)]],
        summary: [(String, Value)] = [], notes: [String] = []
    ) {
        self.typeName = typeName
        self.title = title
        self.columns = columns
        self.rows = rows
        self.summary = summary
        self.notes = notes
    }

    var fieldNames: [String] { ["title"] + summary.map(\.0) + ["rows"] }

    func field(_ name: String) -> Value? {
        switch name {
        case "title": return .string(title)
        case "rows": return .list(ScriptList(rows.map { .record(ScriptRecord($0)) }))
        default: return summary.first { $0.0 == name }?.1
        }
    }

    /// The text table the report prints as.
    var textTable: TextTable {
        let cells = rows.enumerated().map { i, row in
            columns.map { c -> String in
                if let text = c.rowText { return text(i) }
                let v = row.first { $0.0 == c.key }?.1 ?? .nil
                if case .nil = v { return "–" }
                return c.format?(v) ?? v.display
            }
        }
        return TextTable(
            title: title, columns: columns.map { .init($0.heading, $0.alignment) },
            rows: cells, notes: notes)
    }

    func render(width: Int, color: Bool) -> String {
        textTable.render(width: width, color: color)
    }

    var json: JSONValue {
        var fields: [(String, JSONValue)] = [("type", .string(typeName)), ("title", .string(title))]
        fields += summary.map { ($0.0, $0.1.json) }
        fields.append(("rows", .array(rows.map { .object($0.map { ($0.0, $0.1.json) }) })))
        return .object(fields)
    }
}
