// Where history is kept, chosen from XDG_STATE_HOME and HOME.
import Testing

@testable import DealShell

@Suite struct HistoryLocationTests {
    @Test func prefersXDGStateHome() {
        #expect(
            HistoryLocation.path(xdgStateHome: "/tmp/state", home: "/home/ana")
                == "/tmp/state/tranche/history")
        #expect(
            HistoryLocation.path(xdgStateHome: "/tmp/state/", home: nil)
                == "/tmp/state/tranche/history")
    }

    @Test func fallsBackToHomeWhenUnsetEmptyOrRelative() {
        let expected = "/home/ana/.local/state/tranche/history"
        #expect(HistoryLocation.path(xdgStateHome: nil, home: "/home/ana") == expected)
        #expect(HistoryLocation.path(xdgStateHome: "", home: "/home/ana") == expected)
        #expect(HistoryLocation.path(xdgStateHome: "state", home: "/home/ana") == expected)
    }

    @Test func nowhereWithoutAnAbsoluteFolder() {
        #expect(HistoryLocation.path(xdgStateHome: nil, home: nil) == nil)
        #expect(HistoryLocation.path(xdgStateHome: nil, home: "") == nil)
    }
}
