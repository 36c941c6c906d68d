// Where the deal vocabulary (generation, phase, tranche, vesting, ...) is registered.
// Each command family adds one `register...` call here.
import DealModel
import DealScript

extension CommandRegistry {
    /// Registers the commands that bind the language to DealModel.
    func registerDealCommands() {
        registerDealVocabulary()
        registerPersistenceCommands()
        registerSourceCommand()
        registerTeaching()
        registerChartVocabulary()
        registerSimulationCommands()
    }
}
