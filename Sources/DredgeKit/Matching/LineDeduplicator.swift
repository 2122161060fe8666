import Foundation

/// Most of a history is the same lines again: each version of a file changes a few lines. A worker remembers every
/// line it has already matched (by a 64-bit hash) and gives the keyword prefilter only the new lines, with two lines of
/// context before each (a key name just above its value). Lines that held a match stay hot and are matched again in
/// every blob that contains them, so each blob still gets its own occurrences. PCRE2 then runs on windows of the
/// whole blob around the keywords found, so matches spanning old and new lines are intact.
/// One per worker, so that what it knows is always up to date with what it has matched (no race between workers).
final class LineDeduplicator {
    private var seen = LineHashSet()
    private var hot = LineHashSet()
    /// Lines of context scanned before each new line.
    static let contextLines = 2

    /// Hashes of the lines new in the blob being matched: remembered only once it is done (`commit()`), so that a
    /// line repeated within one blob is new at each of its places there.
    private var pending: [UInt64] = []

    /// Each line's start and hash in the blob being matched, and whether it was seen before: kept between blobs so
    /// that their buffers are reused.
    private var starts: [Int] = []
    private var hashes: [UInt64] = []
    private var seenBefore: [Bool] = []

    /// The parts of `bytes` the prefilter must read: new or hot lines and their context, merged, in order.
    /// Call `commit()` once the blob is matched.
    func regions(in bytes: UnsafeRawBufferPointer) -> [Range<Int>] {
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
        // All lookups in one pass, apart from the rest: the set outgrows the cache, and lookups that do not wait
        // on each other overlap their memory reads instead of paying a full miss each.
        seen.containsEach(hashes, into: &seenBefore)
        var regions: [Range<Int>] = []
        for line in starts.indices {
            let isNew = !seenBefore[line]
            if isNew { pending.append(hashes[line]) }
            guard isNew || hot.contains(hashes[line]) else { continue }
            let from = starts[max(0, line - Self.contextLines)]
            let next = line + 1 < starts.count ? starts[line + 1] : bytes.count
            if let last = regions.last, from <= last.upperBound {
                regions[regions.count - 1] = last.lowerBound..<next
            } else {
                regions.append(from..<next)
            }
        }
        return regions
    }

    /// Remembers the lines of the blob just matched as seen.
    func commit() {
        for hash in pending { _ = seen.insert(hash) }
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

/// An open-addressing set of line hashes: cheaper than `Set<UInt64>`, whose SipHash would cost more than the lookup.
/// Stops growing at `limit` entries (then every further line counts as new: slower, never wrong).
struct LineHashSet {
    private var slots = [UInt64](repeating: 0, count: 1 << 16)
    private var count = 0
    private let limit = 1 << 25

    /// Inserts `hash`; true when it was not there (or when the set is full).
    mutating func insert(_ hash: UInt64) -> Bool {
        let key = hash == 0 ? 1 : hash  // 0 marks an empty slot
        if let slot = find(key) {
            if slots[slot] == key { return false }
            guard count < limit else { return true }
            slots[slot] = key
            count += 1
            if count * 2 > slots.count { grow() }
            return true
        }
        return true
    }

    func contains(_ hash: UInt64) -> Bool {
        let key = hash == 0 ? 1 : hash
        return find(key).map { slots[$0] == key } ?? false
    }

    /// `contains` for each of `hashes`, written to `found` (replaced), in a loop tight enough that the reads of
    /// several slots are in flight at once.
    func containsEach(_ hashes: [UInt64], into found: inout [Bool]) {
        found.removeAll(keepingCapacity: true)
        found.reserveCapacity(hashes.count)
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            for hash in hashes {
                let key = hash == 0 ? 1 : hash
                var slot = Int(truncatingIfNeeded: key) & mask
                var probes = 0
                while slots[slot] != key, slots[slot] != 0, probes < mask {
                    slot = (slot + 1) & mask
                    probes += 1
                }
                found.append(slots[slot] == key)
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
