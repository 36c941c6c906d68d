import SystemPackage

// The history file on disk: read at start, and after each entry re-read, merged and
// replaced atomically under an flock, so two shells at once never clobber each other.
#if canImport(Glibc)
    import Glibc  // flock, rename and mkdir, which swift-system does not wrap
#elseif canImport(Darwin)
    import Darwin
#endif

/// The shell's persistent history: entries this process knows, kept in step with the file.
public final class HistoryStore {
    /// The history file, or nil when there is nowhere to keep it (history then lives in memory).
    public let path: String?
    /// How many entries are kept.
    public let limit: Int
    /// Every entry, oldest first, as this shell sees them (the file's at start, then its own).
    public private(set) var entries: [String] = []
    /// Why the last `record` could not write the file (the system's reason), or nil.
    public private(set) var failure: String?

    /// A store on `path`; call `load()` to read what earlier sessions left.
    public init(path: String?, limit: Int = HistoryList.defaultLimit) {
        self.path = path
        self.limit = limit
    }

    /// Reads the file (a missing or foreign file gives no entries).
    @discardableResult
    public func load() -> [String] {
        guard let path = path, let text = readFile(path) else { return entries }
        entries = HistoryList.deduplicated(HistoryCodec.decode(text)).suffix(limit).map { $0 }
        return entries
    }

    /// Remembers `entry` as the newest and writes it to the file at once, so a killed
    /// process keeps it. Returns false when the file could not be written.
    @discardableResult
    public func record(_ entry: String) -> Bool {
        entries = HistoryList.appending(entry, to: entries, limit: limit)
        guard let path = path, !entry.trimmingSpaces().isEmpty else { return true }
        let written =
            makeFolders(for: path)
            && withFileLock(path + ".lock") {
                let stored = readFile(path).map(HistoryCodec.decode) ?? []
                let merged = HistoryList.merging(stored: stored, added: [entry], limit: limit)
                return replaceFile(path, with: HistoryCodec.encode(merged))
            }
        failure = written ? nil : String(cString: strerror(errno))
        return written
    }

    /// The listing the `history` command prints: numbered entries, oldest first; a
    /// multi-line entry's later lines are indented under its first.
    public func listing(last count: Int? = nil) -> String {
        let shown = count.map { Array(entries.suffix(max(0, $0))) } ?? entries
        let firstNumber = entries.count - shown.count + 1
        let width = String(entries.count).count
        var text = ""
        for (offset, entry) in shown.enumerated() {
            let number = String(firstNumber + offset)
            let pad = String(repeating: " ", count: max(0, width - number.count))
            let lines = entry.split(separator: "\n", omittingEmptySubsequences: false)
            let indent = String(repeating: " ", count: width + 2)
            text += pad + number + "  " + lines.joined(separator: "\n" + indent) + "\n"
        }
        return text
    }
}

/// The file's bytes as UTF-8 text, or nil when it cannot be read.
func readFile(_ path: String) -> String? {
    guard let file = try? FileDescriptor.open(FilePath(path), .readOnly, options: .closeOnExec) else { return nil }
    return try? file.closeAfter {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = try buffer.withUnsafeMutableBytes { try file.read(into: $0) }
            if count == 0 { break }
            bytes += buffer[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Writes `text` to a temporary file beside `path` (mode 0600), then renames it over `path`.
private func replaceFile(_ path: String, with text: String) -> Bool {
    let temporary = path + ".tmp.\(getpid())"
    do {
        let file = try FileDescriptor.open(
            FilePath(temporary), .writeOnly, options: [.create, .truncate, .closeOnExec],
            permissions: .ownerReadWrite)
        try file.closeAfter { _ = try file.writeAll(text.utf8) }
        if rename(temporary, path) == 0 { return true }
    } catch {}
    unlink(temporary)
    return false
}

/// Runs `body` holding an exclusive flock on `lockPath` (created if missing).
private func withFileLock(_ lockPath: String, _ body: () -> Bool) -> Bool {
    guard
        let lock = try? FileDescriptor.open(
            FilePath(lockPath), .readWrite, options: [.create, .closeOnExec],
            permissions: .ownerReadWrite)
    else { return false }
    defer { try? lock.close() }
    while flock(lock.rawValue, LOCK_EX) != 0 {
        if Errno(rawValue: errno) != .interrupted { return false }
    }
    defer { flock(lock.rawValue, LOCK_UN) }
    return body()
}

/// Creates the folders above `path` (mode 0700), as `mkdir -p` would.
private func makeFolders(for path: String) -> Bool {
    var folder = FilePath(path).removingLastComponent()
    guard !folder.isEmpty else { return true }
    var missing: [FilePath] = []
    while !folder.isEmpty, folder != folder.removingLastComponent() {
        missing.append(folder)
        folder = folder.removingLastComponent()
    }
    for folder in missing.reversed() where mkdir(folder.string, 0o700) != 0 {
        if Errno(rawValue: errno) != .fileExists { return false }
    }
    return true
}
