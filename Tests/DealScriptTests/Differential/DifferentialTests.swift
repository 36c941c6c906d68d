// Every operator and statement form, over operand shapes and kinds, compiled and run, against
// the reference evaluator: hand-written tables, then generated programs.
import PropertyBased
import Testing

@testable import DealScript

@Suite struct DifferentialTests {
    static let binary: [String] = ["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">="]
    static let comparisons: [String] = ["==", "!=", "<", "<=", ">", ">="]

    /// Runs `cases` in one session (each program redefines what it uses) and reports each
    /// disagreement with its program.
    static func check(_ cases: [DifferentialCase], sourceLocation: SourceLocation = #_sourceLocation) {
        let buffer = Buffer()
        let session = Session(output: buffer)
        session.context.interruptRequested = { false }
        compare(cases, session: session, buffer: buffer, sourceLocation: sourceLocation)
    }

    static func compare(
        _ cases: [DifferentialCase], session: Session, buffer: Buffer, sourceLocation: SourceLocation
    ) {
        var failures = 0
        for c in cases {
            let expected = c.expected(commands: session.commands)
            let actual = c.actual(in: session, buffer: buffer)
            if actual != expected {
                failures += 1
                // The first few are enough to see the pattern.
                if failures <= 8 {
                    Issue.record(
                        "\(c.program)\n-- printed: \(actual)\n-- reference: \(expected)", sourceLocation: sourceLocation
                    )
                }
            }
        }
        if failures > 8 { Issue.record("\(failures) disagreements in all", sourceLocation: sourceLocation) }
    }

    @Test func todaysNaNComparisonAgreesEverywhere() {
        // `let n = (1e308*10) - (1e308*10)`: `print n <= 1`, `if n <= 1` and `assert n <= 1`
        // must all see the same truth.
        let cases = StatementForm.allCases.flatMap { form in
            [OperandShape.global, .local, .parameter, .captured].map { shape in
                DifferentialCase(
                    expression: "a0 <= a1", operands: [(OperandKind.nan, shape), (OperandKind(text: "1"), .constant)],
                    form: form)
            }
        }
        DifferentialTests.check(cases)
    }

    @Test func everyOperatorOverEveryPairOfKinds() {
        // Both operands as globals, and a local against a constant (the shapes fast paths take).
        var cases: [DifferentialCase] = []
        for op in DifferentialTests.binary {
            for a in OperandKind.all {
                for b in OperandKind.all {
                    for (sa, sb) in [(OperandShape.global, OperandShape.global), (.local, .constant)] {
                        for form in [StatementForm.print, .ifElse, .assertion, .assertWithin] {
                            cases.append(
                                DifferentialCase(expression: "a0 \(op) a1", operands: [(a, sa), (b, sb)], form: form))
                        }
                    }
                }
            }
        }
        DifferentialTests.check(cases)
    }

    private func index<T: CaseIterable & Equatable>(_ x: T) -> Int {
        Array(T.allCases).firstIndex(of: x)!
    }

    @Test func everyShapeAndStatementFormOverNumbers() {
        // Plain numbers, a quantity, NaN, -0 and infinity in every pair of shapes and every form.
        let kinds = ["3", "-0", "2GW", "1e308 * 10"].map { OperandKind(text: $0) } + [OperandKind.nan]
        var cases: [DifferentialCase] = []
        for op in DifferentialTests.binary {
            for sa in OperandShape.allCases {
                for sb in OperandShape.allCases {
                    for form in StatementForm.allCases {
                        // One left kind per shape pair and form (all of them over the table), every right kind.
                        let a = kinds[(index(sa) + index(sb) + index(form)) % kinds.count]
                        for b in kinds {
                            cases.append(
                                DifferentialCase(expression: "a0 \(op) a1", operands: [(a, sa), (b, sb)], form: form))
                        }
                    }
                }
            }
        }
        DifferentialTests.check(cases)
    }

    @Test func unaryAndLogicalOperators() {
        var cases: [DifferentialCase] = []
        for a in OperandKind.all {
            for shape in OperandShape.allCases {
                for form in StatementForm.allCases {
                    for e in ["-a0", "not a0", "-(a0 + 1)"] {
                        cases.append(DifferentialCase(expression: e, operands: [(a, shape)], form: form))
                    }
                    for b in [OperandKind(text: "true"), OperandKind(text: "false"), OperandKind(text: "1")] {
                        for e in ["a0 and a1", "a0 or a1"] {
                            cases.append(
                                DifferentialCase(expression: e, operands: [(a, shape), (b, .global)], form: form))
                        }
                    }
                }
            }
        }
        DifferentialTests.check(cases)
    }

    /// Generated programs: an expression of two or three operators over three operands, each
    /// in a generated shape and of a generated kind, in a generated statement form.
    @Test func generatedPrograms() async {
        let kinds = OperandKind.all
        let shapes = OperandShape.allCases
        let forms = StatementForm.allCases
        let operators = DifferentialTests.binary
        let templates = [
            "a0 OP0 a1 OP1 a2", "(a0 OP0 a1) OP1 a2", "a0 OP0 (a1 OP1 a2)", "(a0 OP0 a1) OP1 (a2 OP2 a0)",
            "-(a0 OP0 a1) OP1 a2", "(a0 OP0 a1) OP1 a2 OP2 1", "(a0 OP0 a1) and (a1 OP1 a2)",
            "not (a0 OP0 a1) or (a2 OP2 a0)", "(a0 OP0 2) OP1 (a1 OP2 0.5)", "-a0 OP0 -(a1 OP1 a2)",
        ]
        await propertyCheck(
            count: 1500,
            input: Gen.int(in: 0..<kinds.count).array(of: 3), Gen.int(in: 0..<shapes.count).array(of: 3),
            Gen.int(in: 0..<operators.count).array(of: 3), Gen.int(in: 0..<templates.count),
            Gen.int(in: 0..<forms.count)
        ) { k, s, o, t, f in
            var expression = templates[t]
            for i in 0..<3 { expression = expression.replacing("OP\(i)", with: operators[o[i]]) }
            let c = DifferentialCase(
                expression: expression, operands: (0..<3).map { (kinds[k[$0]], shapes[s[$0]]) }, form: forms[f])
            // A generated chain the grammar does not take (`a < b < c`) is not a case.
            guard DifferentialCase.parsed(expression, Session(output: Buffer()).commands) != nil else { return }
            DifferentialTests.check([c])
        }
    }
}
