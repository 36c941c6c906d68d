import DealModel
import Testing

// Command errors sit under the argument at fault (marker 1️⃣), on the built-in scenario.
@testable import DealLibrary
@testable import DealScript

/// The diagnostic a marked script produces in a session with the built-in scenario, and
/// the session, so a test can also check the scenario was left as it was.
func dealDiagnostic(_ marked: String) -> (Diagnostic?, line: Int, column: Int, session: Session) {
    let (source, line, column) = unmark(marked)
    let session = DealSession.make(output: Buffer(), loadBuiltIn: true)
    _ = session.runScript(source, file: "t.deal")
    return (session.lastDiagnostic, line, column, session)
}

@Suite struct ArgumentCaretTests {
    @Test(arguments: [
        // An unknown generation: under the value of gen:, which is as long as the name.
        (
            "phase P9 gen: 1️⃣MI999 size: 1GW start: 2027-01-01",
            "phase P9 gen: names no generation: `MI999`; known: MI300X, MI325X, MI350X, MI355X, MI450, MI500", 5
        ),
        // The wrong unit for a label, found by the declaration's type check.
        (
            "tranche T2 shares: 1️⃣1GW",
            "`tranche` shares: expects a plain number, got power 1 GW", 3
        ),
        (
            "generation MI450 power: 1️⃣$3k",
            "`generation` power: expects power (W), got money $3k", 3
        ),
        // The same check in call form points at the labelled value too.
        (
            "print tranche(\"T2\", shares: 1️⃣$5)",
            "`tranche` shares: expects a plain number, got money $5", 2
        ),
        // A negative target: the model's error names `tranche T2 price:`, mapped to price:.
        (
            "tranche T2 price: 1️⃣-$300",
            "tranche T2 price: must be a positive price target (like $250), got -300", 5
        ),
        (
            "tranche T9 shares: 1️⃣-5 gw: 1GW",
            "tranche T9 shares: must be from 1 to the warrant's 160,000,000 shares, got -5", 2
        ),
        // An expression value: the caret spans the whole expression, not just its operator.
        (
            "phase P1 ramp: 1️⃣600mo * 2",
            "phase P1 ramp: accepts a duration from 0 to 50 years (like 12mo), got 1,200mo", 9
        ),
        // Command-level checks use the same mechanism.
        (
            "tranche T2 measure: 1️⃣avg(0td)",
            "tranche T2 measure: accepts close or avg(Ntd) with N from 1 to 2520 (like avg(20td)), got avg(0td)", 8
        ),
        (
            "phase P1 shape: 1️⃣zigzag",
            "phase P1 shape: accepts linear, step or scurve, got zigzag", 6
        ),
        (
            "price model 1️⃣bsm s0: $200 on: 2025-10-06 vol: 50% drift: 0%",
            "price model accepts gbm, got bsm", 3
        ),
        // Errors about a positional value sit under it.
        ("tranche 1️⃣T9", "tranche names no tranche: T9; did you mean `T1`?; known: T1, T2, T3, T4, T5, T6", 2),
        ("print phase(1️⃣\"P9\")", "phase names no phase: P9; did you mean `P1`?; known: P1, P2, P3", 4),
        (
            "show 1️⃣nonsense",
            "show accepts warrant, generations, phases, tranches, milestones, price, scenario or a term's name, "
                + "got nonsense",
            8
        ),
        ("price path constant 1️⃣-$5", "price path constant must be a positive price, got -5", 3),
        // A later line of a script: line and column both move.
        (
            "let x = 1\nwarrant expires: 1️⃣2025-01-01",
            "warrant expires: must be after issued: (2025-10-05), got 2025-01-01", 10
        ),
    ])
    func errorSitsUnderTheValue(_ c: (String, String, Int)) {
        let (d, line, column, _) = dealDiagnostic(c.0)
        #expect(d?.message == c.1)
        #expect(d?.line == line)
        #expect(d?.column == column)
        #expect(d?.range.length == c.2)
    }

    @Test func unknownLabelPointsAtTheLabelAndListsTheAcceptedOnes() {
        let accepted = "(accepted: shares:, gw:, price:, measure:, latch:, milestone:, by:)"
        for marked in ["tranche T2 1️⃣foo: 3", "print tranche(\"T2\", 1️⃣foo: 3)"] {
            let (d, line, column, _) = dealDiagnostic(marked)
            #expect(d?.message == "`tranche` has no label `foo:` \(accepted)")
            #expect(d?.line == line)
            #expect(d?.column == column)
        }
    }

    @Test func theFirstBadLabelAsWrittenIsReported() {
        // Two wrong units: the one written first is the one reported.
        let (d, _, column, _) = dealDiagnostic("tranche T2 gw: 1️⃣$1 price: 2GW")
        #expect(d?.message == "`tranche` gw: expects power (W), got money $1")
        #expect(d?.column == column)
    }

    @Test func aMissingRequiredLabelPointsAtTheCommand() {
        let (d, line, column, _) = dealDiagnostic("1️⃣tranche T9 price: $5")
        #expect(
            d?.message
                == "`tranche T9` needs `shares:` (it is new; amending an existing one needs only the terms that change)"
        )
        #expect(d?.line == line)
        #expect(d?.column == column)
    }

    @Test func theRenderedCaretSitsUnderTheValue() {
        let buffer = Buffer()
        let session = DealSession.make(output: buffer, loadBuiltIn: true)
        _ = session.runScript("phase P9 gen: MI999 size: 1GW start: 2027-01-01", file: "t.deal")
        #expect(buffer.err.hasSuffix("phase P9 gen: MI999 size: 1GW start: 2027-01-01\n              ^~~~~\n"))
    }
}
