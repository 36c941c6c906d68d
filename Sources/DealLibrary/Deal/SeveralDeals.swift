// The views of a scenario with several deals: each deal's table under a `deal` column, and
// the total: combined vested shares, and dilution of both warrants over outstanding plus all
// vested shares. A single-deal scenario never comes here, so its views read as before.
import CivilTime
import DealModel
import DealScript

/// Combined figures of several deals on one share price.
enum SeveralDeals {
    /// AMD's shares outstanding for the combined dilution: the largest any deal's warrant records
    /// (the deals count the same company's shares; built-ins agree).
    static func outstanding(_ s: Scenario) -> Int {
        s.deals.compactMap { $0.warrant?.outstanding }.max() ?? 0
    }

    /// vested / (outstanding + vested), 0 when nothing vested.
    static func dilution(vested: Int, outstanding: Int) -> Double {
        vested == 0 ? 0 : Double(vested) / (Double(outstanding) + Double(vested))
    }

    /// Every deal's table under a `deal` column (rows in deal order), with `summary` and `notes`.
    static func table(
        _ parts: [(deal: String, table: ReportTable)], typeName: String, title: String,
        summary: [(String, Value)], notes: [String]
    ) -> ReportTable {
        guard let first = parts.first?.table else {
            return ReportTable(typeName: typeName, title: title, columns: [], rows: [])
        }
        var rows: [[(String, Value)]] = []
        var texts: [[String]] = []
        for (deal, t) in parts {
            let cells = t.textTable.rows
            for (i, row) in t.rows.enumerated() {
                rows.append([("deal", .string(deal))] + row)
                texts.append([deal] + (i < cells.count ? cells[i] : []))
            }
        }
        // Cells are taken as each deal's table wrote them (statuses in words, percents).
        var columns = [ReportColumn("deal", "deal", rowText: { texts[$0][0] })]
        for (c, column) in first.columns.enumerated() {
            var copy = column
            copy.rowText = { i in c + 1 < texts[i].count ? texts[i][c + 1] : "–" }
            columns.append(copy)
        }
        return ReportTable(
            typeName: typeName, title: title, columns: columns, rows: rows, summary: summary, notes: notes)
    }

    /// `vesting at: DATE` for each deal and in total (each deal on its own date: `at:` or its expiry).
    static func vesting(_ s: Scenario, at date: CivilDate?, name: String) throws -> ReportTable {
        var parts: [(deal: String, table: ReportTable)] = []
        var perDeal: [(String, Value)] = []
        var notes: [String] = []
        var vested = 0
        var value = 0.0
        for (deal, alone) in zip(s.deals, s.eachDeal) {
            let t = try Reports.vestingTable(alone, at: date, name: name)
            parts.append((deal.label, ReportTable.vesting(t, scenario: name)))
            vested += t.vestedShares
            value += t.vestedValue
            perDeal.append(
                (
                    deal.label,
                    .record(
                        ScriptRecord([
                            ("date", .date(t.date)), ("vested_shares", .plain(Double(t.vestedShares))),
                            ("vested_value", .number(t.vestedValue, .dollars)), ("dilution", .plain(t.dilution)),
                        ]))
                ))
            notes.append(
                "\(deal.label): \(Value.plain(Double(t.vestedShares)).display) shares vested by \(t.date), worth "
                    + "\(Value.number(t.vestedValue, .dollars).display) at vest; alone "
                    + "\(percentText(.plain(t.dilution)))")
        }
        let outstanding = outstanding(s)
        let dilution = dilution(vested: vested, outstanding: outstanding)
        notes.append(
            "together: \(Value.plain(Double(vested)).display) shares vested, worth "
                + "\(Value.number(value, .dollars).display) at vest; combined dilution "
                + "\(percentText(.plain(dilution))) "
                + "(\(Value.plain(Double(vested)).display) / (\(Value.plain(Double(outstanding)).display) + "
                + "\(Value.plain(Double(vested)).display)))")
        if let note = Reports.nominalPlanNote(s) { notes.append(note) }
        let when = date.map { "on \($0)" } ?? "at each warrant's expiry"
        return table(
            parts, typeName: "vesting table", title: "vesting \(when), deal by deal (scenario \(name))",
            summary: [("scenario", .string(name))] + (date.map { [("date", .date($0))] } ?? [])
                + [
                    ("vested_shares", .plain(Double(vested))), ("vested_value", .number(value, .dollars)),
                    ("dilution", .plain(dilution)), ("deals", .record(ScriptRecord(perDeal))),
                ],
            notes: notes)
    }

