import Testing

// Splitting comma-separated text into records that know their line: quotes, CRLF, a BOM.
@testable import DealLibrary

@Suite struct CSVRecordsTests {
    @Test func quotedFieldsKeepCommasAndQuotes() throws {
        let records = try CSVRecords.split("Date,Close\n2026-01-02,\"1,234.5\"\n2026-01-05,\"say \"\"hi\"\"\"\n")
        #expect(
            records == [
                CSVRecord(line: 1, fields: ["Date", "Close"]),
                CSVRecord(line: 2, fields: ["2026-01-02", "1,234.5"]),
                CSVRecord(line: 3, fields: ["2026-01-05", "say \"hi\""]),
            ])
    }

    @Test func crlfAndCrEndLinesAndABOMIsDropped() throws {
        let records = try CSVRecords.split("\u{FEFF}a,b\r\n1,2\r3,4")
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test func aLineBreakInsideQuotesCountsTowardTheNextRecordsLine() throws {
        let records = try CSVRecords.split("a,\"two\nlines\"\nb,c\n\nd,e\n")
        #expect(records.map(\.line) == [1, 3, 4, 5])
        #expect(records[0].fields == ["a", "two\nlines"])
        #expect(records[2].isBlank)
    }

    @Test func anUnclosedQuoteNamesTheLineItOpensOn() {
        #expect(throws: PriceCSVError(line: 2, problem: .unclosedQuote)) {
            try CSVRecords.split("date,close\n2026-01-02,\"12\n2026-01-05,13\n")
        }
    }
}
