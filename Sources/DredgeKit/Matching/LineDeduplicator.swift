import Foundation

/// Most of a history is the same lines again: each version of a file changes a few lines. A worker remembers every
/// line it has already matched (by a 64-bit hash) and gives the keyword prefilter only the new lines, with two lines of
/// context before each (a key name just above its value). Lines that held a match stay hot and are matched again in
/// every blob that contains them, so each blob still gets its own occurrences. PCRE2 then runs on windows of the
/// whole blob around the keywords found, so matches spanning old and new lines are intact.
/// One per worker, so that what it knows is always up to date with what it has matched (no race between workers).
final class LineDeduplicator {
    private var seen = LineHashSet()
    /// The lines seen lately, a subset of `seen` small enough to stay in cache: the next version of a file repeats
    /// most of its lines, and a hit here spares a miss in `seen`'s table (tens of megabytes, read at random), which
    /// was the scan's single largest cost on git/git.
    private var recent = RecentLineHashes()
    private var hot = LineHashSet()
    /// Lines of context scanned before each new line.
    static let contextLines = 2

    /// Hashes of the lines new in the blob being matched: remembered only once it is done (`commit()`), so that a
    /// line repeated within one blob is new at each of its places there.
    private var pending: [UInt64] = []

    /// The new and hot lines of the blob `regions(in:)` read last, merged, without their context: all that a pass
    /// whose result depends on the line alone must read (the unwrap stage's search for encoded values).
    private(set) var freshLines: [Range<Int>] = []
    /// Each line's start and hash in the blob being matched, and whether it was seen before: kept between blobs so
    /// that their buffers are reused.
    private var starts: [Int] = []
    private var hashes: [UInt64] = []
    private var seenBefore: [Bool] = []

    /// The parts of `bytes` the prefilter must read: new or hot lines and their context, merged, in order.
    /// Call `commit()` once the blob is matched.
    func regions(in bytes: UnsafeRawBufferPointer) -> [Range<Int>] {
        freshLines.removeAll(keepingCapacity: true)
        guard let base = bytes.baseAddress else { return [] }
        starts.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        var start = 0
        while start < bytes.count {
            let end = Self.lineEnd(base, from: start, count: bytes.count)
            starts.append(start)
            hashes.append(LineHash.of(UnsafeRawBufferPointer(rebasing: bytes[start..<end])))
            start = end + 1
        }
        // The lines seen lately answer from the small cache; the others are looked up in one pass, apart from the
        // rest: the set outgrows the cache, and lookups that do not wait on each other overlap their memory reads
        // instead of paying a full miss each.
        seenBefore.removeAll(keepingCapacity: true)
        for hash in hashes { seenBefore.append(recent.contains(hash)) }
        seen.lookUp(hashes, into: &seenBefore)
        var regions: [Range<Int>] = []
        for line in starts.indices {
            let isNew = !seenBefore[line]
            if isNew { pending.append(hashes[line]) } else { recent.insert(hashes[line]) }
            guard isNew || hot.contains(hashes[line]) else { continue }
            let from = starts[max(0, line - Self.contextLines)]
            let next = line + 1 < starts.count ? starts[line + 1] : bytes.count
            if let last = regions.last, from <= last.upperBound {
                regions[regions.count - 1] = last.lowerBound..<next
            } else {
                regions.append(from..<next)
            }
            if let last = freshLines.last, last.upperBound == starts[line] {
                freshLines[freshLines.count - 1] = last.lowerBound..<next
            } else {
                freshLines.append(starts[line]..<next)
            }
        }
        return regions
    }

    /// Remembers the lines of the blob just matched as seen.
    func commit() {
        for hash in pending where seen.insert(hash) { recent.insert(hash) }
        pending.removeAll(keepingCapacity: true)
    }

