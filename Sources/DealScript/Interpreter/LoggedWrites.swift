// Every write a script makes into a list, a record or a captured frame: each logs what it
// overwrites when the thing predates the running statement (one comparison), so a failed
// statement can take it back. Things made during the statement are written with no log, and
// so is a thing the statement has saved whole (after as many changes as it has parts).

extension ScriptList {
    /// `xs[index] = value`.
    @inline(__always) func set(_ value: Value, at index: Int, log: UndoLog) {
        if log.predates(undoStamp) { logBefore(.listItem(self, index: index, old: items[index]), log) }
        items[index] = value
    }

    /// Adds `value` at the end.
    func append(_ value: Value, log: UndoLog) throws {
        try ValueLimits.checkListCount(items.count + 1)
        if log.predates(undoStamp) { logBefore(.listCount(self, count: items.count), log) }
        items.append(value)
    }

    /// Takes out the item at `index` and returns it.
    func remove(at index: Int, log: UndoLog) -> Value {
        if log.predates(undoStamp) { logBefore(.listRemoval(self, index: index, item: items[index]), log) }
        return items.remove(at: index)
    }

    /// Logs `change`, or the whole list when that is due.
    @inline(never) private func logBefore(_ change: Change, _ log: UndoLog) {
        if log.savesWhole(&undoStamp, parts: items.count) {
            log.log(.listItems(self, items, since: undoStamp.since))
            undoStamp.since = log.epoch
        } else {
            log.log(change)
        }
    }
}

extension ScriptRecord {
    /// `r.key = value` (adds the field when it is new).
    @inline(__always) func set(_ key: String, _ value: Value, log: UndoLog) {
        if log.predates(undoStamp) { logBefore(.field(self, key: key, old: self[key]), log) }
        self[key] = value
    }

    /// `r.key = value` at a site that remembers where it last found `key`, so an existing
    /// field is written with no hashing (see `value(_:guess:)`).
    @inline(__always) func set(_ key: String, _ value: Value, guess: inout Int, log: UndoLog) {
        guard let i = index(of: key, guess: &guess) else { return set(key, value, log: log) }
        if log.predates(undoStamp) { logBefore(.field(self, key: key, old: self[at: i]), log) }
        self[at: i] = value
    }

    /// Logs `change`, or the whole record when that is due.
    @inline(never) private func logBefore(_ change: Change, _ log: UndoLog) {
        if log.savesWhole(&undoStamp, parts: keys.count) {
            log.log(.fields(self, keys: keys, values: values, since: undoStamp.since))
            undoStamp.since = log.epoch
        } else {
            log.log(change)
        }
    }
}

extension Frame {
    /// Writes a slot of an enclosing function's frame (a closure assigning a variable it
    /// captured): the frame may hold a call of an earlier statement.
    @inline(__always) func set(_ value: Value, at slot: Int, log: UndoLog) {
        if log.predates(undoStamp) { logBefore(slot, log) }
        self[slot] = value
    }

    /// Logs the slot's old value, or the whole frame when that is due.
    @inline(never) private func logBefore(_ slot: Int, _ log: UndoLog) {
        var stamp = undoStamp
        if log.savesWhole(&stamp, parts: slotCount) {
            log.log(.frameSlots(self, slots, since: stamp.since))
            stamp.since = log.epoch
        } else {
            log.log(.frameSlot(self, slot: slot, old: self[slot]))
        }
        undoStamp = stamp
    }
}
