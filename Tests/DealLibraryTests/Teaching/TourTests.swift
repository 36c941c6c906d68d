import Testing

// tour: its place lives in the session; next, back and end move through the steps.
@testable import DealLibrary
@testable import DealScript

@Suite struct TourTests {
    @Test func nextAndBackMoveOneStep() {
        let (session, _) = builtInSession()
        #expect(printed("tour", in: session).hasPrefix("Tour 1/9: The deal in one screen"))
        #expect(printed("tour next", in: session).hasPrefix("Tour 2/9: Six tranches"))
        #expect(printed("tour next", in: session).hasPrefix("Tour 3/9"))
        #expect(printed("tour back", in: session).hasPrefix("Tour 2/9"))
        #expect(printed("tour", in: session).hasPrefix("Tour 2/9"), "tour alone shows the current step")
    }

    @Test func theEndAndRestart() {
        let (session, _) = builtInSession()
        #expect(printed("tour(\"9\")", in: session).hasPrefix("Tour 9/9: Your turn"))
        #expect(printed("tour next", in: session).hasPrefix("End of the tour"))
        #expect(printed("tour back", in: session).hasPrefix("Tour 8/9"))
        #expect(printed("tour end", in: session).hasPrefix("End of the tour"))
        #expect(printed("tour", in: session).hasPrefix("Tour 1/9"))
    }

    @Test func eachSessionHasItsOwnTour() {
        let (a, _) = builtInSession()
        let (b, _) = builtInSession()
        _ = printed("tour(\"5\")", in: a)
        #expect(printed("tour", in: b).hasPrefix("Tour 1/9"))
        #expect(printed("tour", in: a).hasPrefix("Tour 5/9"))
    }

    @Test func stepsAreShortAndEndWithWhatToType() {
        #expect((6...10).contains(TourGuide.steps.count))
        for step in TourGuide.steps {
            #expect(!step.commands.isEmpty)
            #expect(step.text.count < 400, "\(step.title)")
        }
    }
}
