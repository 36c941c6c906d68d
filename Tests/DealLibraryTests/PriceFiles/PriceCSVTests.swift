// `price path csv`: the close column found by its header, dates and numbers as tools write
// them, anything ambiguous refused with its line, and the one line that says what was read.
import CivilTime
import DealModel
import Foundation
import Testing

@testable import DealLibrary

@Suite struct PriceCSVTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }
    func fixture(_ name: String) throws -> String {
        try String(contentsOfFile: repositoryRoot + "/Tests/Fixtures/csv/" + name, encoding: .utf8)
    }

    @Test func theCloseColumnIsFoundByItsHeaderNotItsPlace() throws {
        let text = "Date,Open,High,Low,Close,Adj Close,Volume\n2026-03-02,100,110,90,105,104,1000\n"
        #expect(try PriceCSV.read(text).closes == [PricePoint(date: day(2026, 3, 2), price: 105)])
        #expect(try PriceCSV.read(text).column == "Close")
        #expect(try PriceCSV.read(text, column: "Adj Close").closes.map(\.price) == [104])
        #expect(try PriceCSV.read(text, column: "open").column == "Open")
    }

    @Test func aHeaderlessOrTwoColumnFileIsDateThenClose() throws {
        let read = try PriceCSV.read("2026-03-02,\"1,234.5\"\n2026-03-03,$1240\n")
        #expect(
            read.closes == [
                PricePoint(date: day(2026, 3, 2), price: 1234.5), PricePoint(date: day(2026, 3, 3), price: 1240),
            ])
        #expect(read.column == "2")
        #expect(try PriceCSV.read("Day,AMD\n03/02/2026,200\n").column == "AMD")
    }

    @Test func theYahooDownloadReadsItsCloseColumnAndSkipsTheNullRow() throws {
        let read = try PriceCSV.read(try fixture("amd-yahoo.csv"))
        #expect(read.column == "Close")
        #expect(read.closes.count == 28)
        #expect(read.closes.first?.date == day(2025, 9, 2))
        #expect(read.closes.last?.date == day(2025, 10, 10))
        // The close, not the open (213.46).
        #expect(read.closes.first { $0.date == day(2025, 10, 6) }?.price == 203.710007)
        #expect(read.noPriceDates == [day(2025, 9, 12)])
        #expect(read.missingDays == [day(2025, 9, 12)])
        #expect(
            read.summary(file: "amd-yahoo.csv") == "amd-yahoo.csv: 28 closes from 2025-09-02 to 2025-10-10 "
                + "(column \"Close\"); 1 NYSE trading day missing: 2025-09-12 (no price in the file)")
    }

    @Test func nasdaqsNewestFirstFileReadsTheSameCloses() throws {
        let yahoo = try PriceCSV.read(try fixture("amd-yahoo.csv"))
        let nasdaq = try PriceCSV.read(try fixture("amd-nasdaq-newest-first.csv"))
        #expect(nasdaq.newestFirst)
        #expect(nasdaq.column == "Close/Last")
        #expect(nasdaq.closes.map(\.date) == yahoo.closes.map(\.date))
        for (a, b) in zip(nasdaq.closes, yahoo.closes) { #expect(abs(a.price - b.price) <= 0.005) }
    }

    @Test func theSpreadsheetExportReadsUSDatesDollarsAndThousands() throws {
        let read = try PriceCSV.read(try fixture("amd-sheet-us.csv"))
        #expect(read.column == "Close")
        #expect(
            read.closes.prefix(2) == [
                PricePoint(date: day(2030, 1, 2), price: 987.10),
                PricePoint(date: day(2030, 1, 3), price: 1011.41),
            ])
        #expect(read.missingDays == [day(2030, 1, 10)])  // 2030-01-21 is Martin Luther King Jr. Day: not missing
        #expect(read.summary(file: "s.csv").hasSuffix("1 NYSE trading day missing: 2030-01-10"))
    }

    @Test func refusedFilesNameTheLineAndWhatWasExpected() throws {
        let cases: [(String, String)] = [
            (
                "ambiguous-no-header.csv",
                "f:1: 6 columns and no header, so the close cannot be told apart "
                    + "(expected date,close rows, or a header line naming a Close column)"
            ),
            (
                "ambiguous-header.csv",
                "f:1: which column is the close? The header has \"Date\", \"Open\", \"High\", "
                    + "\"Low\", \"Last Trade\", \"Volume\" and none is Close (expected a Close column, "
                    + "or name one with column: \"...\")"
            ),
            ("out-of-order.csv", "f:4: dates must increase, but 2025-10-02 follows 2025-10-03 (line 3)"),
            ("repeated-date.csv", "f:4: 2025-10-02 appears twice (also on line 3)"),
            ("non-positive.csv", "f:3: expected a positive close in column \"close\", got 0"),
            (
                "day-month.csv",
                "f:3: expected a date like 2025-10-06 or 10/06/2025 (month first), got \"13/10/2025\": "
                    + "it looks day first; save the file with ISO dates like 2025-10-13"
            ),
        ]
        for (file, message) in cases {
            let text = try fixture(file)
            do {
                _ = try PriceCSV.read(text)
                Issue.record("\(file) was accepted")
            } catch {
                #expect(error.message(file: "f") == message)
            }
        }
    }

    @Test func moreRefusals() {
        func refusal(_ text: String, column: String? = nil) -> String? {
            do {
                _ = try PriceCSV.read(text, column: column)
                return nil
            } catch { return error.message(file: "f") }
        }
        #expect(
            refusal("date,close\n2026-01-02,100\n2026-01-03,101\n")
                == "f:3: 2026-01-03 is a Saturday, when the NYSE is closed: a close that day is suspect "
                + "(are the dates day/month, or shifted by a time zone?)")
        #expect(
            refusal("date,close\n2026-01-02,abc\n")
                == "f:2: expected a close like 203.71 or $1,234.50 in column \"close\", got \"abc\"")
        #expect(
            refusal("date,close\n2026-01-02,\"1,23\"\n")
                == "f:2: expected a close like 203.71 or $1,234.50 in column \"close\", got \"1,23\"")
        #expect(refusal("Date,Open,Close\n2026-01-02,1\n") == "f:2: expected 3 fields to reach column \"Close\", got 2")
        #expect(
            refusal("date,close\n2026-01-02,null\n")
                == "f: no prices found (expected a header like Date,Close then rows like 2025-10-06,203.71)")
        #expect(
            refusal("\n\n") == "f: no prices found (expected a header like Date,Close then rows like 2025-10-06,203.71)"
        )
        #expect(
            refusal("Date,Close\n2026-01-02,1\n", column: "Adj close")
                == "f:1: column: \"Adj close\" names no column of the header; it has \"Date\", \"Close\"")
        #expect(
            refusal("2026-01-02,1\n", column: "Close")
                == "f:1: column: \"Close\" names a header column, but the first row is data "
                + "(expected a header line like Date,Close)"
        )
        #expect(
            refusal("date,close\n2026-01-05,1\n2026-01-02,2\n2026-01-06,3\n")
                == "f:4: dates must decrease (the file starts newest first), but 2026-01-06 follows 2026-01-02 (line 3)"
        )
    }

    @Test func aFirstRowWithABadDateIsNotTakenForAHeader() throws {
        do {
            _ = try PriceCSV.read("13/10/2025,220.10\n10/14/2025,221\n")
            Issue.record("accepted")
        } catch {
            #expect(
                error.message(file: "f").hasPrefix(
                    "f:1: expected a date like 2025-10-06 or 10/06/2025 (month first), got \"13/10/2025\""))
        }
    }

    @Test func theCommandSetsClosesPrintsOneLineAndPointsAtTheFile() throws {
        let dir = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "date,close\n2026-01-02,100\n2026-01-06,110.5\n".write(
            toFile: dir + "/good.csv", atomically: true, encoding: .utf8)
        try "date,close\n2026-01-02,100\nsoon,5\n".write(toFile: dir + "/bad.csv", atomically: true, encoding: .utf8)
        let (session, out) = dealSession()
        #expect(session.runScript("price path csv \"\(dir)/good.csv\"", file: "t"))
        #expect(
            session.book.scenario.pricePath
                == .closes([
                    PricePoint(date: day(2026, 1, 2), price: 100),
                    PricePoint(date: day(2026, 1, 6), price: 110.5),
                ]))
        #expect(
            out.out == "\(dir)/good.csv: 2 closes from 2026-01-02 to 2026-01-06 (column \"close\"); "
                + "1 NYSE trading day missing: 2026-01-05\n")
        #expect(!session.runScript("price path csv \"\(dir)/bad.csv\"", file: "t"))
        #expect(
            session.lastDiagnostic?.message
                == "\(dir)/bad.csv:3: expected a date like 2025-10-06 or 10/06/2025 (month first), got \"soon\"")
        #expect(session.lastDiagnostic?.column == 16)
        let withColumn = "price path csv \"\(dir)/good.csv\" column: \"Adj Close\""
        #expect(!session.runScript(withColumn, file: "t"))
        // Under the column's value.
        #expect(session.lastDiagnostic?.column == withColumn.count - "\"Adj Close\"".count + 1)
        #expect(session.book.scenario.pricePath?.firstPricedDate == day(2026, 1, 2))  // unchanged by the failures
    }
}
