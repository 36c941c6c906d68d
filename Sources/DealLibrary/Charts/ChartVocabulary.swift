// Where the chart and handout commands are registered (`registerDealCommands()` calls this).
import DealModel
import DealScript

extension CommandRegistry {
    /// Registers `plot` and `report`.
    func registerChartVocabulary() {
        registerPlotCommand()
        registerReportCommand()
    }
}
