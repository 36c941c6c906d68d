// The units a number can be shown in once converted (`1.5GW -> MW`) or written as a percent.

/// A unit a number keeps for display: its name, its factor to base units and its dimension.
struct ShownUnit {
    let name: String
    let factor: Double
    let dimension: Dimension

    /// Index 0 is "the readable scale" (no fixed unit); 1 is the percent.
    static let all: [ShownUnit] = {
        var units = [
            ShownUnit(name: "", factor: 1, dimension: .none),
            ShownUnit(name: "%", factor: 0.01, dimension: .none),
        ]
        let byFactor = UnitLiteral.table.sorted {
            ($0.value.dimension.symbol, $0.value.factor) < ($1.value.dimension.symbol, $1.value.factor)
        }
        for (name, unit) in byFactor {
            units.append(ShownUnit(name: name, factor: unit.factor, dimension: unit.dimension))
        }
        units.append(ShownUnit(name: "$", factor: 1, dimension: .dollars))
        for (scale, factor) in [("k", 1e3), ("M", 1e6), ("B", 1e9), ("T", 1e12)] {
            units.append(ShownUnit(name: "$" + scale, factor: factor, dimension: .dollars))
        }
        return units
    }()

    static let percent: UInt8 = 1

    /// The index of the unit written `name` (`MW`, `$M`, `%`), nil when there is none.
    static func index(of name: String) -> UInt8? {
        all.firstIndex { $0.name == name }.map { UInt8($0) }
    }

    /// `x` (in base units) in this unit: `1,500 MW`, `$13,050M`, `55%`.
    func format(_ x: Double) -> String {
        let amount = x / factor
        if name == "%" { return NumberFormat.plain(amount) + "%" }
        if name.hasPrefix("$") {
            let sign = amount < 0 ? "-" : ""
            return sign + "$" + NumberFormat.plain(abs(amount)) + name.dropFirst()
        }
        return NumberFormat.plain(amount) + " " + name
    }
}
