// Adds the blocks' tallies in one fixed binary tree over the block numbers, so that any run
// split into parts can be put back together bit for bit: a part hands over the sums of the
// whole subtrees inside its range, and the same tree adds them up.

/// The sums of one subtree: blocks first..<first+size of a run (clipped to its blocks).
public struct TallyNode: Hashable, Sendable {
    public var first: Int
    public var size: Int
    public var sums: [Double]

    public init(first: Int, size: Int, sums: [Double]) {
        self.first = first
        self.size = size
        self.sums = sums
    }
}

/// The tree over blocks 0..<blocks: node (first, size) with size a power of two and first a
/// multiple of it; a node's sums are its left child's plus its right child's, element by
/// element, and a child lying wholly past the last block is left out.
enum DyadicSum {
    /// The smallest power of two at or above `blocks` (1 for no blocks): the root's size.
    static func rootSize(_ blocks: Int) -> Int {
        var size = 1
        while size < blocks { size <<= 1 }
        return size
    }

    /// The root's sums, built from `known` nodes (a node present there is taken as is);
    /// nil when some block is covered by none of them.
    static func total(blocks: Int, stride: Int, known: (Int, Int) -> [Double]?) -> [Double]? {
        guard blocks > 0 else { return [Double](repeating: 0, count: stride) }
        return node(first: 0, size: rootSize(blocks), blocks: blocks, known: known)
    }

    static func node(first: Int, size: Int, blocks: Int, known: (Int, Int) -> [Double]?) -> [Double]? {
        if let sums = known(first, size) { return sums }
        guard size > 1 else { return nil }
        let half = size / 2
        guard var left = node(first: first, size: half, blocks: blocks, known: known) else { return nil }
        if first + half >= blocks { return left }
        guard let right = node(first: first + half, size: half, blocks: blocks, known: known) else { return nil }
        for i in left.indices { left[i] += right[i] }
        return left
    }

    /// The largest nodes lying inside `range` (clipped to the blocks), in block order: what a
    /// part covering `range` hands over.
    static func cover(_ range: Range<Int>, blocks: Int) -> [(first: Int, size: Int)] {
        guard blocks > 0, !range.isEmpty else { return [] }
        var nodes: [(first: Int, size: Int)] = []
        func visit(_ first: Int, _ size: Int) {
            let end = min(first + size, blocks)
            if end <= range.lowerBound || first >= range.upperBound { return }
            if range.lowerBound <= first && end <= range.upperBound {
                nodes.append((first, size))
                return
            }
            visit(first, size / 2)
            visit(first + size / 2, size / 2)
        }
        visit(0, rootSize(blocks))
        return nodes
    }

    /// The sums of node (first, size) from per-block tallies at `tallies + block × stride`.
    static func sums(
        first: Int, size: Int, blocks: Int, stride: Int,
        tallies: UnsafePointer<Double>
    ) -> [Double] {
        node(first: first, size: size, blocks: blocks) { f, s in
            s == 1 ? Array(UnsafeBufferPointer(start: tallies + f * stride, count: stride)) : nil
        } ?? []
    }
}
