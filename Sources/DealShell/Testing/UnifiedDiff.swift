// A unified diff of two texts, line by line, for a transcript whose output changed.

/// `--- expected` / `+++ actual` and one hunk per run of changes, with 2 lines of context.
enum UnifiedDiff {
    static func lines(expected: String, actual: String, context: Int = 2) -> [String] {
        let a = split(expected)
        let b = split(actual)
        // Longest common subsequence table (transcript outputs are small).
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        enum Op { case same(String), removed(String), added(String) }
        var ops: [Op] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                ops.append(.same(a[i]))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                ops.append(.removed(a[i]))
                i += 1
            } else {
                ops.append(.added(b[j]))
                j += 1
            }
        }
        let changed = ops.indices.filter { if case .same = ops[$0] { return false } else { return true } }
        guard !changed.isEmpty else { return [] }
        // Group changes closer than 2 × context into hunks.
        var hunks: [ClosedRange<Int>] = []
        for c in changed {
            let lo = max(0, c - context)
            let hi = min(ops.count - 1, c + context)
            if let last = hunks.last, lo <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...max(last.upperBound, hi)
            } else {
                hunks.append(lo...hi)
            }
        }
        var out = ["--- expected", "+++ actual"]
        for h in hunks {
            var oldStart = 1
            var newStart = 1
            for k in 0..<h.lowerBound {
                switch ops[k] {
                case .same:
                    oldStart += 1
                    newStart += 1
                case .removed: oldStart += 1
                case .added: newStart += 1
                }
            }
            var body: [String] = []
            var oldCount = 0
            var newCount = 0
            for k in h {
                switch ops[k] {
                case .same(let s):
                    body.append(" " + s)
                    oldCount += 1
                    newCount += 1
                case .removed(let s):
                    body.append("-" + s)
                    oldCount += 1
                case .added(let s):
                    body.append("+" + s)
                    newCount += 1
                }
            }
            out.append(
                "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) "
                    + "+\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@"
            )
            out += body
        }
        return out
    }

    private static func split(_ s: String) -> [String] {
        var lines = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
