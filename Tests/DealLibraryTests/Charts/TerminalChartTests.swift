// The terminal chart: fits every width, puts the highest close on the top row, labels the
// price axis in $, and marks price targets and vest dates.
import CivilTime
import DealModel
import Foundation
import Testing

@testable import DealLibrary
@testable import DealScript

/// The plot rows of a rendered chart (after the title, which wraps on a narrow screen, down to
/// the axis) and the axis width.
private func plotRows(_ text: String) -> (rows: [String], columns: Int) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let axis = lines.firstIndex { $0.contains("└") } ?? lines.count
    let first = lines.firstIndex { $0.contains("┤") } ?? 1
    let columns = lines[axis].split(separator: "└").last.map(\.count) ?? 0
    return (Array(lines[first..<axis]), columns)
}

/// The braille cells of a plot row, by column (nil: blank), after the `┤`/`│` gutter.
private func cells(_ row: String, columns: Int) -> [UInt32?] {
    guard let bar = row.firstIndex(where: { $0 == "┤" || $0 == "│" }) else { return [] }
    let scalars = Array(row[row.index(after: bar)...].unicodeScalars.prefix(columns))
    return (0..<columns).map { i in
        guard i < scalars.count, (0x2800...0x28FF).contains(scalars[i].value) else { return nil }
        return scalars[i].value - 0x2800
    }
}

@Suite struct TerminalPriceChart {
    @Test func everyLineFitsTheWidthFrom40To200() throws {
        let chart = try plotChart("price")
        for width in 40...200 {
            let text = TerminalChart(chart: chart).render(width: width)
            for line in text.split(separator: "\n") {
                #expect(line.count <= width, "width \(width): \(line.count) columns in `\(line)`")
            }
            // The plot uses the room it has: the axis spans most of the width.
            #expect(plotRows(text).columns >= width / 2, "width \(width)")
            #expect(plotRows(text).rows.count == 12)
        }
    }

    @Test func theHighestCloseIsOnTheTopRowAtItsDate() throws {
        // A path that peaks in the middle: $900 on 2027-06-01.
        let chart = try plotChart(
            "price", setup: "price path points [[2026-01-01, $200], [2027-06-01, $900], [2030-01-01, $300]]")
        #expect(chart.peak?.date == CivilDate(year: 2027, month: 6, day: 1))
        for width in [40, 80, 133, 200] {
            let (rows, columns) = plotRows(TerminalChart(chart: chart).render(width: width))
            let top = cells(rows[0], columns: columns)
            // Where the peak falls: its share of the chart's days across the dot columns.
            let share =
                Double(chart.start.days(to: CivilDate(year: 2027, month: 6, day: 1)!))
                / Double(chart.start.days(to: chart.end))
            let expected = Int((share * Double(2 * columns - 1)).rounded()) / 2
            // Top-row dots (1 and 4) are set at the peak's column, and in no column far from it.
            #expect((top[expected] ?? 0) & 0x09 != 0, "width \(width)")
            for (i, bits) in top.enumerated() where (bits ?? 0) & 0x09 != 0 {
                #expect(abs(i - expected) <= 1, "width \(width): top dot at column \(i), peak at \(expected)")
            }
            // The label on the top row is the peak, $900.
            #expect(rows[0].hasPrefix("$900 ┤"))
        }
    }

    @Test func theBuiltInPathEndsAtItsPeakInTheTopRightCell() throws {
        let chart = try plotChart("price")
        let (rows, columns) = plotRows(TerminalChart(chart: chart).render(width: 100))
        #expect((cells(rows[0], columns: columns)[columns - 1] ?? 0) & 0x09 != 0)
        // 203.71 × 1.3^(1255/252) = $752.43 (1,255 trading days after 2025-10-06).
        #expect(rows[0].hasPrefix("$752 ┤"))
        // The bottom label is the lowest value drawn: the first close, $203.71.
        #expect(rows[11].hasPrefix("$204 ┤"))
    }

    @Test func targetsAndVestDatesAreMarked() throws {
        let text = TerminalChart(chart: try plotChart("price")).render(width: 120)
        for label in ["T2 $250", "T3 $320", "T4 $400", "T5 $500", "T6 $600"] { #expect(text.contains(label)) }
        let markers = text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(markers.hasPrefix("vests"))
        // Vest dates in order along the axis: T1 2027-07-01 ... T6 2030-07-01.
        let positions = (1...6).compactMap { markers.range(of: "▲T\($0)")?.lowerBound }
        #expect(positions.count == 6)
        #expect(positions == positions.sorted())
        // The axis is labelled by year.
        #expect(text.contains("2027") && text.contains("2030"))
    }

    @Test func deploymentChartRunsFromZeroToSixGigawatts() throws {
        let chart = try plotChart("deployment")
        #expect(chart.points.first?.value == 0)
        #expect(abs((chart.points.last?.value ?? 0) - 6e9) < 1)
        #expect(chart.levels.map(\.value) == [1e9, 2e9, 3e9, 4e9, 5e9, 6e9])
        // T2's 2 GW is reached on 2028-03-01 (docs/MODEL.md, worked example).
        #expect(chart.markers.first { $0.label == "T2" }?.date == CivilDate(year: 2028, month: 3, day: 1))
        let rows = plotRows(TerminalChart(chart: chart).render(width: 80)).rows
        #expect(rows[0].hasPrefix("6.0 GW ┤"))
        #expect(rows[11].hasPrefix("0.0 GW ┤"))
    }

    @Test func vestingChartStepsUpToEveryShare() throws {
        let chart = try plotChart("vesting")
        #expect(chart.points.count == builtInTradingDays)
        #expect(chart.points.first?.value == 0)
        #expect(chart.points.last?.value == 160_000_000)
        // The day before T1 vests nothing is vested; on 2027-07-01 T1's 26,666,667 shares are.
        #expect(chart.points.last { $0.date < CivilDate(year: 2027, month: 7, day: 1)! }?.value == 0)
        #expect(chart.points.first { $0.date == CivilDate(year: 2027, month: 7, day: 1)! }?.value == 26_666_667)
    }
}
