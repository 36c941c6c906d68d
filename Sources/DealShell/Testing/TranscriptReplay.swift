// Replays a transcript (`*.t`): each input in order in one fresh session, its output
// (diagnostics without their location) compared with what was recorded.
import DealLibrary
import DealScript

enum TranscriptReplay {
    /// The failure lines of the transcript at `path` (empty when every output matches):
    /// `file:line: output differs for `input`` and a unified diff.
    static func failures(_ path: String, source: String, options: SessionOptions) -> [String] {
        let transcript = Transcript.parse(source)
        guard !transcript.entries.isEmpty else { return ["\(path):1: no inputs (an input line starts with `> `)"] }
        let capture = TranscriptCapture()
        // The width it was recorded at, no colour, text (not JSON): as `record` wrote it.
        var options = options
        options.width = transcript.width ?? Transcript.defaultWidth
        options.color = false
        options.json = false
        let session = DealSession.make(options: options, output: capture)
        var failures: [String] = []
        for entry in transcript.entries {
            _ = session.runEntry(entry.input, file: path, firstLine: entry.line)
            let actual = capture.take()
            guard actual != entry.output else { continue }
            let first = entry.input.split(separator: "\n").first.map(String.init) ?? ""
            failures.append("\(path):\(entry.line): output differs for `\(first)`")
            failures += UnifiedDiff.lines(expected: entry.output, actual: actual)
        }
        return failures
    }
}

/// Output and diagnostics together, as a transcript records them.
final class TranscriptCapture: OutputSink {
    private var text = ""
    func write(_ t: String) { text += t }
    func report(_ diagnostic: Diagnostic) { text += Transcript.withoutLocation(diagnostic.rendered()) }

    func take() -> String {
        defer { text = "" }
        return text
    }
}
