// Where the deal vocabulary (generation, phase, tranche, vesting, ...) is registered.
// The model's command library adds its `register...` calls here.

extension CommandRegistry {
    /// Registers the commands that bind the language to DealModel.
    func registerDealCommands() {
        registerDealVocabulary()
        registerSimulationCommands()
    }
}