    /// Marks every line that one of `ranges` touches as hot, hashing each line once however many matches it holds
    /// (a long line of test vectors can hold thousands).
    func markHot(_ ranges: [Range<Int>], in bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        var marked = 0  // a line start: every line before it is marked
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.upperBound > marked {
            var start = max(range.lowerBound, marked)
            while start > marked, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
            while start < max(range.upperBound, start + 1), start < bytes.count {
                let end = Self.lineEnd(base, from: start, count: bytes.count)
                _ = hot.insert(LineHash.of(UnsafeRawBufferPointer(rebasing: bytes[start..<end])))
                start = end + 1
            }
            marked = start
        }
    }

    /// The offset of the next newline at or after `start`, or `count`.
    private static func lineEnd(_ base: UnsafeRawPointer, from start: Int, count: Int) -> Int {
        guard let found = memchr(base + start, 0x0A, count - start) else { return count }
        return base.distance(to: UnsafeRawPointer(found))
    }
}

/// A fast 64-bit hash of a line, eight bytes at a time.
enum LineHash {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = mix(hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < bytes.count {
            tail = tail << 8 | UInt64(bytes[offset])
            offset += 1
        }
        return mix(hash ^ tail)
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        x = x &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 29)
    }
}

/// A direct-mapped cache of line hashes (512 KiB): a slot holds the last hash that fell on it. It only ever holds
/// hashes of lines already matched (those `seen` holds, or would if it were not full), so a hit is a line seen
/// before; a miss says nothing.
struct RecentLineHashes {
    private static let bits = 16
    private var slots = [UInt64](repeating: 0, count: 1 << bits)

    func contains(_ hash: UInt64) -> Bool {
        hash != 0 && slots[Self.slot(hash)] == hash
    }

    mutating func insert(_ hash: UInt64) {
        slots[Self.slot(hash)] = hash
    }

    /// The high bits: `LineHashSet` places by the low ones, so the two spread a history's lines differently.
    private static func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> UInt64(64 - bits)) }
}

/// An open-addressing set of 64-bit hashes: cheaper than `Set<UInt64>`, whose SipHash would cost more than the lookup.
/// Filled up to 3/4 before it doubles (not 1/2): git/git's 2.2 million distinct lines fit in 32 MiB, not 64, per
/// worker, and a probe of linear slots of 8 bytes stays within a cache line or two.
/// Stops growing at `limit` entries, if it has one (then every further line counts as new: slower, never wrong).
struct LineHashSet {
    private var slots = [UInt64](repeating: 0, count: 1 << 16)
    private(set) var count = 0
    private let limit: Int
    /// Slots of 8 bytes: the set's memory.
    var capacity: Int { slots.count }

    init(limit: Int? = 1 << 25) {
        self.limit = limit ?? .max
    }

    /// Inserts `hash`; true when it was not there (or when the set is full).
    mutating func insert(_ hash: UInt64) -> Bool {
        let key = hash == 0 ? 1 : hash  // 0 marks an empty slot
        if let slot = find(key) {
            if slots[slot] == key { return false }
            guard count < limit else { return true }
            slots[slot] = key
            count += 1
            if count * 4 > slots.count * 3 { grow() }  // at most 3/4 full: 11 to 21 bytes a hash
            return true
        }
        return true
    }

    func contains(_ hash: UInt64) -> Bool {
        let key = hash == 0 ? 1 : hash
        return find(key).map { slots[$0] == key } ?? false
    }

    /// For each of `hashes` not yet `found` (same indices), whether the set holds it, in a loop tight enough that the
    /// reads of several slots are in flight at once.
    func lookUp(_ hashes: [UInt64], into found: inout [Bool]) {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            for index in hashes.indices where !found[index] {
                let key = hashes[index] == 0 ? 1 : hashes[index]
                var slot = Int(truncatingIfNeeded: key) & mask
                var probes = 0
                while slots[slot] != key, slots[slot] != 0, probes < mask {
                    slot = (slot + 1) & mask
                    probes += 1
                }
                found[index] = slots[slot] == key
            }
        }
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func find(_ key: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        for _ in 0..<slots.count {
            if slots[slot] == key || slots[slot] == 0 { return slot }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        count = 0
        for key in old where key != 0 {
            _ = insert(key)
        }
    }
}
