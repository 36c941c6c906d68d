// Where the deal vocabulary (generation, phase, tranche, vesting, ...) is registered.
// Each command family adds one `register...` call here.
import DealModel
import DealScript

extension CommandRegistry {
    /// Registers the commands that bind the language to DealModel.
    func registerDealCommands() {
        // A deal command costs tens to hundreds of microseconds, a loop step some nanoseconds:
        // at 100 steps a call, `--max-steps 1000000` allows 10,000 calls, a few seconds at most.
        stepsPerCall = 100
        defer { stepsPerCall = 1 }
        registerDealVocabulary()
        registerPersistenceCommands()
        registerSourceCommand()
        registerTeaching()
        registerChartVocabulary()
        registerSimulationCommands()
    }
}
