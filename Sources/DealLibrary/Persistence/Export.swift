// `export vesting|timeline|deployment to: "FILE.csv|.json"`: a report as data for other tools.
import DealModel
import DealScript

enum Export {
    static let reports = ["vesting", "timeline", "deployment"]

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
        guard let command = context.commands.command(named: report) else {
            throw ScriptError("export: `\(report)` is not available in this session")
        }
        var passed = CommandArguments()
        if let at = args["at"] { passed.labeled["at"] = at }
        guard case .object(let o) = try command.run(passed, context), let table = o as? ReportTable else {
            throw ScriptError("export: `\(report)` did not give a table")
        }
        let text = path.hasSuffix(".csv") ? csv(table) : table.json.text + "\n"
        try AtomicFile.write(text, to: path, for: "export")
        return .nil
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
