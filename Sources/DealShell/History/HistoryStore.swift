// The history file on disk: read at start, and after each entry re-read, merged and
// replaced atomically under an flock, so two shells at once never clobber each other.
#if canImport(Glibc)
import Glibc
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
        guard makeFolders(for: path) else { return false }
        return withFileLock(path + ".lock") {
            let stored = readFile(path).map(HistoryCodec.decode) ?? []
            let merged = HistoryList.merging(stored: stored, added: [entry], limit: limit)
            return replaceFile(path, with: HistoryCodec.encode(merged))
        }
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
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { continue }
            return nil
        }
        if count == 0 { break }
        bytes += buffer[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// Writes `text` to a temporary file beside `path` (mode 0600), then renames it over `path`.
private func replaceFile(_ path: String, with text: String) -> Bool {
    let temporary = path + ".tmp.\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return false }
    var ok = true
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
        let count = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { continue }
            ok = false
            break
        }
        written += count
    }
    if close(fd) != 0 { ok = false }
    if ok && rename(temporary, path) == 0 { return true }
    unlink(temporary)
    return false
}

/// Runs `body` holding an exclusive flock on `lockPath` (created if missing).
private func withFileLock(_ lockPath: String, _ body: () -> Bool) -> Bool {
    let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    while flock(fd, LOCK_EX) != 0 {
        if errno != EINTR { return false }
    }
    defer { flock(fd, LOCK_UN) }
    return body()
}

/// Creates the folders above `path` (mode 0700), as `mkdir -p` would.
private func makeFolders(for path: String) -> Bool {
    var components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    guard !components.isEmpty else { return false }
    components.removeLast()
    var folder = path.hasPrefix("/") ? "" : "."
    for component in components {
        folder += "/" + component
        if mkdir(folder, 0o700) != 0 && errno != EEXIST { return false }
    }
    return true
}
