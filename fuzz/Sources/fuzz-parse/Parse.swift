// Fuzz target (1): the lexer and parser on arbitrary bytes, through the session's public
// parsing entry points (statement lines, and whether the shell would wait for more input),
// and the shell's line-by-line check (`OpenInput`) against the parser: lines that leave a
// bracket or string open must never parse as a complete script.
import DealLibrary
import DealScript
import FuzzSupport

/// One session for every input: parsing reads the command table and changes nothing.
let parsingSession = DealSession.make(options: fuzzOptions, output: SilentOutput(), loadBuiltIn: false)

func parse(_ source: String) {
    _ = parsingSession.statementLines(source)
    _ = parsingSession.needsMoreInput(source)
    var open = OpenInput()
    for line in source.split(separator: "\n", omittingEmptySubsequences: false) { open.add(String(line)) }
    // An open bracket or string means there is something to parse: no statement lines means it did not.
    if open.isOpen, !parsingSession.statementLines(source).isEmpty {
        fatalError("open input parses as complete: \(source.debugDescription)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    parse(text(data, size))
    return 0
}

#if !FUZZING
@main struct Replay {
    static func main() { replay(parse) }
}
#endif
