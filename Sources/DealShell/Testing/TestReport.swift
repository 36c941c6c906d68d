// `tranche test` results as documents for tools: a JSON report (`--json`) and JUnit XML
// (`--junit FILE`), the format CI systems read.
import DealScript
import Foundation

/// The summary of a test run as JSON or JUnit XML.
public enum TestReport {
    /// `{"passed": N, "failed": N, "seconds": T, "files": [{"file", "result", "seconds", "failures"}]}`.
    public static func json(_ summary: ScriptTestSummary) -> JSONValue {
        .object([
            ("passed", .number(Double(summary.passed))),
            ("failed", .number(Double(summary.failed))),
            ("seconds", .number(rounded(total(summary)))),
            (
                "files",
                .array(
                    summary.results.map { r in
                        .object([
                            ("file", .string(r.file)),
                            ("result", .string(r.passed ? "passed" : "failed")),
                            ("seconds", .number(rounded(r.seconds))),
                            ("failures", .array(r.failures.map { .string($0) })),
                        ])
                    })
            ),
        ])
    }

    /// JUnit XML: one `testsuite` named `tranche test`, one `testcase` a file (its folder as
    /// the class name), a `failure` element holding its failure lines when it failed.
    public static func junit(_ summary: ScriptTestSummary) -> String {
        let count = summary.results.count
        let time = seconds(total(summary))
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites tests=\"\(count)\" failures=\"\(summary.failed)\" time=\"\(time)\">\n"
        xml +=
            "  <testsuite name=\"tranche test\" tests=\"\(count)\" failures=\"\(summary.failed)\" "
            + "errors=\"0\" time=\"\(time)\">\n"
        for r in summary.results {
            let folder = (r.file as NSString).deletingLastPathComponent
            let attributes =
                "name=\"\(escape(r.file))\" classname=\"\(escape(folder.isEmpty ? "." : folder))\" "
                + "time=\"\(seconds(r.seconds))\""
            guard let first = r.failures.first else {
                xml += "    <testcase \(attributes)/>\n"
                continue
            }
            xml += "    <testcase \(attributes)>\n"
            xml +=
                "      <failure message=\"\(escape(first))\">"
                + escape(r.failures.joined(separator: "\n")) + "</failure>\n"
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    /// Seconds with millisecond precision: `0.012`.
    static func seconds(_ s: Double) -> String { String(format: "%.3f", s) }

    private static func rounded(_ s: Double) -> Double { (s * 1000).rounded() / 1000 }

    private static func total(_ summary: ScriptTestSummary) -> Double {
        summary.results.reduce(0) { $0 + $1.seconds }
    }

    /// Text safe in XML content and attributes; characters XML 1.0 forbids (control codes
    /// such as a stray ESC) become U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t": out.unicodeScalars.append(c)
            default:
                out.unicodeScalars.append(c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF ? "\u{FFFD}" : c)
            }
        }
        return out
    }
}
