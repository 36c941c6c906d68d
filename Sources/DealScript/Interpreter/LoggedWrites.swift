// Every write a script makes into a list, a record or a captured frame: each logs what it
// overwrites when the thing predates the running statement (one comparison), so a failed
// statement can take it back. Things made during the statement are written with no log.

extension ScriptList {
    /// `xs[index] = value`.
    @inline(__always) func set(_ value: Value, at index: Int, log: UndoLog) {
        if log.predates(born) { log.log(.listItem(self, index: index, old: items[index])) }
        items[index] = value
    }

    /// Adds `value` at the end.
    func append(_ value: Value, log: UndoLog) throws {
        try ValueLimits.checkListCount(items.count + 1)
        if log.predates(born) { log.logAppend(to: self, count: items.count) }
        items.append(value)
    }

    /// Takes out the item at `index` and returns it.
    func remove(at index: Int, log: UndoLog) -> Value {
        let item = items.remove(at: index)
        if log.predates(born) { log.log(.listRemoval(self, index: index, item: item)) }
        return item
    }
}

extension ScriptRecord {
    /// `r.key = value` (adds the field when it is new).
    @inline(__always) func set(_ key: String, _ value: Value, log: UndoLog) {
        if log.predates(born) { log.log(.field(self, key: key, old: self[key])) }
        self[key] = value
    }
}

extension Frame {
    /// Writes a slot of an enclosing function's frame (a closure assigning a variable it
    /// captured): the frame may belong to a call of an earlier statement.
    @inline(__always) func set(_ value: Value, at slot: Int, log: UndoLog) {
        if log.predates(capturedIn) { log.log(.frameSlot(self, slot: slot, old: self[slot])) }
        self[slot] = value
    }
}
