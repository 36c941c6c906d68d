// Global variables in one fixed block, so compiled code reads them by slot with no
// dictionary look-up and no exclusivity check; each slot's first write in a statement is
// logged for undo.

/// Storage for a session's globals: a fixed-capacity block of value slots.
final class GlobalStore {
    /// How many global names a session may have.
    static let capacity = 1 << 16
    let base: UnsafeMutablePointer<Value>
    /// Per slot, the epoch of the statement that last logged it (see `UndoLog`): a slot is
    /// logged on its first write in a statement only.
    private let stamps: UnsafeMutablePointer<Int>
    private let undo: UndoLog
    private let epoch: UnsafeMutablePointer<Int>
    /// Slots in use (only grows, at compile time).
    private(set) var count = 0

    init(undo: UndoLog) {
        base = .allocate(capacity: GlobalStore.capacity)
        stamps = .allocate(capacity: GlobalStore.capacity)
        self.undo = undo
        epoch = undo.epochPointer
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
        stamps.deallocate()
    }

    /// Adds a slot holding `.absent`; nil when the store is full.
    func append() -> Int? {
        guard count < GlobalStore.capacity else { return nil }
        (base + count).initialize(to: .absent)
        (stamps + count).initialize(to: 0)
        count += 1
        return count - 1
    }

    /// A slot's value; setting it logs the old value on the statement's first write there.
    @inline(__always) subscript(slot: Int) -> Value {
        get { base[slot] }
        set {
            if stamps[slot] < epoch.pointee { logFirstWrite(slot) }
            Frame.store(newValue, at: base + slot)
        }
    }

    /// Overwrites a slot the running statement has already logged (see `logFirstWrites`):
    /// the top-level code of a statement, whose writes it logs before it starts.
    @inline(__always) func overwriteLogged(_ value: Value, at slot: Int) {
        Frame.store(value, at: base + slot)
    }

    /// Logs the slots a statement's own top-level code assigns, before it runs, so its loops
    /// store into them with no check (`overwriteLogged`).
    func logFirstWrites(_ slots: [Int]) {
        for slot in slots where stamps[slot] < epoch.pointee { logFirstWrite(slot) }
    }

    @inline(never) private func logFirstWrite(_ slot: Int) {
        stamps[slot] = epoch.pointee
        undo.log(.global(self, slot: slot, old: base[slot]))
    }

    /// Puts back a slot's old value (undoing a failed statement); a later statement that
    /// writes it logs it again.
    func restore(_ value: Value, at slot: Int) {
        stamps[slot] = 0
        Frame.store(value, at: base + slot)
    }

    /// Whether `slot` holds a number (so the global is defined).
    @inline(__always) func holdsNumber(_ slot: Int) -> Bool {
        if case .number = base[slot] { return true }
        return false
    }

    /// Whether `slot` is not defined (so its name may name a command).
    @inline(__always) func isAbsent(_ slot: Int) -> Bool {
        if case .absent = base[slot] { return true }
        return false
    }

    /// The function in `slot`, or nil when it holds something else.
    @inline(__always) func function(_ slot: Int) -> ScriptFunction? {
        if case .function(let fn) = base[slot] { return fn }
        return nil
    }

    /// Whether `slot` holds exactly `function` (compared in place, without a reference).
    @inline(__always) func holds(_ function: Unmanaged<ScriptFunction>, at slot: Int) -> Bool {
        if case .function(let fn) = base[slot] {
            return ObjectIdentifier(fn) == ObjectIdentifier(function.takeUnretainedValue())
        }
        return false
    }
}
