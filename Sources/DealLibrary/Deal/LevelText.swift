// The one display rule for delivered power: never show a level that is not reached
// (1.9959 GW reads `1.99 GW`, not `2 GW`, while T2 waits for 2 GW).
import DealModel
import DealScript

enum LevelText {
    /// Delivered watts at the language's readable scale and two decimals, rounded down unless
    /// rounding up stays within the deployment's tolerance of what is delivered (so the sum of
    /// ramps that lands a hair under 6 GW still reads `6 GW`, as `gw:` conditions count it).
    static func delivered(_ watts: Double) -> String {
        guard watts.isFinite, watts > 0 else { return NumberFormat.quantity(watts, .watts) }
        var scale = 1.0
        for s in [1e3, 1e6, 1e9, 1e12] where Deployment.reaches(watts, s) { scale = s }
        let v = watts / scale
        var shown = (v * 100).rounded() / 100
        if shown > v, !Deployment.reaches(watts, shown * scale) { shown = (v * 100).rounded(.down) / 100 }
        return NumberFormat.quantity(shown * scale, .watts)
    }
}

extension LevelText {
    /// A table cell: a number of watts by the rule above.
    static func watts(_ v: Value) -> String {
        guard case .number(let w, .watts) = v else { return v.display }
        return delivered(w)
    }
}
