// `undo` and `redo`: the scenario books as they were before each statement that changed them.
import DealModel
import DealScript
import Foundation

/// A bounded history of scenario books, like a spreadsheet's: each top-level statement that
/// changed the book (and succeeded) is one step; `undo` steps back, `redo` forward, and a new
/// change forgets what could be redone.
final class BookHistory: StatementObserver {
    /// One step: the book before a statement, and the statement as typed (for `undone: ...`).
    struct Step {
        let book: ScenarioBook
        let statement: String
    }

    /// Steps kept; older ones are forgotten (books share storage, so a step is cheap).
    static let limit = 100

    private(set) var undoSteps: [Step] = []
    private(set) var redoSteps: [Step] = []
    private unowned let state: DealState
    /// The book when the running top-level statement started.
    private var before: ScenarioBook?
    /// Set by `undo`/`redo`: the running statement moved through history, it is no new step.
    var movedThroughHistory = false

    init(state: DealState) { self.state = state }

    func statementStarted(_ text: String) {
        before = state.book
        state.changedSinceStart = false
        movedThroughHistory = false
    }

    func statementFinished(_ text: String, command: String?, succeeded: Bool) {
        defer {
            before = nil
            movedThroughHistory = false
        }
        guard succeeded, !movedThroughHistory, let before, state.changedSinceStart, before != state.book else { return }
        undoSteps.append(Step(book: before, statement: text))
        if undoSteps.count > BookHistory.limit { undoSteps.removeFirst(undoSteps.count - BookHistory.limit) }
        redoSteps.removeAll()
    }

    /// Forgets every step (the built-in scenario a session starts from is not one).
    func forgetAll() {
        undoSteps.removeAll()
        redoSteps.removeAll()
    }

    func statementPrinted(_ text: String) {}
    func statementReported(_ diagnostic: Diagnostic) {}

    /// Takes back the last change: returns the statement undone, nil when there is none.
    func undo(_ context: CommandContext) -> String? {
        guard let step = undoSteps.popLast() else { return nil }
        let (undoKept, redoKept) = (undoSteps, redoSteps)
        context.onRollback { [unowned self] in (self.undoSteps, self.redoSteps) = (undoKept, redoKept) }
        redoSteps.append(Step(book: state.book, statement: step.statement))
        state.book = step.book
        movedThroughHistory = true
        return step.statement
    }

    /// Puts back the last change undone: returns its statement, nil when there is none.
    func redo(_ context: CommandContext) -> String? {
        guard let step = redoSteps.popLast() else { return nil }
        let (undoKept, redoKept) = (undoSteps, redoSteps)
        context.onRollback { [unowned self] in (self.undoSteps, self.redoSteps) = (undoKept, redoKept) }
        undoSteps.append(Step(book: state.book, statement: step.statement))
        state.book = step.book
        movedThroughHistory = true
        return step.statement
    }

    /// A statement in one line for `undone: ...` (its first line without a comment, `...`
    /// when it had more).
    static func oneLine(_ statement: String) -> String {
        let lines = statement.split(separator: "\n", omittingEmptySubsequences: true)
        let first = lines.first.map { withoutComment($0).trimmingCharacters(in: .whitespaces) } ?? ""
        return lines.count > 1 ? first + " ..." : first
    }

    /// A line up to its `#` comment (a `#` inside a string is text).
    private static func withoutComment(_ line: Substring) -> String {
        var inString = false
        var escaped = false
        for i in line.indices {
            let c = line[i]
            if escaped {
                escaped = false
                continue
            }
            if inString, c == "\\" {
                escaped = true
                continue
            }
            if c == "\"" { inString.toggle() }
            if c == "#", !inString { return String(line[..<i]) }
        }
        return String(line)
    }
}
