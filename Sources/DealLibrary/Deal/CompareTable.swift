// `compare A B`: two scenarios' vesting side by side, tranche by tranche.
import DealModel
import DealScript

extension ReportTable {
    /// Vesting of `a` and `b` side by side (tranches matched by name, in a's order, then b's).
    static func compare(_ a: (name: String, table: VestingTable), _ b: (name: String, table: VestingTable))
        -> ReportTable
    {
        var names: [String] = []
        for r in a.table.rows + b.table.rows where !names.contains(r.outcome.tranche.name) {
            names.append(r.outcome.tranche.name)
        }
        var texts: [String: String] = [:]
        func side(_ t: VestingTable, _ name: String, _ prefix: String) -> [(String, Value)] {
            guard let r = t.rows.first(where: { $0.outcome.tranche.name == name }) else {
                texts[prefix + name] = "absent"
                return [
                    ("\(prefix)_status", .string("absent")), ("\(prefix)_waiting_for", .list(ScriptList([]))),
                    ("\(prefix)_vest_date", .nil), ("\(prefix)_lapse_date", .nil), ("\(prefix)_value", .nil),
                ]
            }
            var value: Value = .nil
            if case .vested = r.status { value = optional(r.outcome.valueAtVest) { .number($0, .dollars) } }
            texts[prefix + name] = r.status.description
            return StatusFields.fields(r.status, prefix: prefix + "_") + [("\(prefix)_value", value)]
        }
        let rows = names.map { n in [("tranche", Value.string(n))] + side(a.table, n, "a") + side(b.table, n, "b") }
        let columns = [
            ReportColumn("tranche", "tranche"),
            ReportColumn("a_status", "\(a.name) status", rowText: { texts["a" + names[$0]] ?? "" }),
            ReportColumn("a_value", "\(a.name) value", .right),
            ReportColumn("b_status", "\(b.name) status", rowText: { texts["b" + names[$0]] ?? "" }),
            ReportColumn("b_value", "\(b.name) value", .right),
        ]
        func totals(_ s: (name: String, table: VestingTable)) -> String {
            "\(s.name): \(Value.plain(Double(s.table.vestedShares)).display) shares vested by \(s.table.date), "
                + "worth \(Value.number(s.table.vestedValue, .dollars).display)"
        }
        let summary: [(String, Value)] = [
            ("a", .string(a.name)), ("b", .string(b.name)),
            ("a_date", .date(a.table.date)), ("b_date", .date(b.table.date)),
            ("a_vested_shares", .plain(Double(a.table.vestedShares))),
            ("b_vested_shares", .plain(Double(b.table.vestedShares))),
            ("a_vested_value", .number(a.table.vestedValue, .dollars)),
            ("b_vested_value", .number(b.table.vestedValue, .dollars)),
        ]
        return ReportTable(
            typeName: "comparison", title: "vesting: \(a.name) vs \(b.name)", columns: columns,
            rows: rows, summary: summary, notes: [totals(a), totals(b)])
    }
}
