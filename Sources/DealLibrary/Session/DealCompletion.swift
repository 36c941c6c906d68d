// Tab completion's knowledge of the deal: term and scenario names, and the fixed words some
// commands take (`explain tranche`, `shape: linear`), offered through the language's hook.
import DealModel
import DealScript

/// The deal library's completion words for one session.
final class DealCompletion: CompletionContributor {
    private unowned let session: Session

    init(session: Session) { self.session = session }

    private var book: ScenarioBook { session.book }
    private var scenario: Scenario { book.scenario }
    private var scenarios: [String] { book.scenarios.keys.sorted() }

    /// Every term name of the scenario (generations, phases, tranches, milestones).
    private var termNames: [String] {
        scenario.generations.map(\.name) + scenario.phases.map(\.name) + scenario.tranches.map(\.name)
            + scenario.milestones.map(\.name)
    }

    var namesInScope: [String] { termNames + scenarios }

    var nameArguments: [String] { termNames }

    func positionalWords(command: String, index: Int, earlier: [String]) -> [String]? {
        let s = scenario
        switch (command, index) {
        case ("tranche", 0): return s.tranches.map(\.name)
        case ("phase", 0): return s.phases.map(\.name)
        case ("generation", 0): return s.generations.map(\.name)
        case ("milestone", 0): return s.milestones.map(\.name)
        case ("explain", 0): return ["tranche", "phase", "warrant", "value"]
        case ("explain", 1):
            return earlier.first == "phase"
                ? s.phases.map(\.name) : earlier.first == "tranche" ? s.tranches.map(\.name) : []
        case ("show", 0):
            return ["warrant", "generations", "phases", "tranches", "milestones", "price", "scenario"] + termNames
        case ("help", _): return HelpTopics.nextWords(after: earlier, in: session.commands)
        case ("use", 0), ("compare", _), ("scenario", 0): return scenarios
        case ("tour", 0): return ["next", "back", "end"]
        case ("price path", 0): return ["constant", "linear", "growth", "points", "csv"]
        case ("price model", 0): return ["gbm"]
        case ("export", 0), ("plot", 0): return ["vesting", "timeline", "deployment", "price"]
        default: return nil
        }
    }

    func labelWords(command: String, label: String) -> [String]? {
        switch label {
        case "gen": return scenario.generations.map(\.name)
        case "milestone": return scenario.milestones.map(\.name)
        case "measure": return ["close", "avg(20td)"]
        case "shape": return RampShape.allCases.map(\.rawValue)
        case "from" where command == "scenario": return scenarios
        default: return nil
        }
    }
}
