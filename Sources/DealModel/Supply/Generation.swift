// A GPU generation: what one GPU draws, holds, computes and costs.
import CivilTime

/// An AMD Instinct generation (`generation MI450 shipped: 2026H2 power: 3kW ...`).
public struct Generation: Hashable, Sendable {
    public var name: String
    /// First shipments.
    public var shipped: CivilDate?
    /// All-in facility power per GPU in watts (board, CPU, network, cooling): what a deal's GW counts.
    public var power: Double
    /// The GPU board's own power in watts, when recorded.
    public var boardPower: Double?
    /// HBM bytes per GPU.
    public var memoryBytes: Double?
    /// Dense FP8 FLOP/s per GPU.
    public var fp8: Double?
    /// Dense FP4 FLOP/s per GPU.
    public var fp4: Double?
    /// Price per GPU in dollars (rack-level, all-in): AMD's revenue per GPU.
    public var price: Double?

    public init(
        name: String, shipped: CivilDate? = nil, power: Double, boardPower: Double? = nil,
        memoryBytes: Double? = nil, fp8: Double? = nil, fp4: Double? = nil, price: Double? = nil
    ) {
        self.name = name
        self.shipped = shipped
        self.power = power
        self.boardPower = boardPower
        self.memoryBytes = memoryBytes
        self.fp8 = fp8
        self.fp4 = fp4
        self.price = price
    }

    /// GPUs that `watts` of facility power holds.
    public func gpus(forWatts watts: Double) -> Double { power > 0 ? watts / power : 0 }

    /// Whole GPUs that `watts` holds: rounded down, within the deployment's tolerance so that
    /// 3 GW of 3 kW GPUs is 1,000,000 even when the sum of ramps lands a hair under.
    public func wholeGPUs(forWatts watts: Double) -> Double {
        let n = gpus(forWatts: watts)
        guard n.isFinite, n > 0 else { return 0 }
        return (n * (1 + Deployment.tolerance)).rounded(.down)
    }
}
