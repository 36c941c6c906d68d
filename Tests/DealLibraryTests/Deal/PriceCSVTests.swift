// `price path csv`: the library reads the file's `date,close` rows and hands the model the
// closes; errors name the row and what was expected.
import CivilTime
@testable import DealLibrary
import DealModel
import Foundation
import Testing

@Suite struct PriceCSVTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    @Test func takesAnOptionalHeaderAndDollarSigns() throws {
        let withHeader = try PriceCSV.closes("date,close\n2026-01-02,100\n2026-01-06,$110.5\n")
        #expect(withHeader == [PricePoint(date: day(2026, 1, 2), price: 100),
                               PricePoint(date: day(2026, 1, 6), price: 110.5)])
        #expect(try PriceCSV.closes("2026-01-02,100\n2026-01-06,110.5") == withHeader)
    }

    @Test func errorsNameTheRowAndWhatWasExpected() {
        let cases: [(String, PriceCSVError, String)] = [
            ("date,close\n2026-01-02,100\n2026-13-01,5\n", .date(row: 3, text: "2026-13-01"),
             "csv row 3 expected a date like 2025-10-06, got `2026-13-01`"),
            ("2026-01-02,100\n2026-01-05,-4\n", .close(row: 2, text: "-4"),
             "csv row 2 expected a positive close like 203.71, got `-4`"),
            ("date,close\n2026-01-05,100\n2026-01-02,101\n",
             .order(row: 3, date: day(2026, 1, 2), previous: day(2026, 1, 5)),
             "csv row 3 dates must increase, but 2026-01-02 follows 2026-01-05"),
            ("date,close\n2026-01-05\n", .fields(row: 2, count: 1), "csv row 2 expected `date,close`, got 1 field"),
            ("date,close\n", .empty, "csv has no `date,close` rows"),
        ]
        for (text, error, message) in cases {
            #expect(throws: error) { try PriceCSV.closes(text) }
            #expect(error.message == message)
        }
    }

    @Test func theCommandSetsClosesAndReportsTheRow() throws {
        let dir = NSTemporaryDirectory() + "/tranche-csv-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let good = "date,close\n2026-01-02,100\n2026-01-06,110.5\n", bad = "date,close\n2026-01-02,100\nsoon,5\n"
        try good.write(toFile: dir + "/good.csv", atomically: true, encoding: .utf8)
        try bad.write(toFile: dir + "/bad.csv", atomically: true, encoding: .utf8)
        let (session, _) = dealSession()
        #expect(session.runScript("price path csv \"\(dir)/good.csv\"", file: "t"))
        #expect(session.book.scenario.pricePath == .closes([PricePoint(date: day(2026, 1, 2), price: 100),
                                                            PricePoint(date: day(2026, 1, 6), price: 110.5)]))
        #expect(!session.runScript("price path csv \"\(dir)/bad.csv\"", file: "t"))
        #expect(session.lastDiagnostic?.message == "csv row 3 expected a date like 2025-10-06, got `soon`")
        #expect(session.lastDiagnostic?.column == 1)
    }
}
