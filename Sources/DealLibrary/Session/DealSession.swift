// A session of the language with the deal library plugged in: its commands, its state, its
// journal, its completion words and the NYSE calendar. What the shell and tests start.
import DealModel
import DealScript

/// Builds sessions that know the deal.
public enum DealSession {
    /// A session with every deal command; the built-in `amd-openai` scenario is loaded
    /// when `loadBuiltIn` is true.
    public static func make(
        options: SessionOptions = SessionOptions(), output: OutputSink,
        loadBuiltIn: Bool = true
    ) -> Session {
        make(options: options, output: output, loadBuiltIn: loadBuiltIn, loadDepth: 0)
    }

    /// A session nested `loadDepth` loads deep (`load "file.deal"` runs its file in one).
    static func make(options: SessionOptions, output: OutputSink, loadBuiltIn: Bool, loadDepth: Int) -> Session {
        let session = Session(options: options, output: output)
        session.commands.registerDealCommands()
        let state = DealState(context: session.context, loadDepth: loadDepth)
        session.context.install(state)
        session.addObserver(state.journal)
        session.addObserver(state.history)
        session.addCompletionContributor(DealCompletion(session: session))
        session.tradingCalendar = TradingCalendar.nyse
        if loadBuiltIn {
            _ = session.runScript("load \"amd-openai\"", file: "<built-in>")
            state.history.forgetAll()
        }
        return session
    }
}

extension DealSession {
    /// The name of the scenario the session is on (`base` on the built-in deal), for the greeting.
    public static func currentScenarioName(_ session: Session) -> String {
        session.context.state(DealState.self)?.book.currentName ?? "none"
    }

    /// The built-in scenarios `load "NAME"` takes (offered by Tab after `load "`).
    public static var builtInScenarioNames: [String] { Scenario.builtInNames }
}
