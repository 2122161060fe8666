import Synchronization

/// The pack entries the workers have read as plain text and found nothing in. Every line of such a blob has been
/// matched, in it or in a blob before, so a delta built on it need not match again the lines it copies whole
/// (`CopiedLines`): that was most of the line hashing of a history scan. Shared by the workers, a bit per pack entry
/// set and read without a lock; a base not marked yet (another worker is on it) only means the delta is read in full.
final class CleanBases: @unchecked Sendable {
    private let words: UnsafeMutablePointer<Atomic<UInt64>>
    private let wordCount: Int

    init(entries: Int) {
        wordCount = max(1, (entries + 63) / 64)
        words = .allocate(capacity: wordCount)
        for index in 0..<wordCount { (words + index).initialize(to: Atomic(0)) }
    }

    deinit {
        words.deinitialize(count: wordCount)
        words.deallocate()
    }

    func insert(_ entry: Int) {
        guard entry >> 6 < wordCount else { return }
        words[entry >> 6].bitwiseOr(1 << UInt64(entry & 63), ordering: .relaxed)
    }

    func contains(_ entry: Int) -> Bool {
        entry >> 6 < wordCount && words[entry >> 6].load(ordering: .relaxed) & (1 << UInt64(entry & 63)) != 0
    }
}
