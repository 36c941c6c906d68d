// Errors of the model as values: the term at fault, what was given and what is accepted.
// The words people read are written above the model (DealLibrary's `ModelError+Wording`).
import CivilTime

/// A model error. Each case carries the term at fault, the value given and the bound or
/// the names it is judged against, as numbers, dates and names.
public enum ModelError: Error, Hashable, Sendable {
    /// A name shorter or longer than `accepted` characters.
    case nameLength(ModelTerm, given: String, accepted: ClosedRange<Int>)
    /// A name that names no `entity`; `known` lists those that exist, in definition order.
    case unknownName(ModelTerm, Entity, given: String, known: [String])
    /// A new `entity` under a name that one already has (nothing is replaced silently).
    case nameTaken(ModelTerm, Entity, given: String)
    /// Dropping the current scenario (another must be made current first).
    case dropsCurrent(ModelTerm, given: String)
    /// A quantity that must be positive, and at most `limit`, is not (or is not a number).
    case notPositive(ModelTerm, Quantity, given: Double, limit: Double)
    /// A quantity that must be zero or more is negative (or not a number).
    case negative(ModelTerm, Quantity, given: Double)
    /// A yearly rate (volatility, drift) outside `accepted` (0.55 is 55%).
    case rateOutOfRange(ModelTerm, Rate, given: Double, accepted: ClosedRange<Double>)
    /// A growth rate not above `above` or past `upTo` (-1 is -100%: nothing would be left).
    case growthOutOfRange(ModelTerm, given: Double, above: Double, upTo: Double)
    /// The warrant's share count (or the shares outstanding) outside 1...`limit`.
    case shareCount(ModelTerm, given: Int, limit: Int)
    /// A tranche's shares outside 1...`warrantShares`.
    case trancheShares(ModelTerm, given: Int, warrantShares: Int)
    /// A tranche whose `given` shares bring the tranches' `total` past `warrantShares` (a total
    /// too large for an Int is `Int.max`).
    case sharesPastWarrant(ModelTerm, given: Int, total: Int, warrantShares: Int)
    /// An averaging window of `given` trading days outside `accepted`.
    case windowOutOfRange(ModelTerm, given: Int, accepted: ClosedRange<Int>)
    /// A ramp not from zero to `maxYears` years long.
    case rampOutOfRange(ModelTerm, given: CalendarDuration, maxYears: Double)
    /// A date outside the calendar's `accepted` range.
    case dateOutOfRange(ModelTerm, given: CivilDate, accepted: ClosedRange<CivilDate>)
    /// A warrant whose expiry is not after its issue date.
    case expiryNotAfterIssue(ModelTerm, given: CivilDate, issued: CivilDate)
    /// A tranche deadline after the warrant's expiry.
    case deadlineAfterExpiry(ModelTerm, given: CivilDate, expiry: CivilDate)
    /// A tranche deadline before the warrant's issue date.
    case deadlineBeforeIssue(ModelTerm, given: CivilDate, issued: CivilDate)
    /// A straight-line path whose end date is not after its start date.
    case endNotAfterStart(ModelTerm, start: CivilDate, end: CivilDate)
    /// A point dated on or before the point before it.
    case datesNotIncreasing(ModelTerm, given: CivilDate, previous: CivilDate)
    /// A list of points with none in it.
    case noPoints(ModelTerm)
    /// `price path extend` on a path with no last date to continue from (constant, growth).
    case noEnd(ModelTerm)
    /// A term that needs the warrant, defined before there is one.
    case needsWarrant(ModelTerm)
    /// A term a report needs (the warrant, the price path) is not set.
    case notSet(ModelTerm)
    /// A price path whose close passes `ceiling` on `date` (a growth compounded far enough
    /// overflows; values are shares × price, so prices stay far below a Double's limit).
    case priceTooLarge(ModelTerm, date: CivilDate, ceiling: Double)

    /// What a name names.
    public enum Entity: String, Hashable, Sendable {
        case generation, milestone, scenario
    }

    /// What a number measures, so the message can say what is expected.
    public enum Quantity: String, Hashable, Sendable {
        /// A generation's all-in facility power per GPU, and its board power.
        case powerPerGPU, boardPower
        case memory, compute, pricePerGPU
        /// A phase's size and a tranche's delivered-power condition.
        case phaseSize, deliveredPower
        /// The warrant's strike, a tranche's price target, a price on a path or in a model.
        case pricePerShare, priceTarget, price
    }

    /// A yearly rate of the price model.
    public enum Rate: String, Hashable, Sendable {
        case volatility, drift, rate
    }

    /// What kind of mistake, for tools and tests.
    public enum Kind: String, Hashable, Sendable {
        case unknownName, invalidValue, inconsistent, missing
    }

    public var kind: Kind {
        switch self {
        case .unknownName: return .unknownName
        case .nameLength, .notPositive, .negative, .rateOutOfRange, .growthOutOfRange, .shareCount,
            .trancheShares, .windowOutOfRange, .rampOutOfRange, .dateOutOfRange:
            return .invalidValue
        case .nameTaken, .dropsCurrent, .sharesPastWarrant, .expiryNotAfterIssue, .deadlineAfterExpiry,
            .deadlineBeforeIssue,
            .endNotAfterStart, .datesNotIncreasing, .priceTooLarge:
            return .inconsistent
        case .noPoints, .noEnd, .needsWarrant, .notSet: return .missing
        }
    }

    /// The term at fault.
    public var term: ModelTerm {
        switch self {
        case .nameLength(let t, _, _), .unknownName(let t, _, _, _), .nameTaken(let t, _, _),
            .dropsCurrent(let t, _), .notPositive(let t, _, _, _),
            .negative(let t, _, _), .rateOutOfRange(let t, _, _, _), .growthOutOfRange(let t, _, _, _),
            .shareCount(let t, _, _), .trancheShares(let t, _, _), .sharesPastWarrant(let t, _, _, _),
            .windowOutOfRange(let t, _, _), .rampOutOfRange(let t, _, _), .dateOutOfRange(let t, _, _),
            .expiryNotAfterIssue(let t, _, _), .deadlineAfterExpiry(let t, _, _),
            .deadlineBeforeIssue(let t, _, _), .endNotAfterStart(let t, _, _),
            .datesNotIncreasing(let t, _, _), .noPoints(let t), .noEnd(let t), .needsWarrant(let t),
            .notSet(let t), .priceTooLarge(let t, _, _):
            return t
        }
    }
}
