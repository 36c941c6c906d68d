// The words a person reads for a model error: the term, what is wrong and what is accepted,
// with the values it carries written as the language would (`tranche T2 shares: must be ...`).
import CivilTime
import DealModel
import DealScript

extension ModelTerm {
    /// The command and the name it defines: `tranche T2` (what `CommandArguments` calls the subject).
    var subject: String { name.map { "\(command) \($0)" } ?? command }

    /// `tranche T2 price:`, `price path point 3`, `use`.
    var text: String {
        subject + (point.map { " point \($0)" } ?? "") + (label.map { " \($0):" } ?? "")
    }
}

extension ModelError {
    /// `tranche T2 price: must be a positive price target (like $250), got -5`.
    var message: String { "\(term.text) \(problem)" }

    /// What is wrong and what is accepted, after the term.
    var problem: String {
        typealias N = ModelWording
        switch self {
        case let .nameLength(_, _, accepted):
            return "needs a name of \(accepted.lowerBound) to \(accepted.upperBound) characters"
        case let .unknownName(_, entity, given, known):
            return "names no \(entity.rawValue): `\(given)`" + N.known(known, entity, given)
        case let .nameTaken(_, entity, given):
            return "`\(given)` is already a \(entity.rawValue): switch to it with `use \(given)`, "
                + "or replace it with `scenario drop \(given)` first"
        case let .dropsCurrent(_, given):
            return "`\(given)` is the current scenario: make another current first (`use NAME`)"
        case let .notPositive(_, .price, given, limit) where given > limit:
            return "must be a price of at most $\(N.scaled(Int(limit))) a share, got \(N.number(given))"
        case let .notPositive(_, quantity, given, _):
            return "must be a positive \(quantity.words), got \(N.number(given))"
        case let .negative(_, quantity, given):
            return "must be a \(quantity.words) of zero or more, got \(N.number(given))"
        case let .rateOutOfRange(_, rate, given, accepted):
            return "accepts a yearly \(rate.rawValue) from \(N.percent(accepted.lowerBound, grouped: false)) to "
                + "\(N.percent(accepted.upperBound, grouped: false)), got \(N.percent(given))"
        case let .growthOutOfRange(_, given, above, upTo):
            return "accepts a yearly rate above \(N.percent(above, grouped: false)) and up to "
                + "\(N.percent(upTo, grouped: false)), got \(N.percent(given))"
        case let .shareCount(_, given, limit):
            return "must be a positive share count up to \(N.scaled(limit)), got \(N.grouped(given))"
        case let .trancheShares(_, given, warrantShares):
            return "must be from 1 to the warrant's \(N.grouped(warrantShares)) shares, got \(N.grouped(given))"
        case let .sharesPastWarrant(term, given, total, _) where term.command == "warrant":
            let totalText = total == Int.max ? "" : " of \(N.grouped(total))"
            return "\(N.grouped(given)) is below the tranches' total\(totalText): lower their shares first"
        case let .sharesPastWarrant(term, given, total, warrantShares):
            let others = total == Int.max ? nil : total - given
            let room = others.map { warrantShares - $0 } ?? 0
            let totalText = total == Int.max ? "" : " to \(N.grouped(total))"
            return "\(N.grouped(given)) brings the tranches' total\(totalText), past the warrant's "
                + "\(N.grouped(warrantShares)) shares ("
                + (room > 0
                    ? "\(term.name ?? "this tranche") can hold at most \(N.grouped(room)))"
                    : "the other tranches already hold \(N.grouped(others ?? total)))")
        case let .windowOutOfRange(_, given, accepted):
            return "accepts close or avg(Ntd) with N from \(accepted.lowerBound) to \(accepted.upperBound), "
                + "got avg(\(given)td)"
        case let .rampOutOfRange(_, given, maxYears):
            return "accepts a duration from 0 to \(N.number(maxYears)) years (like 12mo), "
                + "got \(N.number(given.amount))\(given.unit.rawValue)"
        case let .dateOutOfRange(_, given, accepted):
            return "accepts dates from \(accepted.lowerBound) to \(accepted.upperBound), got \(given)"
        case let .expiryNotAfterIssue(_, given, issued):
            return "must be after issued: (\(issued)), got \(given)"
        case let .deadlineAfterExpiry(_, given, expiry):
            return "must be on or before the warrant's expiry \(expiry), got \(given)"
        case let .deadlineBeforeIssue(_, given, issued):
            return "must be on or after the warrant's issue \(issued), got \(given)"
        case let .endNotAfterStart(_, start, end):
            return "needs its second date after the first, got \(start) and \(end)"
        case let .datesNotIncreasing(_, given, previous):
            return "dates must increase, but \(given) follows \(previous)"
        case let .priceTooLarge(_, date, ceiling):
            return "passes $\(N.scaled(Int(ceiling))) a share on \(date), past the largest price tranche values; "
                + "use a lower start or rate"
        case .noPoints:
            return "needs at least one [date, price] point"
        case .noEnd:
            return "continues a path from its last date, and the current path goes on by itself "
                + "(extend a csv, closes, points or linear path)"
        case .needsWarrant:
            return "needs a warrant first (set it with \(N.setsWarrant))"
        case .notSet(let term):
            switch term.command {
            case "warrant": return "is not set (set it with \(N.setsWarrant))"
            case "price path": return "is not set (set it with `price path growth|constant|linear|points|csv ...`)"
            default: return "is not set"
            }
        }
    }
}

