import DealModel
import Testing

// explain: the days and figures it states, checked against hand-computed values of the
// default assumptions (deal-facts.md).
@testable import DealLibrary
@testable import DealScript

@Suite struct ExplainTests {
    /// T3 needs 3 GW: P1 (1 GW) and P2 (1.5 GW) give 2.5 GW by 2028-07-01; P3 adds 3.5 GW
    /// over 730 days, so the last 0.5 GW takes 0.5 / 3.5 × 730 = 104.3 days: day 105,
    /// 2028-10-14, a Saturday (2028-01-01 was a Saturday; 10-14 is 287 days later, 41 weeks).
    /// The vest is the next trading day, Monday 2028-10-16.
    @Test func trancheT3IsDecidedByItsGigawatts() {
        let text = flat(printed("explain tranche T3"))
        #expect(text.contains("T3 (26,666,667 shares) vests on 2028-10-16."))
        #expect(text.contains("It reaches 3 GW on 2028-10-14, a Saturday, during phase P3 (MI500)."))
        #expect(text.contains("$320"))
        #expect(text.contains("The last condition to be met is delivered power, on 2028-10-14."))
        #expect(text.contains("2028-10-14 is a Saturday, not a trading day, so T3 vests on the next one, 2028-10-16."))
    }

    /// The price condition's day agrees with the engine, and the stated value is
    /// shares × (close − strike) with the stated close.
    @Test func trancheValueFollowsFromTheStatedClose() throws {
        let (session, _) = builtInSession()
        let outcome = try session.book.scenario.vestingOutcome()
        let t3 = try #require(outcome.tranches.first { $0.tranche.name == "T3" })
        let met = try #require(t3.targetMetDate)
        let close = try #require(t3.closeOnVest)
        let text = flat(printed("explain tranche T3", in: session))
        #expect(text.contains("It is first met on \(met)"))
        #expect(text.contains("The close that day is \(NumberFormat.quantity(close, .dollars))"))
        let value = 26_666_667 * (close - 0.01)
        #expect(text.contains("worth \(NumberFormat.quantity(value, .dollars))"))
    }

    /// On 2027-01-01 P1 has run 184 of its 365 days: 1 GW × 184/365 = 504.11 MW.
    @Test func statusOnADate() {
        let text = printed("explain tranche T2 at: 2027-01-01")
        #expect(text.contains("power   504.11 MW delivered of 2 GW: not yet"))
        #expect(text.contains("met (since 2026-08-04)"))
        #expect(text.contains("status  not vested yet (waiting for gw); it vests on 2028-03-01"))
    }

    /// A price target the path never reaches: the tranche lapses at expiry.
    @Test func aTrancheThatNeverVests() {
        let (session, _) = builtInSession()
        #expect(
            session.runEntry(
                "tranche T6 shares: 26_666_665 gw: 6GW price: $5000 measure: avg(20td)", file: "t", firstLine: 1))
        let text = flat(printed("explain tranche T6", in: session))
        #expect(text.hasPrefix("Why T6 never vests"))
        #expect(
            text.contains(
                "never vests along this price path: it lapses at the close of 2030-10-04, the last "
                    + "trading day before the warrant's expiry on 2030-10-05."))
        #expect(text.contains("It is never met before the warrant expires."))
        #expect(text.contains("the price target never met in time"))
    }

    /// P1: 1 GW / 3 kW = 333,333 GPUs; × $45k = $15B; T1's 1 GW is reached when P1 completes.
    @Test func phaseP1() {
        let text = flat(printed("explain phase P1"))
        #expect(
            text.contains(
                "P1 delivers 1 GW of MI450 GPUs, linearly, from 2026-07-01 over 12mo; it is complete on 2027-07-01."))
        #expect(text.contains("about 333,333 GPUs; at $45k a GPU, $15B of AMD revenue."))
        #expect(text.contains("T1 its 1 GW level is reached on 2027-07-01, during P1"))
    }

    /// 160M / 1,630M = 9.82%; all six vest on the default path: 160M / 1,790M = 8.94%.
    @Test func warrant() {
        let text = flat(printed("explain warrant"))
        #expect(text.contains("OpenAI may buy 160,000,000 AMD shares at $0.01 each."))
        #expect(text.contains("9.82% of today's count"))
        #expect(text.contains("6 of 6 tranches vest: 160,000,000 shares"))
        #expect(text.contains("dilution 8.94%"))
        #expect(text.contains("expires assumption"))
    }

    @Test func unknownNamesSuggest() {
        #expect(printed("explain tranche T7").contains("there is no tranche T7; did you mean `T1`?"))
        #expect(printed("explain phase P7").contains("there is no phase P7; did you mean `P1`?"))
    }
}

/// The text with every run of spaces and newlines made one space (wrapping aside).
func flat(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
}

@Suite struct ValueExplanationTests {
    /// On 2028-06-01 along the built-in path: T1 and T2 have vested (2027-07-01, 2028-03-01),
    /// T3's $320 and T4's $400 are met and wait for their GW; T5 and T6 wait for their targets.
    @Test func asOfADateSaysWhatIsKnown() throws {
        let (session, _) = builtInSession()
        let outcome = try session.book.scenario.vestingOutcome()
        let text = flat(printed("explain value as_of: 2028-06-01", in: session))
        #expect(text.contains("How the warrant is valued as of 2028-06-01"))
        #expect(text.contains("every path starts from its close on 2028-06-01"))
        let t1 = try #require(outcome.tranches[0].valueAtVest)
        #expect(text.contains("vested on 2027-07-01: counts at \(Wording.money(t1)), known"))
        #expect(text.contains("target $320 met on"))
        #expect(text.contains("target $600 not met"))
        #expect(text.contains("Here the drift is the rate, so they are the same number."))
    }

    @Test func atIssueByDefault() {
        let text = flat(printed("explain value"))
        #expect(text.contains("as of 2025-10-05") && text.contains("the warrant's issue"))
        #expect(text.contains("fair value") && text.contains("expected value"))
    }
}
