// `export vesting|timeline|deployment|compare|simulation|sweep|greeks to: "FILE.csv|.json"`:
// a report as data for other tools (a simulation's CSV: one row per tranche and the warrant).
import DealModel
import DealScript

enum Export {
    static let reports = ["vesting", "timeline", "deployment", "compare", "simulation", "sweep", "greeks"]
    /// The command each report comes from, when named otherwise.
    static let commands = ["simulation": "simulate"]

    static func run(_ args: CommandArguments, _ context: CommandContext) throws -> Value {
        guard case .string(let report)? = args.positional.first, reports.contains(report) else {
            throw ScriptError(
                "export accepts \(reports.joined(separator: ", ")), got \(args.positional.first?.display ?? "nothing")")
        }
        guard case .string(let path)? = args["to"], path.hasSuffix(".csv") || path.hasSuffix(".json") else {
            throw ScriptError("export \(report) to: needs a .csv or .json file name")
        }
        try context.checkWritable(path, for: "export")
        if report == "timeline", args["at"] != nil { throw ScriptError("export timeline takes no at:") }
        guard let command = context.commands.command(named: commands[report] ?? report) else {
            throw ScriptError("export: `\(report)` is not available in this session")
        }
        // The report's own arguments go through: compare's two names, simulate's paths: ...
        var passed = CommandArguments(positional: Array(args.positional.dropFirst()))
        for (label, value) in args.labeled where label != "to" {
            guard command.parameters.contains(where: { $0.label == label }) else {
                throw ScriptError("export \(report) takes no \(label):")
            }
            passed.labeled[label] = value
        }
        guard case .object(let o) = try command.run(passed, context) else {
            throw ScriptError("export: `\(report)` did not give a report")
        }
        let text: String
        if path.hasSuffix(".json") {
            text = o.json.text + "\n"
        } else if let table = o as? ReportTable {
            text = csv(table)
        } else if let simulation = o as? SimulationObject {
            text = csv(rows: simulation.csvRows)
        } else if let greeks = o as? GreeksObject {
            text = csv(rows: greeks.csvRows)
        } else {
            throw ScriptError("export: `\(report)` has no CSV form")
        }
        try AtomicFile.write(text, to: path, for: "export")
        return .nil
    }

    /// Rows of records as CSV, as `csv(_:)` writes a table's rows.
    static func csv(rows: [[(String, Value)]]) -> String {
        csv(ReportTable(typeName: "rows", title: "", columns: [], rows: rows))
    }

    /// The table's rows as CSV: one column per row field, quantities in base units with the
    /// unit in the heading (`value_usd`, `delivered_w`), dates ISO, empty for none.
    static func csv(_ table: ReportTable) -> String {
        var keys: [String] = []
        for row in table.rows { for (k, _) in row where !keys.contains(k) { keys.append(k) } }
        // A column of one unit is numbers with the unit in its heading; a column mixing
        // units (the timeline's amount: watts or dollars) keeps each cell's own text.
        let units = keys.map { key -> Set<String> in
            var found = Set<String>()
            for row in table.rows {
                if let v = row.first(where: { $0.0 == key })?.1, case .number(_, let d) = v, !d.isNone {
                    found.insert(unitName(d))
                }
            }
            return found
        }
        let headings = zip(keys, units).map { key, u in u.count == 1 ? key + "_" + u.first! : key }
        var out = headings.map(field).joined(separator: ",") + "\n"
        for row in table.rows {
            out +=
                zip(keys, units).map { key, u in
                    let v = row.first { $0.0 == key }?.1 ?? .nil
                    return field(u.count > 1 ? (isNone(v) ? "" : v.display) : cell(v))
                }.joined(separator: ",") + "\n"
        }
        return out
    }

    private static func isNone(_ v: Value) -> Bool {
        switch v {
        case .nil, .absent: return true
        default: return false
        }
    }

    static func unitName(_ d: Dimension) -> String {
        switch d.symbol {
        case "$": return "usd"
        case "W": return "w"
        case "B": return "bytes"
        case "FLOP/s": return "flops"
        default: return d.symbol.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
        }
    }

    static func cell(_ v: Value) -> String {
        switch v {
        case .nil, .absent: return ""
        case .number(let x, _): return JSONValue.number(x).text
        case .string(let s): return s
        case .date(let d): return d.description
        case .bool(let b): return b ? "true" : "false"
        // A list of words (what a tranche waits for): `gw price`, one field.
        case .list(let l): return l.items.map(cell).joined(separator: " ")
        default: return v.display
        }
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
