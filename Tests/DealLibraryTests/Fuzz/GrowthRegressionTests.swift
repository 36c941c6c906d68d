import Testing

// Fuzzing regressions: values that double in a few steps (strings, lists, shared sublists)
// end in a clear error or a bounded display, instead of exhausting memory or time.
@testable import DealLibrary
@testable import DealScript

@Suite struct GrowthRegressionTests {
    @Test func doublingAStringStopsAtTheLimit() {
        // 2^24 bytes is the first doubling past 16,000,000.
        let r = run("let s = \"x\"\nwhile true { s = s + s }")
        #expect(!r.ok)
        #expect(r.err.contains("t.deal:2:20: error: string too long (more than 16,000,000 bytes)"))
        let interpolated = run("let s = \"abcdefgh\"\nfor i in range(21) { s = \"{s}{s}\" }")
        #expect(interpolated.err.contains("string too long"))
        // 8 bytes doubled 20 times is 8,388,608 bytes: still allowed.
        #expect(show("len(\"abcdefgh\" + \"\")") == "8")
    }

    @Test func doublingAListStopsAtTheLimit() {
        let r = run("let l = [1]\nwhile true { l = l + l }")
        #expect(r.err.contains("t.deal:2:20: error: list too long (more than 10,000,000 items)"))
        #expect(show("len([1, 2] + [3])") == "3")
    }

    @Test func sharedSublistsDisplayWithinTheLimit() {
        // 40 levels of `l = [l, l]` have 2^40 leaves; the display stops near 1,000,000 characters.
        let r = run("let l = [1]\nfor i in range(40) { l = [l, l] }\nprint len(str(l))")
        #expect(r.ok)
        let count = Int(r.out.dropLast().replacingOccurrences(of: ",", with: "")) ?? 0
        #expect(count >= ValueLimits.displayCharacters && count < ValueLimits.displayCharacters + 400)
        // A list holding itself twice: 2^64 paths to the depth limit.
        let cyclic = run("let xs = [1, 2]\nxs[0] = xs\nxs[1] = xs\nprint xs")
        #expect(cyclic.ok)
        #expect(cyclic.out.utf8.count < ValueLimits.displayCharacters + 1_000)
        #expect(cyclic.out.hasPrefix("[[[[") && cyclic.out.hasSuffix(", ...]\n"))
        // Small values read as before.
        #expect(show("[1, [2, \"a\"], [x: 1, y: [3]], [:]]") == "[1, [2, \"a\"], [x: 1, y: [3]], [:]]")
    }

    @Test func comparingSharedSublistsIsBounded() {
        let r = run(
            "let l = [1]\nfor i in range(40) { l = [l, l] }\nlet m = [1]\nfor i in range(40) { m = [m, m] "
                + "}\nprint l == m"
        )
        #expect(r.err.contains("t.deal:5:9: error: values too large to compare"))
        #expect(show("[1, [2, 3]] == [1, [2, 3]]") == "true")
        #expect(show("[1, [2, 3]] == [1, [2, 4]]") == "false")
    }

    @Test func jsonOfSharedSublistsIsBounded() {
        let r = run("let l = [1]\nfor i in range(40) { l = [l, l] }\nprint l", options: SessionOptions(json: true))
        #expect(r.ok)
        // Past 250,000 nodes the rest is null: the document stays well under 2 MB.
        #expect(r.out.utf8.count < 2_000_000)
        #expect(r.out.contains("null"))
    }
}
