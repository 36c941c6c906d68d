// The history's rules as pure functions: one entry per distinct text, newest last, bounded.

/// The de-duplicating, bounded list of past entries.
public enum HistoryList {
    /// How many entries are kept.
    public static let defaultLimit = 1000

    /// `entries` with `entry` appended as the newest; an older copy of the same text is
    /// dropped, and the oldest entries go once there are more than `limit`.
    /// Blank entries are not remembered.
    public static func appending(
        _ entry: String, to entries: [String],
        limit: Int = defaultLimit
    ) -> [String] {
        guard !entry.trimmingSpaces().isEmpty else { return bounded(entries, limit: limit) }
        var result = entries.filter { $0 != entry }
        result.append(entry)
        return bounded(result, limit: limit)
    }

    /// Merges what another shell wrote (`stored`) with the entries this shell added since
    /// it last read the file (`added`, oldest first): ours end up newest, no duplicates.
    public static func merging(
        stored: [String], added: [String],
        limit: Int = defaultLimit
    ) -> [String] {
        var result = deduplicated(stored)
        for entry in added {
            result = appending(entry, to: result, limit: Int.max)
        }
        return bounded(result, limit: limit)
    }

    /// Keeps only the newest copy of each text, preserving order.
    public static func deduplicated(_ entries: [String]) -> [String] {
        var seen = Set<String>()
        var reversedResult: [String] = []
        for entry in entries.reversed() where !entry.trimmingSpaces().isEmpty {
            if seen.insert(entry).inserted { reversedResult.append(entry) }
        }
        return reversedResult.reversed()
    }

    private static func bounded(_ entries: [String], limit: Int) -> [String] {
        let limit = max(0, limit)
        return entries.count > limit ? Array(entries.suffix(limit)) : entries
    }
}
