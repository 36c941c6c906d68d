// `vesting at: DATE` as a report: tranche, conditions, status, vest date, value, running
// totals and dilution.
import DealModel
import DealScript
import Foundation

/// A dilution share as text: 0.0893 → `8.93%`.
func percentText(_ v: Value) -> String {
    guard case .number(let x, _) = v else { return v.display }
    return String(format: "%.2f%%", x * 100)
}

extension ReportTable {
    /// The vesting table on its date; `scenario` names the scenario in the title.
    static func vesting(_ table: VestingTable, scenario: String) -> ReportTable {
        let rows: [[(String, Value)]] = table.rows.map { r in
            let o = r.outcome
            var value: Value = .nil
            var close: Value = .nil
            if case .vested = r.status {
                close = optional(o.closeOnVest) { .number($0, .dollars) }
                value = optional(o.valueAtVest) { .number($0, .dollars) }
            }
            return [
                ("tranche", .string(o.tranche.name)), ("shares", .plain(Double(o.tranche.shares))),
                ("conditions", .string(TrancheObject.conditions(o.tranche))),
            ]
                + StatusFields.fields(r.status)
                + [
                    ("close", close), ("value", value), ("vested_shares", .plain(Double(r.vestedShares))),
                    ("vested_value", .number(r.vestedValue, .dollars)), ("dilution", .plain(r.dilution)),
                ]
        }
        let statuses = table.rows.map { StatusFields.text($0.status) }
        let columns = [
            ReportColumn("tranche", "tranche"), ReportColumn("conditions", "conditions"),
            ReportColumn("status", "status", rowText: { statuses[$0] }),
            ReportColumn("vest_date", "vest date"),
            ReportColumn("value", "value", .right), ReportColumn("vested_shares", "shares vested", .right),
            ReportColumn("vested_value", "value vested", .right),
            ReportColumn("dilution", "dilution", .right, format: percentText),
        ]
        let summary: [(String, Value)] = [
            ("scenario", .string(scenario)), ("date", .date(table.date)),
            ("vested_shares", .plain(Double(table.vestedShares))),
            ("vested_value", .number(table.vestedValue, .dollars)),
            ("dilution", .plain(table.dilution)),
        ]
        let note =
            "\(Value.plain(Double(table.vestedShares)).display) shares vested, worth "
            + "\(Value.number(table.vestedValue, .dollars).display) at vest; dilution "
            + "\(percentText(.plain(table.dilution)))"
        return ReportTable(
            typeName: "vesting table", title: "vesting on \(table.date) (scenario \(scenario))",
            columns: columns, rows: rows, summary: summary, notes: [note])
    }
}
