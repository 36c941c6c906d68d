// The history file on disk: created with its folders, written per entry, shared by two shells.
import Testing

@testable import DealShell

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct HistoryStoreTests {
    /// A fresh folder under /tmp for one test.
    func temporaryFolder() -> String {
        var template = Array("/tmp/tranche-history-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
        }
        #expect(made != nil)
        return made ?? "/tmp"
    }

    @Test func recordCreatesFoldersAndWritesEachEntryAtOnce() {
        let path = temporaryFolder() + "/state/tranche/history"
        let store = HistoryStore(path: path)
        #expect(store.load() == [])
        #expect(store.record("print 1"))
        #expect(store.record("let x = {\n1 }"))
        #expect(readFile(path) == "_HiStOrY_V2_\nprint\\0401\nlet\\040x\\040=\\040{\\0121\\040}\n")
        let reopened = HistoryStore(path: path)
        #expect(reopened.load() == ["print 1", "let x = {\n1 }"])
    }

    @Test func twoShellsAtOnceKeepEachOthersEntries() {
        let path = temporaryFolder() + "/history"
        let first = HistoryStore(path: path)
        let second = HistoryStore(path: path)
        first.load()
        second.load()
        first.record("vesting")
        second.record("timeline")
        first.record("show warrant")
        second.record("vesting")
        #expect(HistoryStore(path: path).load() == ["timeline", "show warrant", "vesting"])
        // Each shell's own recall list holds only what it loaded and typed.
        #expect(first.entries == ["vesting", "show warrant"])
    }

    @Test func theFileStaysBounded() {
        let path = temporaryFolder() + "/history"
        let store = HistoryStore(path: path, limit: 3)
        for n in 1...5 { store.record("print \(n)") }
        #expect(HistoryStore(path: path).load() == ["print 3", "print 4", "print 5"])
    }

    @Test func listingNumbersEntriesAndIndentsLaterLines() {
        let store = HistoryStore(path: nil)
        for entry in ["a", "b", "c", "d", "e", "f", "g", "h", "i", "fn f() {\n1 }"] { store.record(entry) }
        #expect(store.listing(last: 2) == " 9  i\n10  fn f() {\n    1 }\n")
        #expect(store.listing(last: 0) == "")
    }
}
