// Fuzz target (2): the input run as a whole script in a fresh sandboxed session with the
// built-in scenario loaded and a step limit: lexer, parser, interpreter and every command.
import DealScript
import FuzzSupport

func runScript(_ source: String) {
    let output = SilentOutput()
    _ = freshSession(output).runScript(source, file: "fuzz.deal")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    runScript(text(data, size))
    return 0
}

#if !FUZZING
@main struct Replay {
    static func main() { replay(runScript) }
}
#endif
