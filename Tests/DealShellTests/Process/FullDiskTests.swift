import Foundation
import Testing

// A full disk and a read-only folder, on a small tmpfs mounted for the test (root only; where
// mounting is not allowed the suite is disabled and docs/FUZZING.md says it was checked by
// hand): every write fails with the system's reason, and the old file stays as it was.
@Suite(.enabled(if: SmallDisk.canMount, "needs root to mount a tmpfs"), .serialized)
struct FullDiskTests {
    static let bigBook = """
        let pts = []
        for i in range(300) { append(pts, [2025-10-06 + i * 1d, $200 + i * $0.01]) }
        price path points pts
        for i in range(4) { scenario("s{i}") }
        """

    @Test func aFullDiskLeavesEveryOldFileAndSaysSo() throws {
        let binary = try #require(trancheBinary())
        let disk = try SmallDisk()
        defer { disk.remove() }
        let old = "# the old file\n"
        let writes = [
            ("book.deal", "save \"\(disk.path)/book.deal\""),
            ("h.deal", "history save \"\(disk.path)/h.deal\""),
            ("v.json", "export timeline to: \"\(disk.path)/v.json\""),
            ("deal.html", "report to: \"\(disk.path)/deal.html\""),
            ("price.svg", "plot price to: \"\(disk.path)/price.svg\""),
        ]
        for (name, _) in writes { try old.write(toFile: disk.path + "/" + name, atomically: false, encoding: .utf8) }
        // Fill what is left, so that even a small file cannot be written.
        try disk.fill()
        for (name, statement) in writes {
            let r = try runTranche(binary, ["-e", Self.bigBook, "-e", statement])
            let err = String(decoding: r.err, as: UTF8.self)
            #expect(r.status == 1, "\(statement)")
            #expect(err.contains("No space left on device; nothing was changed"), "\(statement): \(err)")
            #expect(try String(contentsOfFile: disk.path + "/" + name, encoding: .utf8) == old)
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: disk.path).sorted()
        #expect(left == (writes.map(\.0) + ["filler"]).sorted())
    }

    @Test func aReadOnlyFolderLeavesTheOldFileAndSaysSo() throws {
        let binary = try #require(trancheBinary())
        let disk = try SmallDisk()
        defer { disk.remove() }
        try "# the old file\n".write(toFile: disk.path + "/book.deal", atomically: false, encoding: .utf8)
        try disk.makeReadOnly()
        for statement in ["save \"\(disk.path)/book.deal\"", "record \"\(disk.path)/s.t\""] {
            let r = try runTranche(binary, ["-e", statement])
            #expect(r.status == 1)
            #expect(String(decoding: r.err, as: UTF8.self).contains("Read-only file system; nothing was changed"))
        }
        #expect(try String(contentsOfFile: disk.path + "/book.deal", encoding: .utf8) == "# the old file\n")
    }
}

/// A 64 KB tmpfs mounted on a new folder.
struct SmallDisk {
    let path: String

    /// Whether this process may mount one (root in a system that allows it).
    static let canMount: Bool = {
        guard geteuid() == 0, let disk = try? SmallDisk() else { return false }
        disk.remove()
        return true
    }()

    init() throws {
        path = NSTemporaryDirectory() + "tranche-disk-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard Self.mount(["-t", "tmpfs", "-o", "size=64k", "tmpfs", path]) else {
            try? FileManager.default.removeItem(atPath: path)
            throw CocoaError(.fileWriteNoPermission)
        }
    }

    /// Fills the free space with one file.
    func fill() throws {
        FileManager.default.createFile(atPath: path + "/filler", contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path + "/filler") else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? handle.close() }
        while (try? handle.write(contentsOf: Data(repeating: 0x2e, count: 1024))) != nil {}
    }

    func makeReadOnly() throws {
        guard Self.mount(["-o", "remount,ro", path]) else { throw CocoaError(.fileWriteNoPermission) }
    }

    func remove() {
        _ = Self.run("/bin/umount", [path])
        try? FileManager.default.removeItem(atPath: path)
    }

    private static func mount(_ arguments: [String]) -> Bool { run("/bin/mount", arguments) }

    private static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
