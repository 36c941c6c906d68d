// The SVG chart: well-formed XML, one polyline point per trading day, the same bytes for
// the same scenario.
import CivilTime
import DealModel
import Foundation
import Testing

@testable import DealLibrary
@testable import DealScript

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects the elements of an XML document: name and attributes, in order.
private final class Elements: NSObject, XMLParserDelegate {
    var found: [(name: String, attributes: [String: String])] = []
    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        found.append((name, attributes))
    }

    /// Parses `text`; nil when it is not well-formed XML.
    static func parse(_ text: String) -> Elements? {
        let parser = XMLParser(data: Data(text.utf8))
        let elements = Elements()
        parser.delegate = elements
        return parser.parse() ? elements : nil
    }
}

private func seriesPoints(_ svg: String) -> [(x: Double, y: Double)]? {
    guard let doc = Elements.parse(svg),
        let line = doc.found.first(where: { $0.name == "polyline" && $0.attributes["class"] == "series" }),
        let points = line.attributes["points"]
    else { return nil }
    return points.split(separator: " ").compactMap { pair in
        let xy = pair.split(separator: ",").compactMap { Double($0) }
        return xy.count == 2 ? (xy[0], xy[1]) : nil
    }
}

@Suite struct SVGPriceChart {
    @Test func parsesAsXMLWithOnePointPerTradingDay() throws {
        let svg = SVGChart(chart: try plotChart("price")).render(standalone: true)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        let points = try #require(seriesPoints(svg))
        #expect(points.count == builtInTradingDays)
        // Time runs left to right, and the growing path ends at the top of the plot (y = 40).
        #expect(zip(points, points.dropFirst()).allSatisfy { $0.x < $1.x })
        #expect(points.last?.y == 40)
        #expect(points.first?.x == 72)
    }

    @Test func fromLimitsTheDaysSampled() throws {
        let svg = SVGChart(chart: try plotChart("price", from: CivilDate(year: 2029, month: 1, day: 1))).render(
            standalone: true)
        // Trading days from 2029-01-01 to 2030-10-05: 442 (counted in Python, NYSE rules).
        #expect(try #require(seriesPoints(svg)).count == 442)
    }

    @Test func marksTargetsAndVests() throws {
        let doc = try #require(Elements.parse(SVGChart(chart: try plotChart("price")).render(standalone: true)))
        #expect(doc.found.filter { $0.name == "circle" }.count == 6)
        #expect(doc.found.first { $0.name == "g" && $0.attributes["class"] == "levels" } != nil)
        #expect(doc.found.filter { $0.name == "line" }.count >= 5)
    }

    @Test func deploymentAndVestingParseToo() throws {
        for what in ["deployment", "vesting"] {
            let svg = SVGChart(chart: try plotChart(what)).render(standalone: true)
            #expect(seriesPoints(svg) != nil, "\(what)")
        }
        // Deployment samples calendar days: 2025-10-05 to 2030-10-05 is 1,826 days, both ends in.
        #expect(
            try #require(seriesPoints(SVGChart(chart: try plotChart("deployment")).render(standalone: true))).count
                == 1_827)
    }

    @Test func sameScenarioSameBytes() throws {
        let a = SVGChart(chart: try plotChart("price")).render(standalone: true)
        let b = SVGChart(chart: try plotChart("price")).render(standalone: true)
        #expect(a == b)
        #expect(!a.contains("nan") && !a.contains("inf"))
    }

    @Test func textIsEscaped() {
        #expect(SVGChart.escape("a & b <c> \"d\" 'e'") == "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;")
        let chart = Chart(
            kind: "price", title: "R&D <draft>", unit: .dollars,
            points: [
                ChartPoint(date: CivilDate(year: 2026, month: 1, day: 2)!, value: 1),
                ChartPoint(date: CivilDate(year: 2026, month: 1, day: 5)!, value: 2),
            ])
        #expect(Elements.parse(SVGChart(chart: chart).render(standalone: true)) != nil)
    }

    @Test func niceTicksAreRoundSteps() {
        #expect(SVGChart.niceTicks(0, 6e9) == [0, 1e9, 2e9, 3e9, 4e9, 5e9, 6e9])
        #expect(SVGChart.niceTicks(203.71, 752.43) == [300, 400, 500, 600, 700])
        #expect(SVGChart.niceTicks(1, 1).isEmpty)
    }
}
