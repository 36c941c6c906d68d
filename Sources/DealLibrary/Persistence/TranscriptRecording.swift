// A transcript being recorded: the `.t` file open from `record` to `record stop`, each
// finished statement appended to it, so its cost grows with the statement, not the session.
import DealScript
import Foundation

/// The open transcript of `record`: the file, and the entry of the statement running now.
final class TranscriptRecording {
    let path: String
    private var fd: Int32
    /// The running statement's input and what it printed so far; nil between statements
    /// (and during `record` itself, which the transcript leaves out).
    var entry: Transcript.Entry?
    /// Why a write failed, kept for `record stop` to report (a statement cannot fail for it).
    private var failure: String?

    /// Replaces the transcript at `path` by a new one holding its header (naming the `width`
    /// tables and charts are rendered at, which a replay uses), atomically, then opens it to
    /// append: at any moment the file is the old transcript or the new one up to a statement.
    init(path: String, width: Int) throws {
        try AtomicFile.write(Transcript.header(width: width), to: path, for: "record")
        fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else {
            throw ScriptError("`record` cannot write \"\(path)\": \(String(cString: strerror(errno)))")
        }
        self.path = path
    }

    deinit { if fd >= 0 { Foundation.close(fd) } }

    /// A statement starts: its entry begins.
    func begin(_ input: String) {
        entry = Transcript.Entry(input: input, output: "")
    }

    /// The running statement printed `text`.
    func add(_ text: String) {
        entry?.output += Transcript.withoutColor(text)
    }

    /// The running statement ended: its entry goes to the end of the file in one write,
    /// through to the system at once, so a session killed while recording keeps what it did.
    func finish() {
        guard let e = entry else { return }
        entry = nil
        append(Transcript(entries: [e]).text)
    }

    /// Closes the file, leaving out the running statement (`record stop` itself); throws
    /// when any write failed, since the transcript is then incomplete.
    func stop() throws {
        entry = nil
        let closed = Foundation.close(fd) == 0
        if !closed, failure == nil { failure = String(cString: strerror(errno)) }
        fd = -1
        if let failure {
            throw ScriptError("record stop: could not write \"\(path)\" (\(failure)); the transcript is incomplete")
        }
    }

    private func append(_ text: String) {
        guard fd >= 0, failure == nil else { return }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 {
                failure = String(cString: strerror(errno))
                return
            }
            written += n
        }
    }
}
