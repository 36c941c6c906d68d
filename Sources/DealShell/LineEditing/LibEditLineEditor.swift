import CEditLine

// The terminal editor: libedit's native API (emacs keys, ~/.editrc, history, Tab), with the
// Swift object reached through EL_CLIENTDATA so no globals are needed.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Completes the word before the cursor: given the line up to the cursor, the candidates
/// that may replace its last word (an empty list when there is nothing to offer).
public typealias WordCompletion = (_ lineBeforeCursor: String) -> [String]

/// A libedit editor on the process's terminal.
public final class LibEditLineEditor: LineEditor {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    /// The prompt libedit shows; a stable C buffer the prompt callback returns.
    private var promptBuffer: UnsafeMutablePointer<CChar>
    private var recalled: [String]
    private let limit: Int
    let completion: WordCompletion?

    /// An editor with `entries` (oldest first) recallable; nil when libedit cannot start.
    public init?(
        programName: String = "tranche", entries: [String] = [],
        limit: Int = HistoryList.defaultLimit, completion: WordCompletion? = nil, readsEditrc: Bool = true
    ) {
        setlocale(LC_CTYPE, "")  // without it libedit drops non-ASCII input
        guard let history = history_init() else { return nil }
        guard let editLine = el_init(programName, tranche_stdin(), tranche_stdout(), tranche_stderr()) else {
            history_end(history)
            return nil
        }
        self.editLine = editLine
        self.history = history
        self.promptBuffer = strdup("") ?? UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        self.recalled = HistoryList.deduplicated(entries)
        self.limit = limit
        self.completion = completion

        tranche_history_set_size(history, Int32(clamping: limit))
        tranche_history_set_unique(history, 1)
        tranche_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        tranche_el_set_prompt(
            editLine,
            { el in
                guard let el = el, let data = tranche_el_get_clientdata(el) else { return nil }
                return Unmanaged<LibEditLineEditor>.fromOpaque(data).takeUnretainedValue().promptBuffer
            })
        tranche_el_set_editor(editLine, "emacs")
        tranche_el_set_signal(editLine, 1)  // a Ctrl-C that kills us must not leave the tty raw
        tranche_el_set_history(editLine, history)
        if completion != nil {
            tranche_el_add_function(
                editLine, "tranche-complete", "Complete the word",
                { el, _ in
                    guard let el = el, let data = tranche_el_get_clientdata(el) else { return UInt8(CC_ERROR) }
                    return Unmanaged<LibEditLineEditor>.fromOpaque(data).takeUnretainedValue().complete()
                })
            tranche_el_bind(editLine, "^I", "tranche-complete")
        }
        // ~/.editrc may override the bindings above (not under --sandbox: it reads no file).
        if readsEditrc { el_source(editLine, nil) }
        rebuildHistory()
    }

    deinit {
        el_end(editLine)
        history_end(history)
        free(promptBuffer)
    }

    public func readLine(prompt: String) -> LineRead {
        setPrompt(prompt)
        fflush(tranche_stdout())
        var count: Int32 = 0
        errno = 0
        guard let raw = el_gets(editLine, &count) else {
            if count == -1 && errno == EINTR {
                return .interrupted(hadText: hasTypedText())
            }
            return .endOfInput
        }
        var line = String(cString: raw)
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        return .line(line)
    }

    public func addHistory(_ entry: String) {
        recalled = HistoryList.appending(entry, to: recalled, limit: limit)
        rebuildHistory()
    }

    /// libedit's own list only drops consecutive repeats, so it is refilled from ours.
    private func rebuildHistory() {
        tranche_history_clear(history)
        for entry in recalled { tranche_history_enter(history, entry) }
    }

    private func setPrompt(_ prompt: String) {
        free(promptBuffer)
        promptBuffer = strdup(prompt) ?? promptBuffer
    }

    /// Whether the line being edited when the read stopped held any text.
    private func hasTypedText() -> Bool {
        guard let info = el_line(editLine) else { return false }
        return info.pointee.lastchar != info.pointee.buffer
    }

    /// Tab: one candidate is inserted; several insert their common prefix, then are listed.
    fileprivate func complete() -> UInt8 {
        guard let completion = completion, let info = el_line(editLine) else { return UInt8(CC_ERROR) }
        let length = info.pointee.cursor - info.pointee.buffer
        let bytes = UnsafeBufferPointer(
            start: UnsafeRawPointer(info.pointee.buffer)
                .assumingMemoryBound(to: UInt8.self), count: max(0, length))
        let before = String(decoding: bytes, as: UTF8.self)
        let word = CompletionWords.wordBeingCompleted(before)
        let candidates = completion(before).filter { $0.hasPrefix(word) }
        guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let common = CompletionWords.commonPrefix(candidates)
        if candidates.count == 1 {
            let rest =
                String(common.dropFirst(word.count))
                + CompletionWords.suffix(completing: common, in: before)
            if el_insertstr(editLine, rest) != 0 { return UInt8(CC_ERROR) }
            return UInt8(CC_REFRESH)
        }
        if common.count > word.count {
            if el_insertstr(editLine, String(common.dropFirst(word.count))) != 0 { return UInt8(CC_ERROR) }
            return UInt8(CC_REFRESH)
        }
        fputs(
            "\n" + CompletionWords.columns(candidates, width: TerminalTraits.currentWidth()),
            tranche_stdout())
        fflush(tranche_stdout())
        return UInt8(CC_REDISPLAY)
    }
}
