// `simulate` on a scenario with several deals: each deal valued alone (exactly what loading it
// alone gives), then every deal's tranches on the same paths of the one share price for what
// only the joint distribution says: the chance that both warrants fully vest, combined shares.
import CivilTime
import DealModel
import DealScript

/// The runs behind a several-deal `simulate`.
enum JointSimulation {
    static func run(_ args: CommandArguments, _ context: CommandContext) throws -> JointSimulationObject {
        if args["part"] != nil || args["of"] != nil || args.bool("greeks") == true {
            throw ScriptError(
                "simulate part:/of: and greeks: value one deal: `deal NAME` picks it in a scenario with several "
                    + "(or load it alone)")
        }
        let scenario = context.deal.book.scenario
        var deals: [(name: String, object: SimulationObject)] = []
        var inputs: [SimulationInput] = []
        var alones: [Scenario] = []
        var request: SimulationRun?
        for (deal, alone) in zip(scenario.deals, scenario.eachDeal) {
            let valuation: Valuation
            do {
                valuation = try Valuation(args, scenario: alone, name: context.scenarioName)
            } catch let e as ScriptError {
                throw ScriptError("simulate, deal \(deal.label): \(e.message)", range: e.range)
            }
            let run = try SimulationRun(
                args, context, model: valuation.model, input: valuation.input,
                defaultPaths: 100_000, runs: scenario.deals.count + 1, command: "simulate")
            request = run
            deals.append((deal.label, SimulationObject(try run.run(valuation.input), heading: valuation.heading)))
            inputs.append(valuation.input)
            alones.append(alone)
        }
        guard let request, let joint = combined(inputs, scenarios: alones, names: deals.map(\.name)) else {
            throw ScriptError(
                "simulate: the deals' paths cannot be joined (their valuations start on different days or "
                    + "their strikes differ)")
        }
        let result = try request.run(joint.input)
        let outstanding = SeveralDeals.outstanding(scenario)
        return JointSimulationObject(
            deals: deals, joint: result, masks: joint.masks, shares: joint.input.shares,
            outstanding: outstanding, scenario: context.scenarioName,
            valuationDate: joint.valuationDate(scenario, asOf: args.date("as_of")))
    }

    /// Every deal's tranches in one input, on the shared day 0; nil when the deals' inputs do
    /// not share day 0, its price and the strike. Values are discounted to the earliest
    /// valuation date (the first issue, or `as_of:`).
    static func combined(_ inputs: [SimulationInput], scenarios: [Scenario], names: [String]) -> Joint? {
        guard var all = inputs.first else { return nil }
        // With delivery risk in any deal, every deal's tranches are dated by the engine.
        let drawn = inputs.contains { $0.delivery != nil }
        var delivery: DeliveryRisk?
        var masks: [UInt64] = []
        var offset = 0
        all.tranches = []
        all.names = []
        all.shares = []
        all.settled = []
        for (input, deal) in zip(inputs, names) {
            guard input.start == all.start, input.s0 == all.s0, input.strike == all.strike,
                offset + input.tranches.count <= SimulationInput.maxTranches
            else { return nil }
            masks.append(((1 << UInt64(input.tranches.count)) - 1) << UInt64(offset))
            offset += input.tranches.count
            all.tranches += input.tranches
            all.names += input.names.map { "\(deal) \($0)" }
            all.shares += input.shares
            all.settled += input.settled
            all.lastDay = max(all.lastDay, input.lastDay)
            all.valuationToDayZero = max(all.valuationToDayZero, input.valuationToDayZero)
            if input.history.count > all.history.count { all.history = input.history }
        }
        if drawn {
            for (input, s) in zip(inputs, scenarios) {
                guard let w = s.warrant else { return nil }
                let risk =
                    input.delivery
                    ?? SimulationSetup.delivery(for: s, input: input, warrant: w, calendar: input.calendar)
                if delivery == nil { delivery = risk } else { delivery?.append(risk) }
            }
        }
        all.delivery = delivery
        return Joint(input: all, masks: masks)
    }

    struct Joint {
        var input: SimulationInput
        /// Per deal, the bits of its tranches in `input`.
        var masks: [UInt64]

        /// The date the joint values are discounted to: `as_of:`, else the first issue date.
        func valuationDate(_ s: Scenario, asOf: CivilDate?) -> CivilDate {
            asOf ?? s.deals.compactMap { $0.warrant?.issued }.min() ?? input.start
        }
    }
}
