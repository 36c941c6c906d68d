// Fuzz target (3): the input read as lines typed at the prompt. Lines gather into one entry
// while `needsMoreInput` says so (the `...` prompt), then `runEntry` runs it and echoes values;
// a failed entry leaves the session as it was, and the next one runs in that state.
import DealScript
import FuzzSupport

func typeLines(_ source: String) {
    let output = SilentOutput()
    let session = freshSession(output)
    var entry = ""
    var firstLine = 1
    var line = 1
    for text in source.split(separator: "\n", omittingEmptySubsequences: false) {
        entry += entry.isEmpty ? String(text) : "\n" + text
        if !session.needsMoreInput(entry) {
            _ = session.runEntry(entry, file: "<stdin>", firstLine: firstLine)
            entry = ""
            firstLine = line + 1
        }
        line += 1
    }
    if !entry.isEmpty { _ = session.runEntry(entry, file: "<stdin>", firstLine: firstLine) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    typeLines(text(data, size))
    return 0
}

#if !FUZZING
@main struct Replay {
    static func main() { replay(typeLines) }
}
#endif
