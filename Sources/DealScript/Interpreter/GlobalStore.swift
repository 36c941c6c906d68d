// Global variables in one fixed block, so compiled code reads them by slot with no
// dictionary look-up and no exclusivity check.

/// Storage for a session's globals: a fixed-capacity block of value slots.
final class GlobalStore {
    /// How many global names a session may have.
    static let capacity = 1 << 16
    let base: UnsafeMutablePointer<Value>
    /// Slots in use (only grows, at compile time).
    private(set) var count = 0

    init() {
        base = .allocate(capacity: GlobalStore.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Adds a slot holding `.absent`; nil when the store is full.
    func append() -> Int? {
        guard count < GlobalStore.capacity else { return nil }
        (base + count).initialize(to: .absent)
        count += 1
        return count - 1
    }

    @inline(__always) subscript(slot: Int) -> Value {
        get { base[slot] }
        set { Frame.store(newValue, at: base + slot) }
    }

    /// The number in `slot` read in place, or nil when it is not a number.
    @inline(__always) func number(_ slot: Int) -> (Double, Dimension)? {
        if case .number(let x, let d) = base[slot] { return (x, d) }
        return nil
    }

    /// The plain number in `slot`, or NaN when the slot holds anything else.
    @inline(__always) func plainNumber(_ slot: Int) -> Double {
        if case .number(let x, let d) = base[slot], d.isNone { return x }
        return .nan
    }

    /// Whether `slot` holds a number (so the global is defined).
    @inline(__always) func holdsNumber(_ slot: Int) -> Bool {
        if case .number = base[slot] { return true }
        return false
    }

    /// The function in `slot`, or nil when it holds something else.
    @inline(__always) func function(_ slot: Int) -> ScriptFunction? {
        if case .function(let fn) = base[slot] { return fn }
        return nil
    }

    /// Whether `slot` holds exactly `function` (compared in place, without a reference).
    @inline(__always) func holds(_ function: Unmanaged<ScriptFunction>, at slot: Int) -> Bool {
        if case .function(let fn) = base[slot] { return ObjectIdentifier(fn) == ObjectIdentifier(function.takeUnretainedValue()) }
        return false
    }

    /// The values now, to put back if a statement fails.
    func snapshot() -> [Value] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Puts back a snapshot; slots created since it become undefined again.
    func restore(_ saved: [Value]) {
        for i in 0..<count { base[i] = i < saved.count ? saved[i] : .absent }
    }
}
