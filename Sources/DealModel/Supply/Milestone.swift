// A named condition outside price and power (OpenAI's technical and commercial conditions).
import CivilTime

/// `milestone M1 on: 2027-06-30`; without a date it is not achieved.
public struct Milestone: Hashable, Sendable {
    public var name: String
    /// The day it was (or is assumed to be) achieved; nil when not achieved.
    public var achieved: CivilDate?

    public init(name: String, achieved: CivilDate? = nil) {
        self.name = name
        self.achieved = achieved
    }
}
