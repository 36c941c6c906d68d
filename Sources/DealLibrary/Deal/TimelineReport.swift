// `timeline` as a report: dated events, causes before effects on the same day.
import DealModel
import DealScript

extension TimelineEventKind {
    /// The JSON name of the event kind.
    var key: String {
        switch self {
        case .warrantIssued: return "warrant_issued"
        case .pricesBegin: return "prices_begin"
        case .phaseStarted: return "phase_started"
        case .phaseCompleted: return "phase_completed"
        case .levelReached: return "level_reached"
        case .milestoneAchieved: return "milestone_achieved"
        case .targetMet: return "target_met"
        case .vested: return "vested"
        case .lapsed: return "lapsed"
        case .warrantExpired: return "warrant_expired"
        }
    }
}

extension TimelineEvent {
    /// The amount with its unit: watts for phases and levels, dollars for targets, shares otherwise.
    var amountValue: Value {
        guard let a = amount else { return .nil }
        switch kind {
        case .phaseStarted, .phaseCompleted, .levelReached: return .number(a, .watts)
        case .targetMet, .pricesBegin: return .number(a, .dollars)
        default: return .plain(a)
        }
    }

    /// The event in plain words: `T1 vested (26,666,667 shares)`.
    var words: String {
        let amount = amountValue.display
        switch kind {
        case .warrantIssued: return "warrant issued (\(amount) shares)"
        case .pricesBegin: return "market closes begin (\(amount); no price before)"
        case .phaseStarted: return "\(subject) starts (\(amount))"
        case .phaseCompleted: return "\(subject) complete (\(amount))"
        case .levelReached: return "\(amount) delivered"
        case .milestoneAchieved: return "\(subject) achieved"
        case .targetMet: return "\(subject) price target \(amount) met"
        case .vested: return "\(subject) vests (\(amount) shares)"
        case .lapsed: return "\(subject) lapses (\(amount) shares)"
        case .warrantExpired: return "warrant expires"
        }
    }
}

extension ReportTable {
    /// The scenario's timeline.
    static func timeline(_ events: [TimelineEvent], scenario: String) -> ReportTable {
        let rows: [[(String, Value)]] = events.map { e in
            [
                ("date", .date(e.date)), ("event", .string(e.kind.key)),
                ("subject", e.subject.isEmpty ? .nil : .string(e.subject)), ("amount", e.amountValue),
                ("text", .string(e.words)),
            ]
        }
        return ReportTable(
            typeName: "timeline", title: "timeline (scenario \(scenario))",
            columns: [ReportColumn("date", "date"), ReportColumn("text", "event")],
            rows: rows, summary: [("scenario", .string(scenario)), ("events", .plain(Double(events.count)))])
    }
}