extension ModelError.Quantity {
    /// What the number should be: `price target (like $250)`.
    var words: String {
        switch self {
        case .powerPerGPU: return "power per GPU (all-in facility watts)"
        case .boardPower: return "board power"
        case .memory: return "memory size"
        case .compute: return "FLOP/s"
        case .pricePerGPU: return "price per GPU"
        case .phaseSize: return "power (like 1GW)"
        case .deliveredPower: return "delivered power (like 2GW)"
        case .pricePerShare: return "price per share"
        case .priceTarget: return "price target (like $250)"
        case .price: return "price"
        }
    }
}

/// The pieces model error messages share. Numbers are echoed with whole numbers grouped
/// (`160,000,000`) and others as Swift writes them (`0.55`, `1e+20`), so a rejected value
/// reads back exactly.
enum ModelWording {
    static let setsWarrant = "`warrant shares: ... expires: ...`"

    static func number(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf") }
        if x == x.rounded(), abs(x) < 1e15 { return grouped(Int(x)) }
        return "\(x)"
    }

    static func grouped(_ n: Int) -> String {
        (n < 0 ? "-" : "") + DigitGroups.insert(",", into: String(n.magnitude))
    }

    /// `50%` for 0.5; bounds are written ungrouped, as in `10000%`.
    static func percent(_ x: Double, grouped: Bool = true) -> String {
        let p = x * 100
        if !grouped, p == p.rounded(), abs(p) < 1e15 { return String(Int(p)) + "%" }
        return number(p) + "%"
    }

    /// A round count with the language's scale suffix: `1T` for 10^12.
    static func scaled(_ n: Int) -> String {
        for (factor, suffix) in [(1_000_000_000_000, "T"), (1_000_000_000, "B"), (1_000_000, "M"), (1_000, "k")]
        where n >= factor && n % factor == 0 {
            return "\(n / factor)\(suffix)"
        }
        return grouped(n)
    }

    /// After `names no milestone: `M``: the names there are, or how to define the first.
    static func known(_ names: [String], _ entity: ModelError.Entity, _ given: String) -> String {
        guard names.isEmpty else { return "; known: " + names.joined(separator: ", ") }
        switch entity {
        case .generation: return " (none defined yet)"
        case .milestone: return " (define it with `milestone \(given)`)"
        case .scenario: return "; known: "
        }
    }
}