    /// `timeline`: every deal's events in date order, each named with its deal.
    static func timeline(_ s: Scenario, name: String) throws -> ReportTable {
        var rows: [(date: CivilDate, order: Int, row: [(String, Value)])] = []
        for (deal, alone) in zip(s.deals, s.eachDeal) {
            let events = try modelStep { try alone.timeline() }
            let table = ReportTable.timeline(events, scenario: name)
            for (e, row) in zip(events, table.rows) {
                var r = [("deal", Value.string(deal.label))] + row
                if let i = r.firstIndex(where: { $0.0 == "text" }) { r[i].1 = .string("\(deal.label): \(e.words)") }
                rows.append((e.date, rows.count, r))
            }
        }
        rows.sort { ($0.date, $0.order) < ($1.date, $1.order) }
        return ReportTable(
            typeName: "timeline", title: "timeline, deal by deal (scenario \(name))",
            columns: [ReportColumn("date", "date"), ReportColumn("text", "event")],
            rows: rows.map(\.row),
            summary: [("scenario", .string(name)), ("events", .plain(Double(rows.count)))])
    }

    /// `show warrant`: each deal's terms (public or assumed), then both warrants together.
    static func warrantTerms(_ s: Scenario, name: String) throws -> ReportTable {
        var parts: [(deal: String, table: ReportTable)] = []
        var total = 0
        for (i, deal) in s.deals.enumerated() {
            parts.append((deal.label, try ReportTable.warrantTerms(s.focused(on: i), scenario: name)))
            total += deal.warrant?.shares ?? 0
        }
        let outstanding = outstanding(s)
        let dilution = dilution(vested: total, outstanding: outstanding)
        let note =
            "together: \(Value.plain(Double(total)).display) shares under \(s.deals.count) warrants; fully vested, "
            + "combined dilution \(percentText(.plain(dilution))) (\(Value.plain(Double(total)).display) / "
            + "(\(Value.plain(Double(outstanding)).display) + \(Value.plain(Double(total)).display)))"
        return table(
            parts, typeName: "warrant terms", title: "warrants, deal by deal (scenario \(name))",
            summary: [
                ("scenario", .string(name)), ("shares", .plain(Double(total))),
                ("dilution_fully_vested", .plain(dilution)),
            ],
            notes: [note])
    }

    /// `compare A B` when either has several deals: deal by deal (matched by name), each
    /// compared as `compare` compares two single-deal scenarios, then both totals.
    static func compare(
        _ a: (name: String, scenario: Scenario), _ b: (name: String, scenario: Scenario), at date: CivilDate?
    )
        throws -> ReportTable
    {
        var parts: [(deal: String, table: ReportTable)] = []
        var notes: [String] = []
        var totals = [0, 0]
        for deal in a.scenario.deals {
            guard let j = b.scenario.dealIndex(named: deal.name), let i = a.scenario.dealIndex(named: deal.name) else {
                notes.append("deal \(deal.label) is only in \(a.name)")
                continue
            }
            let ta = try Reports.vestingTable(a.scenario.alone(i), at: date, name: a.name)
            let tb = try Reports.vestingTable(b.scenario.alone(j), at: date, name: b.name)
            totals[0] += ta.vestedShares
            totals[1] += tb.vestedShares
            parts.append((deal.label, ReportTable.compare((a.name, ta), (b.name, tb))))
        }
        for deal in b.scenario.deals where a.scenario.dealIndex(named: deal.name) == nil {
            notes.append("deal \(deal.label) is only in \(b.name)")
        }
        for (k, side) in [a, b].enumerated() {
            let out = outstanding(side.scenario)
            notes.append(
                "\(side.name): \(Value.plain(Double(totals[k])).display) shares vested in the deals compared; "
                    + "combined dilution \(percentText(.plain(dilution(vested: totals[k], outstanding: out))))")
        }
        return table(
            parts, typeName: "comparison", title: "vesting: \(a.name) vs \(b.name), deal by deal",
            summary: [
                ("a", .string(a.name)), ("b", .string(b.name)),
                ("a_vested_shares", .plain(Double(totals[0]))), ("b_vested_shares", .plain(Double(totals[1]))),
            ],
            notes: notes)
    }
}
