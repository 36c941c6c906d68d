import DealModel
import Foundation
import Testing

// Writing charts and the handout: atomic, refused under --sandbox, untouched on failure.
@testable import DealLibrary
@testable import DealScript

private func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
}

private func listing(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
}

@Suite struct ChartFiles {
    @Test func plotWritesTheSVGItDraws() throws {
        let folder = try scratchFolder()
        let path = folder + "/price.svg"
        let r = runDeal("plot price to: \(literal(path))")
        #expect(r.ok, "\(r.errors)")
        let expected = SVGChart(chart: try plotChart("price")).render(standalone: true)
        #expect(contents(path) == expected)
        #expect(listing(folder) == ["price.svg"])
    }

    @Test func sandboxRefusesAndWritesNothing() throws {
        let folder = try scratchFolder()
        for source in ["plot price to: \(literal(folder + "/p.svg"))", "report to: \(literal(folder + "/deal.html"))"] {
            let r = runDeal(source, sandbox: true)
            #expect(!r.ok)
            #expect(r.errors.contains("--sandbox allows no file writes"))
        }
        #expect(listing(folder).isEmpty)
    }

    @Test func aFailedWriteLeavesWhatWasThereUntouched() throws {
        let folder = try scratchFolder()
        // The target is a folder holding a file: the final rename fails, after the chart is written.
        let path = folder + "/price.svg"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        try Data("kept".utf8).write(to: URL(fileURLWithPath: path + "/inside"))
        let r = runDeal("plot price to: \(literal(path))")
        #expect(!r.ok)
        #expect(r.errors.contains("nothing was changed"))
        #expect(contents(path + "/inside") == "kept")
        // No temporary file is left beside it.
        #expect(listing(folder) == ["price.svg"])
    }

    @Test func aChartThatCannotBeDrawnLeavesTheOldFileUntouched() throws {
        let folder = try scratchFolder()
        let path = folder + "/deal.html"
        try Data("old handout".utf8).write(to: URL(fileURLWithPath: path))
        let r = runDeal("reset\nreport to: \(literal(path))")
        #expect(!r.ok)
        #expect(r.errors.contains("warrant is not set"))
        #expect(contents(path) == "old handout")
        #expect(listing(folder) == ["deal.html"])
    }

    @Test func namesAndFoldersAreChecked() throws {
        let folder = try scratchFolder()
        #expect(runDeal("plot price to: \(literal(folder + "/p.png"))").errors.contains("plot writes SVG"))
        #expect(runDeal("report to: \(literal(folder + "/deal.pdf"))").errors.contains("report writes HTML"))
        #expect(runDeal("plot price to: \(literal(folder + "/missing/p.svg"))").errors.contains("no folder"))
        #expect(runDeal("plot prise").errors.contains("did you mean `price`?"))
        #expect(listing(folder).isEmpty)
    }
}

@Suite struct WorkshopHandout {
    private func handout() throws -> String {
        let folder = try scratchFolder()
        let path = folder + "/deal.html"
        let r = runDeal("report to: \(literal(path)) paths: 2000")  // a small value section: quick
        #expect(r.ok, "\(r.errors)")
        return try #require(contents(path))
    }

    @Test func holdsTheSixTranchesTheExpiryAndTheCharts() throws {
        let html = try handout()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for t in 1...6 { #expect(html.contains("<td>T\(t)</td>"), "T\(t)") }
        #expect(html.contains("2030-10-05"))
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
        // The vesting table's totals: all 160,000,000 shares, dilution 160 / 1,790.
        #expect(html.contains("160,000,000 shares vested"))
        #expect(html.contains("8.94%"))
    }

    @Test func marksEachTermPublicOrAssumed() throws {
        let html = try handout()
        #expect(html.contains(#"<td class="mark public">public</td>"#))
        #expect(html.contains(#"<td class="mark assumption">assumption</td>"#))
        // The warrant's share count is public; T2's $250 target is an assumption.
        let rows = html.components(separatedBy: "<tr>")
        #expect(rows.first { $0.hasPrefix("<td>warrant shares</td>") }?.contains("mark public") == true)
        #expect(rows.first { $0.hasPrefix("<td>T2 price</td>") }?.contains("mark assumption") == true)
    }

    @Test func isSelfContained() throws {
        let html = try handout()
        for outside in ["<link", "<script", "src=", "@import", "url("] {
            #expect(!html.contains(outside), "\(outside)")
        }
    }

    @Test func sameScenarioSameBytes() throws {
        #expect(try handout() == handout())
    }

    /// The value section labels the fair value and the expected value apart and names the
    /// valuation date: the issue by default, `as_of:` when given; `paths: 0` leaves it out.
    @Test func valueSectionShowsBothValuesAndTheDate() throws {
        let html = try handout()
        #expect(html.contains("<h2>Value as of 2025-10-05</h2>"))
        #expect(html.contains("fair value (risk-neutral)") && html.contains("expected value (real world)"))
        let folder = try scratchFolder()
        #expect(runDeal("report to: \(literal(folder + "/later.html")) paths: 2000 as_of: 2028-06-01").ok)
        let later = try #require(contents(folder + "/later.html"))
        #expect(later.contains("<h2>Value as of 2028-06-01</h2>") && later.contains("vested 2027-07-01"))
        #expect(runDeal("report to: \(literal(folder + "/bare.html")) paths: 0").ok)
        #expect(contents(folder + "/bare.html")?.contains("Value as of") == false)
    }
}
