import Testing

// Page: teaching text fits the width and is coloured only when asked.
@testable import DealLibrary
@testable import DealScript

@Suite struct PageTests {
    let page = Page(
        "help",
        [
            .heading("Heading"), .paragraph(String(repeating: "word ", count: 40) + "$320 on 2028-10-16"),
            .commands(["vesting"]), .definitions([("gw:", "power (W): cumulative delivered power to reach")]),
        ])

    @Test func linesFitTheWidth() {
        for width in [30, 50, 80] {
            for line in page.render(width: width, color: false).split(separator: "\n") {
                #expect(line.count <= width, "\(width): \(line)")
            }
        }
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!page.render(width: 80, color: false).contains("\u{1B}["))
        let coloured = page.render(width: 80, color: true)
        #expect(coloured.contains("\u{1B}[1;36mHeading\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[33m$320\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[32mvesting\u{1B}[0m"))
    }

    @Test func wrapBreaksBetweenWords() {
        #expect(Page.wrap("a bb ccc dddd", width: 6) == ["a bb", "ccc", "dddd"])
    }
}
