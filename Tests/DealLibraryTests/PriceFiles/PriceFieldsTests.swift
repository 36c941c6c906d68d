// Reading one cell of a price file: dates in ISO and US order, closes with `$` and thousands.
import CivilTime
import Testing

@testable import DealLibrary

@Suite struct PriceFieldsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    @Test func isoAndUSDatesWithOrWithoutATime() throws {
        #expect(try PriceFields.date("2026-03-02") == day(2026, 3, 2))
        #expect(try PriceFields.date("03/02/2026") == day(2026, 3, 2))
        #expect(try PriceFields.date("3/2/2026") == day(2026, 3, 2))
        #expect(try PriceFields.date("3/2/2026 16:00:00") == day(2026, 3, 2))
        #expect(try PriceFields.date("2026-03-02T16:00:00Z") == day(2026, 3, 2))
        #expect(try PriceFields.date(" 2026-03-02 ") == day(2026, 3, 2))
    }

    @Test func datesThatCouldMeanAnotherDayAreRefusedWithWhy() {
        #expect(
            throws: PriceCSVError.Problem.date(
                "13/02/2026", hint: "it looks day first; save the file with ISO dates like 2026-02-13")
        ) {
            try PriceFields.date("13/02/2026")
        }
        #expect(
            throws: PriceCSVError.Problem.date(
                "3/2/26", hint: "a two-digit year is ambiguous; write it in full, like 3/2/2026")
        ) {
            try PriceFields.date("3/2/26")
        }
        #expect(throws: PriceCSVError.Problem.date("2026-13-01", hint: nil)) { try PriceFields.date("2026-13-01") }
        #expect(throws: PriceCSVError.Problem.date("Close", hint: nil)) { try PriceFields.date("Close") }
    }

    @Test func closesWithDollarsAndThousands() {
        #expect(PriceFields.close("203.71") == 203.71)
        #expect(PriceFields.close("$203.71") == 203.71)
        #expect(PriceFields.close("1,234.5") == 1234.5)  // what `"1,234.5"` holds once unquoted
        #expect(PriceFields.close("$1,234,567.25") == 1_234_567.25)
        #expect(PriceFields.close(" $ 12 ") == 12)
        #expect(PriceFields.close("-4") == -4)  // refused later as not positive
        #expect(PriceFields.close("-$4") == -4)
        #expect(PriceFields.close(".5") == 0.5)
    }

    @Test func anythingElseIsNoNumber() {
        for text in ["1,23", "1.234,5", "12,34.5", "1,2345", "abc", "$", "12a", "1e3", "(4.00)", "1..2", "1."] {
            #expect(PriceFields.close(text) == nil, "\(text)")
        }
        for text in ["null", "", "N/A", "-", "NaN"] { #expect(PriceFields.isNoPrice(text), "\(text)") }
        #expect(!PriceFields.isNoPrice("0"))
    }
}
