import Testing
@testable import DealModel

@Test func emptyScenariosAreEqual() {
    #expect(Scenario() == Scenario())
}
