// Compile-time scopes: which local slot each name lives in, function by function.

/// The locals of one function being compiled (the top level is a function too, whose
/// outermost `let`s become globals instead).
final class FunctionScope {
    let parent: FunctionScope?
    let isTop: Bool
    private var blocks: [[String: Int]] = [[:]]
    private(set) var slotCount = 0
    var loopDepth = 0
    /// Where `return` puts its value (functions only).
    var returnSlot: Int?
    /// The declared function's own name (for self-calls).
    var functionName: String?
    /// True once a function is defined inside this one (its frames may then be captured).
    var definesFunctions = false

    init(parent: FunctionScope?, isTop: Bool) {
        self.parent = parent
        self.isTop = isTop
    }

    /// True when a `let` here defines a global.
    var declaresGlobals: Bool { isTop && blocks.count == 1 }

    func pushBlock() { blocks.append([:]) }
    func popBlock() { blocks.removeLast() }

    /// A fresh slot for `name` in the innermost block. Slots are never reused, so a closure
    /// that captured a block's variable keeps seeing it.
    func declare(_ name: String) -> Int {
        let slot = slotCount
        slotCount += 1
        blocks[blocks.count - 1][name] = slot
        return slot
    }

    func lookup(_ name: String) -> Int? {
        for block in blocks.reversed() {
            if let s = block[name] { return s }
        }
        return nil
    }

    /// Every local name visible here, for "did you mean".
    var visibleNames: [String] {
        var names = blocks.flatMap(\.keys)
        if let parent { names += parent.visibleNames }
        return names
    }
}
