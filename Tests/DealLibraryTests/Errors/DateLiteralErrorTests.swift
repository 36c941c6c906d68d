import Testing

// Date literals that name no day: the literal as written, and what is expected.
@testable import DealLibrary
@testable import DealScript

@Suite struct DateLiteralErrorTests {
    @Test(arguments: [
        ("let d = 1️⃣2028-13-01", "no such date: 2028-13-01 (months run 01 to 12)"),
        ("let d = 1️⃣2028-00-10", "no such date: 2028-00-10 (months run 01 to 12)"),
        ("let d = 1️⃣2027-02-30", "no such date: 2027-02-30 (February 2027 has 28 days)"),
        // 2028 is a leap year; 2100 is not (divisible by 100, not by 400); 2000 is.
        ("let d = 1️⃣2028-02-30", "no such date: 2028-02-30 (February 2028 has 29 days)"),
        ("let d = 1️⃣2100-02-29", "no such date: 2100-02-29 (February 2100 has 28 days)"),
        ("let d = 1️⃣2000-02-30", "no such date: 2000-02-30 (February 2000 has 29 days)"),
        ("let d = 1️⃣2027-04-31", "no such date: 2027-04-31 (April 2027 has 30 days)"),
        ("let d = 1️⃣2027-05-00", "no such date: 2027-05-00 (days run from 01)"),
        ("let d = 1️⃣2026H3", "no such half: 2026H3 (a half is H1 or H2)"),
        ("let d = 1️⃣2026Q5", "no such quarter: 2026Q5 (a quarter is Q1 to Q4)"),
        ("let a = 1\nmilestone M1 on: 1️⃣2027-06-31", "no such date: 2027-06-31 (June 2027 has 30 days)"),
    ])
    func dateErrorQuotesTheLiteral(_ pair: (String, String)) {
        let (d, line, column) = diagnostic(pair.0)
        #expect(d?.message == pair.1)
        #expect(d?.line == line)
        #expect(d?.column == column)
        #expect(d?.kind == .syntax)
    }

    @Test func validDatesStillRead() {
        #expect(show("2028-02-29") == "2028-02-29")
        #expect(show("2027-12-31") == "2027-12-31")
    }
}
