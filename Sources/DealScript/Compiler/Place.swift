// Variables compiled code reads in place: a list's item or a record's field is read where the
// list or record lies, without copying it out of its variable (a reference count each way).

/// Where a variable's value lies: a local of the running function, or a global.
enum Place {
    case local(Int)
    case global(UnsafeMutablePointer<Value>)

    /// The value's address in the running frame `f`, for a read right away (the caller holds
    /// `f` for the whole read). An address, not a closure run on it: the optimizer left such a
    /// closure out of line, a call of its own per read (about 20 instructions of each `t.gw`).
    @inline(__always) func address(_ f: Frame) -> UnsafeMutablePointer<Value> {
        switch self {
        case .local(let slot): return f.address(slot)
        case .global(let p): return p
        }
    }

    /// Item `x` of the list at `p`, or nil when `p` holds no list or `x` is not one of its indexes.
    @inline(__always) static func listItem(_ p: UnsafeMutablePointer<Value>, _ x: Double) -> Value? {
        guard case .list(let l) = p.pointee, let n = Int(exactly: x), n >= 0, n < l.items.count else { return nil }
        return l.items[n]
    }

    /// Item `k` of the list at `p` as a plain number, or NaN when `p` holds no list, `k` is not
    /// one of its indexes or the item is not a plain number (see `Compiler.plainNumber`).
    @inline(__always) static func plainItem(_ p: UnsafeMutablePointer<Value>, _ k: Double) -> Double {
        guard case .list(let l) = p.pointee, k >= 0, k < Double(l.items.count) else { return .nan }
        // A round trip through Int tells a whole index without a libm call.
        let n = Int(k)
        guard Double(n) == k, case .number(let x, let d) = l.items[n], d.isPlain else { return .nan }
        return x
    }

    /// Field `key` of the record at `p` (see `ScriptRecord.value(_:guess:)`), or nil when `p`
    /// holds no record or the record has no such field.
    @inline(__always) static func recordField(
        _ p: UnsafeMutablePointer<Value>, _ key: String, guess: inout Int
    ) -> Value? {
        guard case .record(let r) = p.pointee else { return nil }
        return r.value(key, guess: &guess)
    }
}

extension Compiler {
    /// Where the variable `e` names lies, when it is a local of this function or a global;
    /// nil for anything else (a captured variable, an expression).
    func place(_ e: Expr) throws -> Place? {
        guard case .name(let n) = e.kind else { return nil }
        if let (depth, slot) = resolveLocal(n) { return depth == 0 ? .local(slot) : nil }
        return .global(runtime.globals.base + (try runtime.globalSlot(n)))
    }
}
