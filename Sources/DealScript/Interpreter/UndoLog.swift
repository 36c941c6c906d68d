// The undo log of the running top-level statement: each change it made to what existed before
// it began, replayed backwards if it fails. A failure so costs what the statement changed,
// never what the session holds.
import Synchronization

/// Statement epochs, numbered across the process: whatever is made (a list, a record, a frame
/// a closure captures) is stamped with the epoch of that moment, so "made while the running
/// statement ran, so nothing before it could see it" is one comparison: `stamp >= epoch`.
enum StatementEpoch {
    private static let counter = Atomic<Int>(0)

    /// The stamp for something made now.
    @inline(__always) static var now: Int { counter.load(ordering: .relaxed) }

    /// A new epoch for a statement beginning now (later than every stamp so far).
    static func next() -> Int { counter.wrappingAdd(1, ordering: .relaxed).newValue }
}

/// One change to take back: where it was made and what was there before.
enum Change {
    /// A global slot overwritten (`.absent` when the statement defined it).
    case global(GlobalStore, slot: Int, old: Value)
    /// A slot of a frame a closure had captured before the statement began.
    case frameSlot(Frame, slot: Int, old: Value)
    /// A list item overwritten.
    case listItem(ScriptList, index: Int, old: Value)
    /// A list grown from `count` items (by `append`).
    case listCount(ScriptList, count: Int)
    /// An item taken out of a list (by `remove`).
    case listRemoval(ScriptList, index: Int, item: Value)
    /// A record field set; nil when the statement added it.
    case field(ScriptRecord, key: String, old: Value?)
    /// A host's own undo (`CommandContext.onRollback`).
    case host(() -> Void)
}

/// The changes of the running statement, newest last. Outside a statement the epoch is 0,
/// which no stamp is below, so nothing is logged.
final class UndoLog {
    /// Where the running statement's epoch lives: behind a pointer, so the hot paths that
    /// compare a stamp with it skip exclusivity checks.
    let epochPointer: UnsafeMutablePointer<Int>
    private var changes: [Change] = []

    /// Where a statement's changes start in the log, and the epoch of the statement around it
    /// (a command may run statements inside a statement).
    struct Mark {
        fileprivate let count: Int
        fileprivate let outerEpoch: Int
    }

    init() {
        epochPointer = .allocate(capacity: 1)
        epochPointer.initialize(to: 0)
    }

    deinit { epochPointer.deallocate() }

    /// The running statement's epoch (0 between statements).
    @inline(__always) var epoch: Int { epochPointer.pointee }

    /// How many changes are logged (for tests).
    var count: Int { changes.count }

    /// True when a thing stamped `stamp` existed before the running statement began, so a
    /// change to it must be logged.
    @inline(__always) func predates(_ stamp: Int) -> Bool { stamp < epochPointer.pointee }

    @inline(__always) func log(_ change: Change) { changes.append(change) }

    /// Logs an append to `list`, which has `count` items now; a run of appends with nothing
    /// logged in between needs only the first count.
    func logAppend(to list: ScriptList, count: Int) {
        if case .listCount(let last, _)? = changes.last, last === list { return }
        changes.append(.listCount(list, count: count))
    }

    /// Starts a statement: a new epoch, changes logged from here.
    func begin() -> Mark {
        let mark = Mark(count: changes.count, outerEpoch: epoch)
        epochPointer.pointee = StatementEpoch.next()
        return mark
    }

    /// Ends a statement that succeeded: its changes are forgotten, or kept for the statement
    /// around it to take back if that one fails.
    func commit(_ mark: Mark) {
        epochPointer.pointee = mark.outerEpoch
        if mark.outerEpoch == 0 { changes.removeAll(keepingCapacity: changes.count <= 4096) }
    }

    /// Ends a statement that failed: its changes are taken back, newest first.
    func rollBack(_ mark: Mark) {
        let undone = changes[mark.count...]
        changes.removeSubrange(mark.count...)
        epochPointer.pointee = mark.outerEpoch
        for change in undone.reversed() { UndoLog.undo(change) }
    }

    private static func undo(_ change: Change) {
        switch change {
        case .global(let store, let slot, let old): store.restore(old, at: slot)
        case .frameSlot(let frame, let slot, let old): frame[slot] = old
        case .listItem(let list, let index, let old): list.items[index] = old
        case .listCount(let list, let count): list.items.removeLast(list.items.count - count)
        case .listRemoval(let list, let index, let item): list.items.insert(item, at: index)
        case .field(let record, let key, let old): record[key] = old
        case .host(let undo): undo()
        }
    }
}
