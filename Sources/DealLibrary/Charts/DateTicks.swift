// Where a chart's date axis gets its labels: years when the chart spans several, else
// quarters, else months.
import CivilTime
import DealModel
import DealScript

/// A labelled date on a chart's time axis.
struct DateTick: Hashable {
    var date: CivilDate
    var label: String
}

enum DateTicks {
    /// Ticks strictly inside or at the ends of `start...end`: the first of each year
    /// (`2027`), or of each quarter (`2026-04`), or of each month, whichever gives two or more.
    static func ticks(from start: CivilDate, to end: CivilDate) -> [DateTick] {
        guard start < end, start.days(to: end) <= 200 * 366 else { return [] }
        for step in [12, 3, 1] {
            var ticks: [DateTick] = []
            let c = start.components
            // The first month boundary on or after start that is a multiple of `step`.
            var month = ((c.month - 1) / step) * step + 1
            var year = c.year
            while let d = CivilDate(year: year, month: month, day: 1), d <= end {
                if d >= start {
                    ticks.append(
                        DateTick(date: d, label: step == 12 ? "\(year)" : "\(year)-\(month < 10 ? "0" : "")\(month)"))
                }
                month += step
                if month > 12 {
                    month -= 12
                    year += 1
                }
            }
            if ticks.count >= 2 || step == 1 { return ticks }
        }
        return []
    }
}
