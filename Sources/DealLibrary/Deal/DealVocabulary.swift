// Where the deal commands are registered: one call per command family.
import DealModel
import DealScript

extension CommandRegistry {
    /// Registers every deal command (terms, price, reports, scenarios, accessors).
    /// `registerDealCommands()` (the language's hook, called by every `Session`) should call this.
    func registerDealVocabulary() {
        registerTermCommands()
        registerDealSelection()
        registerEconomics()
        registerPriceCommands()
        registerReportCommands()
        registerScenarioCommands()
        registerAccessors()
    }
}

extension CommandContext {
    /// The name of the current scenario.
    var scenarioName: String { deal.book.currentName }
}
