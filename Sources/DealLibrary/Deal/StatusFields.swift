// A tranche's status as scripts read it and tables show it: one wording for `t.status`, the
// vesting table, `compare`, `explain` and the handout, all from `VestingOutcome.status`.
import CivilTime
import DealModel
import DealScript

enum StatusFields {
    /// `status` (`"vested"`, `"waiting"`, `"lapsed"`), `waiting_for` (`["gw", "price"]`),
    /// `vest_date` and `lapse_date` (nil unless vested or lapsed), each key after `prefix`.
    static func fields(_ status: TrancheStatus, prefix: String = "") -> [(String, Value)] {
        var vest: Value = .nil
        var lapse: Value = .nil
        switch status {
        case .vested(let d): vest = .date(d)
        case .lapsed(let d, _): lapse = .date(d)
        case .waiting: break
        }
        let waiting = Value.list(ScriptList(status.waitingFor.map { .string($0.rawValue) }))
        return [
            (prefix + "status", .string(status.word)), (prefix + "waiting_for", waiting),
            (prefix + "vest_date", vest), (prefix + "lapse_date", lapse),
        ]
    }

    /// A status cell: `vested` (its date has a column of its own), `waiting for gw, price`,
    /// `lapsed 2030-10-04 (expiry)`.
    static func text(_ status: TrancheStatus) -> String {
        if case .vested = status { return "vested" }
        return status.description
    }
}
