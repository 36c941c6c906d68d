// Where the chart and handout commands are registered (`registerDealCommands()` calls this).

extension CommandRegistry {
    /// Registers `plot` and `report`.
    func registerChartVocabulary() {
        registerPlotCommand()
        registerReportCommand()
    }
}
