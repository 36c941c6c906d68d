import DealModel
import Foundation
import Testing

// One truth about a tranche's status: the vesting table, `t.status`, the timeline, explain,
// compare, the tour's step 7 and the handout all say the same on the same dates.
@testable import DealLibrary
@testable import DealScript

@Suite struct StatusViewsTests {
    /// The tour's step 7 scenario (5% a year: T1 and T2 vest, T3..T6 lapse) and a flat $300 path.
    static let setups = [
        "scenario bear from: base\nprice path growth from: $203.71 on: 2025-10-06 rate: 5%",
        "price path constant $300",
    ]
    /// Expiry (a Saturday), its last trading day, and the trading day before.
    static let days = ["2030-10-05", "2030-10-04", "2030-10-03"]

    /// A value as the language writes it inside a list (strings quoted), to compare.
    func text(_ v: Value?) -> String { v?.nested ?? "absent" }

    func field(_ v: Value?, _ name: String) -> Value? {
        if case .record(let r)? = v { return zip(r.keys, r.values).first { $0.0 == name }?.1 }
        if case .object(let o)? = v { return o.field(name) }
        return nil
    }

    @Test(arguments: setups)
    func everyViewAgreesOnEveryDay(_ setup: String) throws {
        let (session, _) = builtInSession()
        #expect(session.runEntry(setup, file: "setup", firstLine: 1))
        let timeline = try evaluate("timeline()", in: session)
        let events: [(String, String, String)] = {
            guard case .object(let t) = timeline, case .list(let rows)? = t.field("rows") else { return [] }
            return rows.items.compactMap { row in
                guard case .string(let kind)? = field(row, "event"), case .string(let who)? = field(row, "subject"),
                    case .date(let d)? = field(row, "date")
                else { return nil }
                return (kind, who, d.description)
            }
        }()
        for day in Self.days {
            let table = try evaluate("vesting(at: \(day))", in: session)
            guard case .object(let t) = table, case .list(let rows)? = t.field("rows") else {
                Issue.record("no vesting rows")
                return
            }
            for row in rows.items {
                guard case .string(let name)? = field(row, "tranche"), case .string(let word)? = field(row, "status")
                else {
                    Issue.record("no status")
                    continue
                }
                // explain ... at: DAY says the same word.
                let explained = printed("explain tranche \(name) at: \(day)", in: session)
                let expected =
                    [
                        "vested": "status  vested on", "lapsed": "status  lapsed at the close of",
                        "waiting": "status  not vested",
                    ][word] ?? "?"
                #expect(explained.contains(expected), "\(name) on \(day): \(word) vs \(explained)")
                // The timeline's vest or lapse sits on the row's date, on or before the day.
                if case .date(let d)? = field(row, "lapse_date") {
                    #expect(events.contains { $0 == ("lapsed", name, d.description) }, "\(name) lapse \(d)")
                    #expect(d.description <= day)
                }
                if case .date(let d)? = field(row, "vest_date") {
                    #expect(events.contains { $0 == ("vested", name, d.description) }, "\(name) vest \(d)")
                }
                if day == "2030-10-05" {
                    // t.status is the status at expiry: the same word and dates as the table's row.
                    let t = try evaluate("tranche(\"\(name)\")", in: session)
                    #expect(text(field(t, "status")) == "\"\(word)\"")
                    #expect(text(field(t, "vest_date")) == text(field(row, "vest_date")))
                    #expect(text(field(t, "lapse_date")) == text(field(row, "lapse_date")))
                    #expect(word != "waiting", "nothing waits at expiry: \(name)")
                    let verdict = printed("explain tranche \(name)", in: session).split(whereSeparator: \.isWhitespace)
                        .joined(separator: " ")
                    #expect(verdict.contains("it lapses at the close of 2030-10-04") == (word == "lapsed"))
                }
            }
        }
        // The day before the last trading day, the unmet tranches still wait, for the price.
        #expect(text(try evaluate("vesting(at: 2030-10-03).rows[5].status", in: session)) == "\"waiting\"")
        #expect(text(try evaluate("vesting(at: 2030-10-03).rows[5].waiting_for", in: session)) == "[\"price\"]")
        #expect(text(try evaluate("vesting(at: 2030-10-04).rows[5].status", in: session)) == "\"lapsed\"")
    }

    @Test func theToursStepSevenShowsTheLapses() {
        let (session, _) = builtInSession()
        var text = ""
        for command in TourGuide.steps[6].commands { text += printed(command, in: session) }
        #expect(!text.contains("waiting"))
        // T3..T6 lapse, in the vesting table (its cells wrap at 80 columns) and in compare.
        #expect(text.components(separatedBy: "lapsed").count - 1 == 8)
        #expect(text.components(separatedBy: "2030-10-04").count - 1 == 8)
        #expect(text.contains("bear: 53,333,334 shares vested by 2030-10-05"))
    }

    @Test func theHandoutShowsTheLapses() throws {
        let dir = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (session, _) = builtInSession()
        #expect(session.runEntry("price path constant $300\nreport to: \"\(dir)/deal.html\"", file: "t", firstLine: 1))
        let html = try String(contentsOfFile: dir + "/deal.html", encoding: .utf8)
        #expect(html.components(separatedBy: "lapsed 2030-10-04 (expiry)").count - 1 == 4)
        #expect(!html.contains("waiting for"))
        #expect(html.contains("2 of 6 tranches"))
    }

    @Test func tStatusIsTheWordAloneWithItsDatesBeside() throws {
        let (session, _) = builtInSession()
        #expect(text(try evaluate("tranche(\"T6\").status", in: session)) == "\"vested\"")
        #expect(session.runEntry("price path constant $300", file: "t", firstLine: 1))
        #expect(text(try evaluate("tranche(\"T6\").status", in: session)) == "\"lapsed\"")
        #expect(text(try evaluate("tranche(\"T6\").lapse_date", in: session)) == "2030-10-04")
        #expect(text(try evaluate("tranche(\"T6\").vest_date", in: session)) == "nil")
        #expect(text(try evaluate("tranche(\"T6\").waiting_for", in: session)) == "[]")
    }
}
