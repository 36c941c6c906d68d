import Foundation
import Testing

// `save` is atomic against `kill -9`: tranche saves a book over and over and is killed at
// pseudo-random moments (300 times, four processes at a time; half of the kills after its
// first save, so they land among saves whatever the load); the file is then always the old
// complete book or the new complete one, byte for byte, and both load.
@Suite struct KillDuringSaveTests {
    /// A book of several scenarios with a price path of many points (about 70 KB saved).
    static let book = """
        let pts = []
        for i in range(200) { append(pts, [2025-10-06 + i * 1d, $200 + i * $0.01]) }
        price path points pts
        for i in range(6) { scenario("s{i}") }
        """

    /// SplitMix64: the kill moments repeat from run to run.
    struct Moments {
        var state: UInt64 = 15
        mutating func next(below n: UInt64) -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return (z ^ (z >> 31)) % n
        }
    }

    func saving(_ binary: URL, in folder: String) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.arguments = ["-e", Self.book, "-e", "while true { save \"book.deal\" }"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func aKilledSaveLeavesTheOldOrTheNewBookWhole() throws {
        let binary = try #require(trancheBinary())
        let root = NSTemporaryDirectory() + "tranche-kill-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: root) }
        // The new book, saved whole once; the old one is the built-in scenario alone.
        try FileManager.default.createDirectory(atPath: root + "/reference", withIntermediateDirectories: true)
        let made = try runTranche(
            binary,
            ["-e", "save \"\(root)/reference/old.deal\"", "-e", Self.book, "-e", "save \"\(root)/reference/new.deal\""])
        #expect(made.status == 0)
        let old = try Data(contentsOf: URL(fileURLWithPath: root + "/reference/old.deal"))
        let new = try Data(contentsOf: URL(fileURLWithPath: root + "/reference/new.deal"))
        #expect(old != new && new.count > 50_000)
        for name in ["old", "new"] {
            #expect(try runTranche(binary, ["-e", "load \"\(root)/reference/\(name).deal\""]).status == 0)
        }

        var moments = Moments()
        var seen = (old: 0, new: 0)
        let folders = (0..<4).map { "\(root)/p\($0)" }
        for round in 0..<75 {
            var running: [Process] = []
            for folder in folders {
                if round == 0 {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                try old.write(to: URL(fileURLWithPath: folder + "/book.deal"))
                running.append(try saving(binary, in: folder))
            }
            // Half the kills come at a pseudo-random moment from the start (before or after the
            // first save, as the machine's load decides); the other half once the first save is
            // done, so that they land in the loop of saves whatever the load.
            for (i, (process, folder)) in zip(running, folders).enumerated() {
                if (round + i) % 2 == 1 { waitForFirstSave(in: folder, old: old) }
                usleep(useconds_t(moments.next(below: 40_000)))
                kill(process.processIdentifier, SIGKILL)
            }
            for (process, folder) in zip(running, folders) {
                process.waitUntilExit()
                #expect(process.terminationReason == .uncaughtSignal)
                let found = try Data(contentsOf: URL(fileURLWithPath: folder + "/book.deal"))
                if found == old {
                    seen.old += 1
                } else if found == new {
                    seen.new += 1
                } else {
                    Issue.record("round \(round): book.deal is neither book whole (\(found.count) bytes)")
                }
                // A kill between creating the temporary and renaming it leaves the temporary.
                for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name != "book.deal" {
                    #expect(name.hasPrefix(".book.deal."))
                    try FileManager.default.removeItem(atPath: folder + "/" + name)
                }
            }
        }
        // Every kill was checked, and at least the half made after a first save found a new book.
        #expect(seen.old + seen.new == 300)
        #expect(seen.new >= 150)
    }

    /// Polls until `folder`'s book is no longer the old one (a save completed), for 30 s at most.
    func waitForFirstSave(in folder: String, old: Data) {
        for _ in 0..<15_000 {
            if let now = FileManager.default.contents(atPath: folder + "/book.deal"), now != old { return }
            usleep(2_000)
        }
    }
}
