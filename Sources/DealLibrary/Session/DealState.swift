// What the deal library keeps in a session: its scenarios (taken back when a statement
// fails), their undo history, the journal of statements, and how deep `load` has nested.
import DealModel
import DealScript

/// The deal library's state in one session (installed by `DealSession.make`).
public final class DealState {
    private var stored = ScenarioBook()
    private unowned let context: CommandContext
    /// Succeeded statements and the transcript being recorded.
    let journal = SessionJournal()
    /// The books before each change, for `undo` and `redo` (a StatementObserver).
    private(set) lazy var history = BookHistory(state: self)
    /// Whether the book was set since the running top-level statement started (so the
    /// history compares books only when something may have changed).
    var changedSinceStart = false
    /// The files `source` is running now, outermost first (absolute paths).
    var sourcing: [String] = []
    /// How many `load`s of files enclose this session (a file loading a file).
    let loadDepth: Int
    /// Where long simulations show their progress (set by the shell on a terminal; nil: nowhere).
    var progress: SimulationProgress?

    init(context: CommandContext, loadDepth: Int) {
        self.context = context
        self.loadDepth = loadDepth
    }

    /// Every scenario of the session. A change is taken back if its statement fails.
    public var book: ScenarioBook {
        get { stored }
        set {
            let old = stored
            context.onRollback { [unowned self] in self.stored = old }
            stored = newValue
            changedSinceStart = true
        }
    }
}

extension CommandContext {
    /// The deal library's state in this session.
    var deal: DealState {
        guard let state = state(DealState.self) else {
            preconditionFailure("a deal command ran in a session that DealSession.make did not set up")
        }
        return state
    }
}

extension Session {
    /// The session's scenarios (read-only from outside; commands change them).
    public var book: ScenarioBook { context.deal.book }

    /// Where long `simulate`, `sweep` and `greeks` runs show their progress (nil: nowhere).
    public var simulationProgress: SimulationProgress? {
        get { context.deal.progress }
        set { context.deal.progress = newValue }
    }
}
