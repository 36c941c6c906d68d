// The process-wide interrupt flag: set, read and cleared.
import Testing
@testable import DealScript

@Test func interruptFlagSetsAndClears() {
    Interrupt.clear()
    #expect(!Interrupt.isRequested)
    Interrupt.request()
    #expect(Interrupt.isRequested)
    Interrupt.clear()
    #expect(!Interrupt.isRequested)
}
