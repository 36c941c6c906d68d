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

/// How a list, record or captured frame stands with the running statement's undo log.
struct UndoStamp {
    /// The epoch since which its changes need no log: when it was made (for a frame: when a
    /// closure captured it), or when a statement saved it whole.
    var since: Int
    /// The statement that last logged single changes of it, and how many.
    var countedIn = 0
    var logged = 0
}

/// One change to take back: where it was made and what was there before.
enum Change {
    /// A global slot overwritten (`.absent` when the statement defined it).
    case global(GlobalStore, slot: Int, old: Value)
    /// A slot of a frame a closure had captured before the statement began.
    case frameSlot(Frame, slot: Int, old: Value)
    /// Every slot of such a frame.
    case frameSlots(Frame, [Value], since: Int)
    /// A list item overwritten.
    case listItem(ScriptList, index: Int, old: Value)
    /// A list grown from `count` items (by `append`).
    case listCount(ScriptList, count: Int)
    /// An item taken out of a list (by `remove`).
    case listRemoval(ScriptList, index: Int, item: Value)
    /// Every item of a list.
    case listItems(ScriptList, [Value], since: Int)
    /// A record field set; nil when the statement added it.
    case field(ScriptRecord, key: String, old: Value?)
    /// Every field of a record.
    case fields(ScriptRecord, keys: [String], values: [Value], since: Int)
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

    /// True when a change to a thing stamped `stamp` must be logged: it existed before the
    /// running statement began, and the statement has not saved it whole.
    @inline(__always) func predates(_ stamp: UndoStamp) -> Bool { stamp.since < epochPointer.pointee }

    @inline(__always) func log(_ change: Change) { changes.append(change) }

    /// Counts one more single change of a thing with `parts` parts (items, fields, slots);
    /// true when saving it whole is due instead: once the statement has logged more single
    /// changes of it than it has parts (and a few, so a small thing is not copied for one
    /// change), a whole copy costs no more, and ends the logging: a loop writing into an
    /// older list logs about its length, however many times it runs.
    func savesWhole(_ stamp: inout UndoStamp, parts: Int) -> Bool {
        if stamp.countedIn != epoch {
            stamp.countedIn = epoch
            stamp.logged = 0
        }
        stamp.logged += 1
        return stamp.logged > parts + 8
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
        // Taken out first (a copy of this statement's part only), so an undo that registers
        // another one while it runs cannot feed this loop.
        let undone = Array(changes[mark.count...])
        changes.removeSubrange(mark.count...)
        epochPointer.pointee = mark.outerEpoch
        for change in undone.reversed() { UndoLog.undo(change) }
    }

    private static func undo(_ change: Change) {
        switch change {
        case .global(let store, let slot, let old): store.restore(old, at: slot)
        case .frameSlot(let frame, let slot, let old): frame[slot] = old
        case .frameSlots(let frame, let slots, let since):
            for (slot, old) in slots.enumerated() { frame[slot] = old }
            frame.undoStamp.since = since
        case .listItem(let list, let index, let old): list.items[index] = old
        case .listCount(let list, let count): list.items.removeLast(list.items.count - count)
        case .listRemoval(let list, let index, let item): list.items.insert(item, at: index)
        case .listItems(let list, let items, let since):
            list.items = items
            list.undoStamp.since = since
        case .field(let record, let key, let old): record[key] = old
        case .fields(let record, let keys, let values, let since):
            record.restore(keys: keys, values: values)
            record.undoStamp.since = since
        case .host(let undo): undo()
        }
    }
}
