// A function call's local variables: one heap block holding the slots inline.

/// Header of a frame: the enclosing function's frame (for captured variables), the slot
/// count, the function whose call it holds (unretained: the caller keeps the function alive
/// while its call runs), and how it stands with the undo log (see `UndoLog`). A pooled frame
/// is bound to the next function of its size that is called (`bind(to:)`).
struct FrameHeader {
    var parent: Frame?
    let count: Int
    var owner: Unmanaged<ScriptFunction>?
    var undo = UndoStamp(since: 0)
}

/// The slots of one function activation, allocated in a single block (no separate array).
final class Frame: ManagedBuffer<FrameHeader, Value> {
    static func make(count: Int, parent: Frame?, owner: ScriptFunction? = nil) -> Frame {
        let unretained = owner.map { Unmanaged.passUnretained($0) }
        let buffer = Frame.create(minimumCapacity: count) { _ in
            FrameHeader(parent: parent, count: count, owner: unretained)
        }
        let frame = unsafeDowncast(buffer, to: Frame.self)
        frame.withUnsafeMutablePointerToElements { $0.initialize(repeating: .nil, count: count) }
        return frame
    }

    deinit {
        withUnsafeMutablePointers { header, elements in
            _ = elements.deinitialize(count: header.pointee.count)
        }
    }

    // The header is read through its pointer: `ManagedBuffer.header` is a class's stored
    // property, so reading it directly costs a dynamic exclusivity check on every call
    // (about 3% of fib(22)'s instructions under callgrind).
    @inline(__always) var parent: Frame? { withUnsafeMutablePointerToHeader { $0.pointee.parent } }

    /// Stamped with the running statement's epoch when a closure captures the frame (the
    /// call it holds began in that statement), so a later statement logs its writes here.
    @inline(__always) var undoStamp: UndoStamp {
        get { withUnsafeMutablePointerToHeader { $0.pointee.undo } }
        set { withUnsafeMutablePointerToHeader { $0.pointee.undo = newValue } }
    }

    /// How many slots it has.
    var slotCount: Int { withUnsafeMutablePointerToHeader { $0.pointee.count } }
    /// Every slot's value, in order (to save the frame whole).
    var slots: [Value] { (0..<slotCount).map { self[$0] } }
    /// The function this frame is a call of (nil for a top-level statement's frame).
    @inline(__always) var owner: Unmanaged<ScriptFunction>? { withUnsafeMutablePointerToHeader { $0.pointee.owner } }

    /// Sets every slot back to nil and lets go of the enclosing frame (for the runtime's pool:
    /// a pooled frame keeps nothing alive).
    @inline(__always) func clear() { clear(first: slotCount) }

    /// `clear` of the first `count` slots only (the rest already nil: a frame of a depth,
    /// larger than the function whose call it held).
    @inline(__always) func clear(first count: Int) {
        withUnsafeMutablePointers { header, elements in
            for i in 0..<count { Frame.store(.nil, at: elements + i) }
            if header.pointee.parent != nil { header.pointee.parent = nil }
        }
    }

    /// Makes a pooled frame a call of `function`: its enclosing frame and owner.
    @inline(__always) func bind(to function: ScriptFunction) {
        withUnsafeMutablePointerToHeader { header in
            if let captured = function.captured { header.pointee.parent = captured }
            header.pointee.owner = Unmanaged.passUnretained(function)
        }
    }

    @inline(__always) subscript(slot: Int) -> Value {
        get { withUnsafeMutablePointerToElements { $0[slot] } }
        set { withUnsafeMutablePointerToElements { Frame.store(newValue, at: $0 + slot) } }
    }

    /// Overwrites a slot; one holding no reference is overwritten without destroying it first
    /// (skips the generic value destruction on the hot path).
    @inline(__always) static func store(_ value: __owned Value, at p: UnsafeMutablePointer<Value>) {
        if p.pointee.holdsNoReference {
            p.initialize(to: value)
        } else {
            p.pointee = value
        }
    }

    /// Writes `value` into a slot holding no reference (a new or cleared frame's, as a call's
    /// arguments are written): there is no old value to look at or destroy.
    @inline(__always) func initialize(_ slot: Int, to value: __owned Value) {
        withUnsafeMutablePointerToElements { p in
            assert(p[slot].holdsNoReference, "an argument written over a live value")
            (p + slot).initialize(to: value)
        }
    }

    /// The number in `slot` read in place (no copy of the value), or nil when it is not a number.
    @inline(__always) func number(_ slot: Int) -> (Double, Dimension)? {
        withUnsafeMutablePointerToElements { p in
            if case .number(let x, let d) = p[slot] { return (x, d) }
            return nil
        }
    }

    /// Moves the value out of `slot`, leaving nil (the return slot: saves a copy and a destroy).
    @inline(__always) func take(_ slot: Int) -> Value {
        withUnsafeMutablePointerToElements { p in
            let v = (p + slot).move()
            (p + slot).initialize(to: .nil)
            return v
        }
    }

    /// The address of `slot`. The slots lie inline in this object, so the address holds while
    /// the frame lives; a caller reads or writes through it only while it holds the frame.
    @inline(__always) func address(_ slot: Int) -> UnsafeMutablePointer<Value> {
        withUnsafeMutablePointerToElements { $0 + slot }
    }

    /// The plain number in `slot`, or NaN when the slot holds anything else.
    @inline(__always) func plainNumber(_ slot: Int) -> Double {
        withUnsafeMutablePointerToElements { Value.plainNumber(at: $0 + slot) }
    }

    /// The frame `depth` functions out (0 = this one).
    @inline(__always) func up(_ depth: Int) -> Frame {
        var f = self
        for _ in 0..<depth { f = f.parent! }
        return f
    }
}

/// A small stack of reusable frames of one size, its block allocated on the first frame given
/// back. Slots below `count` hold frames; the rest are uninitialised, so pushes and pops move
/// references instead of retaining and releasing them. Its owner calls `release` when it goes.
struct FramePool {
    static let capacity = 64
    private var slots: UnsafeMutablePointer<Frame>?
    private var count = 0

    @inline(__always) mutating func pop() -> Frame? {
        guard count > 0, let slots else { return nil }
        count -= 1
        return (slots + count).move()
    }

    /// Keeps `frame` for reuse (dropped when the pool is full).
    @inline(__always) mutating func push(_ frame: __owned Frame) {
        if count == FramePool.capacity { return }
        let block = slots ?? UnsafeMutablePointer<Frame>.allocate(capacity: FramePool.capacity)
        slots = block
        (block + count).initialize(to: frame)
        count += 1
    }

    /// Drops the frames and the block.
    mutating func release() {
        guard let slots else { return }
        slots.deinitialize(count: count)
        slots.deallocate()
        self.slots = nil
        count = 0
    }
}
