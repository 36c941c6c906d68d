import Testing

// Every SPEC §4 example gives the value shown there.
@testable import DealLibrary
@testable import DealScript

@Suite struct SpecExampleTests {
    @Test func theSpecScriptPrintsWhatItSays() {
        let r = run(
            """
            # comments run to the end of the line
            let gw = 1.5GW + 500MW          # quantities carry units: W with k/M/G/T prefixes
            let cost = 290k * $45k          # k M B T scale numbers; $ is US dollars
            let start = 2026-07-01          # date literals; also 2026H2 and 2026Q3 (first day)
            let ramp = 12mo                 # durations
            let vol = 55%                   # percent is a plain number, 0.55, shown as 55%
            print "{gw} costs {cost}"       # interpolation; prints "2 GW costs $13.05B"
            fn value(shares, price) { return shares * (price - $0.01) }
            if vol > 50% { print "high" } else { print "low" }
            assert 1GW / 3kW == 333_333.3 within 0.1
            print start + ramp, vol, value(100, $2.01)
            """)
        #expect(r.ok)
        #expect(r.out == "2 GW costs $13.05B\nhigh\n2027-07-01 55% $200\n")
    }

    @Test(arguments: [
        ("1GW / 3kW", "333,333.33"), ("$45k * 290k", "$13.05B"), ("1.5GW", "1.5 GW"),
        ("26_666_667", "26,666,667"), ("2026H2", "2026-07-01"), ("2026Q3", "2026-07-01"),
        ("55%", "55%"), ("55% * 1", "0.55"), ("12mo", "12mo"),
        ("[name: \"T1\", shares: 26_666_667]", "[name: \"T1\", shares: 26,666,667]"),
        ("[1, 2]", "[1, 2]"), ("$203.71", "$203.71"), ("500MW", "500 MW"), ("$45k", "$45k"),
    ])
    func displayedValues(_ pair: (String, String)) {
        #expect(show(pair.0) == pair.1)
    }

    @Test func unitMismatchNamesBothUnits() {
        let r = run("print 1GW + $5")
        #expect(!r.ok)
        #expect(r.err.contains("cannot add power (GW) and money ($)"))
    }

    @Test func quantitiesCarryTheirDimensions() {
        #expect(show("type(1GW / 3kW)") == "number")
        #expect(show("type($45k * 290k)") == "money")
        #expect(show("1GW / 3kW == 1e9 / 3e3") == "true")
    }
}
