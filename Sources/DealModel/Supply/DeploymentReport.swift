// `deployment at: DATE`: delivered power, GPUs and money by phase and by generation.
import CivilTime

/// One row of the deployment report (a phase, or a generation's phases summed).
public struct DeploymentRow: Hashable, Sendable {
    /// The phase's or the generation's name.
    public var name: String
    /// The generation of the row (for a generation row, its own name).
    public var generation: String
    /// Watts delivered on the report date.
    public var deliveredWatts: Double
    /// Watts when complete.
    public var sizeWatts: Double
    /// Whole GPUs installed: delivered watts / all-in power per GPU, rounded down (a GPU
    /// not yet wholly delivered is not there); a generation's or the total is the sum of its phases'.
    public var gpus: Double
    /// OpenAI's capex, which is AMD's revenue: whole GPUs × price per GPU (0 when no price is set).
    public var revenue: Double
}

/// The whole report on one date.
public struct DeploymentReport: Hashable, Sendable {
    public var date: CivilDate
    public var phases: [DeploymentRow]
    /// Generations in the scenario's order, only those with phases.
    public var generations: [DeploymentRow]
    public var total: DeploymentRow
}

extension Scenario {
    /// Delivered power, GPUs and revenue on `date`, by phase and by generation.
    /// A phase whose generation is unknown counts its watts but no GPUs (validation reports it).
    public func deploymentReport(at date: CivilDate) -> DeploymentReport {
        var rows: [DeploymentRow] = []
        for phase in phases.map(\.planned) {  // fixed slips and shortfalls applied
            let gen = generation(named: phase.generation)
            let watts = phase.delivered(on: date)
            let gpus = gen?.wholeGPUs(forWatts: watts) ?? 0
            rows.append(
                DeploymentRow(
                    name: phase.name, generation: phase.generation, deliveredWatts: watts,
                    sizeWatts: phase.size, gpus: gpus, revenue: gpus * (gen?.price ?? 0)))
        }
        var byGeneration: [DeploymentRow] = []
        let order =
            generations.map(\.name)
            + phases.map(\.generation).filter { name in !generations.contains { $0.name == name } }
        for name in order where !byGeneration.contains(where: { $0.name == name }) {
            let mine = rows.filter { $0.generation == name }
            guard !mine.isEmpty else { continue }
            byGeneration.append(Self.sum(mine, name: name, generation: name))
        }
        return DeploymentReport(
            date: date, phases: rows, generations: byGeneration,
            total: Self.sum(rows, name: "total", generation: ""))
    }

    private static func sum(_ rows: [DeploymentRow], name: String, generation: String) -> DeploymentRow {
        DeploymentRow(
            name: name, generation: generation,
            deliveredWatts: rows.reduce(0) { $0 + $1.deliveredWatts },
            sizeWatts: rows.reduce(0) { $0 + $1.sizeWatts },
            gpus: rows.reduce(0) { $0 + $1.gpus },
            revenue: rows.reduce(0) { $0 + $1.revenue })
    }
}
