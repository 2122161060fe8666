import Foundation

/// Most of a history is the same lines again: each version of a file changes a few lines. A worker remembers every
/// line it has already matched (by its hash) and gives the keyword prefilter only the new lines, with the lines of
/// context before each (a key name just above its value) that hold a keyword: it remembers that too, and a line
/// without one opens no window, so reading it again finds nothing. Lines that held a match stay hot and are matched
/// again in every blob that contains them, so each blob still gets its own occurrences. PCRE2 then runs on windows of
/// the whole blob around the keywords found, so matches spanning old and new lines are intact. A keyword that may
/// sit further above its match (a `<server>` above its `<password>`) is remembered apart, and its line is read
/// again for a new line up to `farContextBytes` below it.
/// One per worker, so that what it knows is always up to date with what it has matched (no race between workers).
final class LineDeduplicator {
    /// Where the keyword prefilter found keywords in the blob being matched (each one's last byte), ascending: the
    /// matcher fills it after `regions(in:)`, `commit()` marks the new lines that hold one. Nil: not known, every new
    /// line counts as holding one (a caller that does not say, or keywords that span lines).
    var keywordEnds: [Int]? = nil
    /// Those of `keywordEnds` that may sit far above their match (`CompiledRules.keywordsFarAbove`).
    var farKeywordEnds: [Int]? = nil
    /// Whole lines of the next blob that are matched already elsewhere (copied from a delta base that was:
    /// `CopiedLines`), ascending: `regions(in:)` neither reads nor remembers them, and forgets them once done.
    var copied: [Range<Int>] = []
    /// Everything else, in one struct: a class's stored properties are checked for exclusive access at run time on
    /// each access, and the per-line loops touching them spent about a tenth of a git/git scan's CPU in those checks.
    /// A call on the struct is one access however many lines it reads.
    private var state = SeenLines()
    /// Lines of context scanned before each new line (those of them that hold a keyword).
    static let contextLines = 2
    /// How far above a new line a line holding a far-reaching keyword is read again: a `nearby` window's reach below
    /// its keyword (`CompiledRules.reach(of:)`). A `block` reaches further, but its new lines start right below it.
    static let farContextBytes = 2 << 10

    /// The new and hot lines of the blob `regions(in:)` read last, merged, without their context: all that a pass
    /// whose result depends on the line alone must read (the unwrap stage's search for encoded values).
    var freshLines: [Range<Int>] { state.freshLines }

    /// Lines of the blob `regions(in:)` read last that are read again only for their far-reaching keywords (not in
    /// its regions), ascending: the prefilter opens there the windows of those keywords' far-reaching rules alone.
    var farContext: [Range<Int>] { state.farContext }

    /// The parts of `bytes` the prefilter must read: new or hot lines and, of the `contextLines` above each, those
    /// that are new or hold a keyword, merged, in order.
    /// Call `commit()` once the blob is matched.
    func regions(in bytes: UnsafeRawBufferPointer) -> [Range<Int>] {
        defer { copied = [] }
        return state.regions(in: bytes, skipping: copied)
    }

    /// Remembers the lines of the blob just matched as seen, each marked when a keyword ends on it (`keywordEnds`).
    func commit() {
        state.commit(keywordEnds: keywordEnds, farKeywordEnds: farKeywordEnds)
    }

    /// Marks every line that one of `ranges` touches as hot, hashing each line once however many matches it holds
    /// (a long line of test vectors can hold thousands).
    func markHot(_ ranges: [Range<Int>], in bytes: UnsafeRawBufferPointer) {
        state.markHot(ranges, in: bytes)
    }
}

/// The line deduplicator's memory and the work on it (`LineDeduplicator` lends its calls here).
private struct SeenLines {
    /// Every line matched so far, marked when it holds a keyword.
    private var seen = LineTagSet()
    /// The lines seen lately, a subset of `seen` small enough to stay in cache: the next version of a file repeats
    /// most of its lines, and a hit here spares a miss in `seen`'s table (tens of megabytes, read at random), which
    /// was the scan's single largest cost on git/git.
    private var recent = RecentLineHashes()
    /// The lines that held a match, read again wherever they recur.
    private var hot = FilteredLineSet()
    /// The lines that held a keyword that may sit far above its match, read again above a new line.
    private var far = FilteredLineSet()

    /// The lines new in the blob being matched (indices into `starts` and `hashes`): remembered only once it is done
    /// (`commit()`), so that a line repeated within one blob is new at each of its places there.
    private var pending: [Int] = []

    private(set) var freshLines: [Range<Int>] = []
    private(set) var farContext: [Range<Int>] = []
    /// The lines of the blob being read (indices) that `includeFarContext` found.
    private var farLines: [Int] = []
    /// Each line's start, end (just past its newline) and hash in the blob being matched, and whether it was seen
    /// before: kept between blobs so that their buffers are reused. Lines skipped leave gaps between an end and the
    /// next start.
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    private var seenBefore: [Bool] = []
    private var holdsKeyword: [Bool] = []
    private var included: [Bool] = []

    mutating func regions(in bytes: UnsafeRawBufferPointer, skipping skipped: [Range<Int>] = []) -> [Range<Int>] {
        freshLines.removeAll(keepingCapacity: true)
        farContext.removeAll(keepingCapacity: true)
        guard let base = bytes.baseAddress else { return [] }
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        var start = 0
        var skip = 0
        while start < bytes.count {
            while skip < skipped.count, skipped[skip].upperBound <= start { skip += 1 }
            if skip < skipped.count, skipped[skip].lowerBound <= start {
                start = skipped[skip].upperBound
                continue
            }
            let end = LineBounds.end(in: base, from: start, count: bytes.count)
            starts.append(start)
            ends.append(min(end + 1, bytes.count))
            hashes.append(LineHash.of(UnsafeRawBufferPointer(rebasing: bytes[start..<end])))
            start = end + 1
        }
        // The lines seen lately answer from the small cache; the others are looked up in one pass, apart from the
        // rest: the set outgrows the cache, and lookups that do not wait on each other overlap their memory reads
        // instead of paying a full miss each.
        seenBefore.removeAll(keepingCapacity: true)
        holdsKeyword.removeAll(keepingCapacity: true)
        for hash in hashes {
            let marked = recent.lookUp(hash)
            seenBefore.append(marked != nil)
            holdsKeyword.append(marked ?? false)
        }
        seen.lookUp(hashes, into: &seenBefore, marked: &holdsKeyword)
        included.removeAll(keepingCapacity: true)
        included.append(contentsOf: repeatElement(false, count: starts.count))
        var copiedContext: [Range<Int>] = []  // skipped lines read as context after all, ascending
        var farFloor = 0  // the end of the last new line: far keywords above it are looked for already
        for line in starts.indices {
            let isNew = !seenBefore[line]
            if isNew { pending.append(line) } else { recent.insert(hashes[line], marked: holdsKeyword[line]) }
            guard isNew || hot.contains(hashes[line]) else { continue }
            included[line] = true
            includeContext(above: line, in: bytes, into: &copiedContext)
            // A hot line's match spans its far keyword's line, hot too: only new lines need the walk.
            if isNew, !far.isEmpty { includeFarContext(above: line, in: bytes, floor: &farFloor) }
            let next = ends[line]
            if let last = freshLines.last, last.upperBound == starts[line] {
                freshLines[freshLines.count - 1] = last.lowerBound..<next
            } else {
                freshLines.append(starts[line]..<next)
            }
        }
        if !farLines.isEmpty {
            // A line read for a far keyword and then as a new line's context is read once, as context.
            farContext += farLines.filter { !included[$0] }.map { starts[$0]..<ends[$0] }
            farLines.removeAll(keepingCapacity: true)
        }
        farContext.sort { $0.lowerBound < $1.lowerBound }
        var regions: [Range<Int>] = []
        var context = copiedContext.makeIterator()
        var nextContext = context.next()
        func add(_ range: Range<Int>) {
            if let last = regions.last, last.upperBound >= range.lowerBound {
                regions[regions.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                regions.append(range)
            }
        }
        for line in starts.indices where included[line] {
            while let range = nextContext, range.lowerBound < starts[line] {
                add(range)
                nextContext = context.next()
            }
            add(starts[line]..<ends[line])
        }
        while let range = nextContext {
            add(range)
            nextContext = context.next()
        }
        return regions
    }

    /// Marks as included the lines above `line` (up to `contextLines`) worth reading as its context: those that hold
    /// a keyword. A line above that was skipped as copied is hashed only now, when a line below needs it, and read
    /// unless this worker knows it to hold no keyword; it goes to `copied`.
    private mutating func includeContext(above line: Int, in bytes: UnsafeRawBufferPointer, into copied: inout [Range<Int>]) {
        var index = line  // the lowest line read so far, among `starts`
        var top = starts[line]  // the start of the lowest line above looked at
        var found: [Range<Int>] = []
        for _ in 0..<LineDeduplicator.contextLines where top > 0 {
            if index > 0, ends[index - 1] == top {
                index -= 1
                if holdsKeyword[index] { included[index] = true }
                top = starts[index]
                continue
            }
            let start = LineBounds.start(in: bytes.baseAddress!, from: 0, before: top - 1)
            let hash = LineHash.of(UnsafeRawBufferPointer(rebasing: bytes[start..<(top - 1)]))
            if recent.lookUp(hash) ?? seen.lookUp(hash) ?? true { found.append(start..<top) }
            top = start
        }
        for range in found.reversed() where copied.last.map({ $0.upperBound <= range.lowerBound }) ?? true {
            copied.append(range)
        }
    }

    /// Adds to `farContext` the lines above `line`, within `farContextBytes` and below `floor`, that hold a keyword
    /// that may sit that far above its match (`far`), skipped copied lines included. New lines come in ascending
    /// order, so `floor` (the end of the last one) keeps each line to one look per blob.
    private mutating func includeFarContext(above line: Int, in bytes: UnsafeRawBufferPointer, floor: inout Int) {
        let limit = max(floor, starts[line] - LineDeduplicator.farContextBytes)
        var index = line
        var top = starts[line]
        while top > limit {
            if index > 0, ends[index - 1] == top {
                index -= 1
                if holdsKeyword[index], !included[index], far.contains(hashes[index]) { farLines.append(index) }
                top = starts[index]
                continue
            }
            let start = LineBounds.start(in: bytes.baseAddress!, from: 0, before: top - 1)
            if far.contains(LineHash.of(UnsafeRawBufferPointer(rebasing: bytes[start..<(top - 1)]))) { farContext.append(start..<top) }
            top = start
        }
        floor = ends[line]
    }

    mutating func commit(keywordEnds: [Int]?, farKeywordEnds: [Int]?) {
        var next = 0  // the first keyword end not before the line at hand (pending lines ascend)
        var nextFar = 0
        for line in pending {
            let lineEnd = ends[line]
            var marked = true
            if let keywords = keywordEnds {
                while next < keywords.count, keywords[next] < starts[line] { next += 1 }
                marked = next < keywords.count && keywords[next] < lineEnd
            }
            if marked, let farKeywords = farKeywordEnds {
                while nextFar < farKeywords.count, farKeywords[nextFar] < starts[line] { nextFar += 1 }
                if nextFar < farKeywords.count, farKeywords[nextFar] < lineEnd { far.insert(hashes[line]) }
            }
            if seen.insert(hashes[line], marked: marked) { recent.insert(hashes[line], marked: marked) }
        }
        pending.removeAll(keepingCapacity: true)
    }

    mutating func markHot(_ ranges: [Range<Int>], in bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        var marked = 0  // a line start: every line before it is marked
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.upperBound > marked {
            var start = LineBounds.start(in: base, from: marked, before: max(range.lowerBound, marked))
            let stop = max(range.upperBound, start + 1)  // an empty range still marks its line
            while start < stop, start < bytes.count {
                let end = LineBounds.end(in: base, from: start, count: bytes.count)
                hot.insert(LineHash.of(UnsafeRawBufferPointer(rebasing: bytes[start..<end])))
                start = end + 1
            }
            marked = start
        }
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

    /// A hash of the pair: order matters (a path's components, an id's words).
    static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
        mix(mix(first ^ 0x243F_6A88_85A3_08D3) ^ second)
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        x = x &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 29)
    }
}

/// A set of line hashes asked about for every line seen before (the lines that held a match, or a far-reaching
/// keyword): a bit per hash in a filter small enough to stay in the first-level cache answers most of them (a probe
/// of the set itself missed the cache on nearly every line, about 4 % of git/git's CPU); only a line whose bit is set
/// is looked up in the set.
struct FilteredLineSet {
    private static let filterBits = 18  // 32 KiB
    private var filter = [UInt64](repeating: 0, count: (1 << filterBits) / 64)
    private var lines = LineHashSet()

    var isEmpty: Bool { lines.count == 0 }

    mutating func insert(_ hash: UInt64) {
        let bit = Self.bit(hash)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        _ = lines.insert(hash)
    }

    func contains(_ hash: UInt64) -> Bool {
        let bit = Self.bit(hash)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 && lines.contains(hash)
    }

    /// Middle bits: the set places by the low ones, `RecentLineHashes` by the high ones.
    private static func bit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 24) & ((1 << filterBits) - 1) }
}

/// A direct-mapped cache of line hashes (512 KiB): a slot holds the last hash that fell on it. It only ever holds
/// hashes of lines already matched (those `seen` holds, or would if it were not full), so a hit is a line seen
/// before; a miss says nothing.
struct RecentLineHashes {
    private static let bits = 16
    private var slots = [UInt64](repeating: 0, count: 1 << bits)
    /// Per slot, the mark its hash was inserted with (`LineHashSet`'s: the line holds a keyword).
    private var marks = [Bool](repeating: false, count: 1 << bits)

    func contains(_ hash: UInt64) -> Bool {
        lookUp(hash) != nil
    }

    /// Nil when the hash is not here; else its mark.
    func lookUp(_ hash: UInt64) -> Bool? {
        let slot = Self.slot(hash)
        return hash != 0 && slots[slot] == hash ? marks[slot] : nil
    }

    mutating func insert(_ hash: UInt64, marked: Bool = false) {
        let slot = Self.slot(hash)
        slots[slot] = hash
        marks[slot] = marked
    }

    /// The high bits: `LineHashSet` places by the low ones, so the two spread a history's lines differently.
    private static func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> UInt64(64 - bits)) }
}

/// An open-addressing set of 64-bit hashes: cheaper than `Set<UInt64>`, whose SipHash would cost more than the lookup.
/// Filled up to 3/4 before it doubles (not 1/2): git/git's 2.2 million distinct lines fit in 32 MiB, not 64, per
/// worker, and a probe of linear slots of 8 bytes stays within a cache line or two.
/// Stops growing at `limit` entries, if it has one (then every further line counts as new: slower, never wrong).
struct LineHashSet {
    /// 32 KiB to start: a pre-push hook reads a few blobs, and zeroing sets sized for a history was a visible part of
    /// its time; a full scan doubles its way up at little cost.
    private var slots = [UInt64](repeating: 0, count: 1 << 12)
    /// One bit per slot: the key there was inserted `marked` (by the line deduplicator: the line holds a keyword).
    /// Empty until a key is: the other sets pay nothing for it, the deduplicator 1/64 of its slots' memory.
    private var marks: [UInt64] = []
    private(set) var count = 0
    private let limit: Int
    /// Slots of 8 bytes: the set's memory.
    var capacity: Int { slots.count }

    init(limit: Int? = 1 << 25) {
        self.limit = limit ?? .max
    }

    /// Inserts `hash`, `marked` or not (a key already there keeps its mark); true when it was not there (or when the
    /// set is full).
    mutating func insert(_ hash: UInt64, marked: Bool = false) -> Bool {
        let key = hash == 0 ? 1 : hash  // 0 marks an empty slot
        if let slot = find(key) {
            if slots[slot] == key { return false }
            guard count < limit else { return true }
            slots[slot] = key
            if marked {
                if marks.isEmpty { marks = [UInt64](repeating: 0, count: slots.count / 64 + 1) }
                marks[slot >> 6] |= 1 << UInt64(slot & 63)
            }
            count += 1
            if count * 4 > slots.count * 3 { grow() }  // at most 3/4 full: 11 to 21 bytes a hash
            return true
        }
        return true
    }

    /// Whether `hash` is in the set and was inserted marked.
    func isMarked(_ hash: UInt64) -> Bool {
        let key = hash == 0 ? 1 : hash
        guard let slot = find(key), slots[slot] == key else { return false }
        return isMarked(slot: slot)
    }

    private func isMarked(slot: Int) -> Bool {
        !marks.isEmpty && marks[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    func contains(_ hash: UInt64) -> Bool {
        let key = hash == 0 ? 1 : hash
        return find(key).map { slots[$0] == key } ?? false
    }

    /// Each key (0 kept as 1) with its mark.
    func forEach(_ body: (UInt64, Bool) -> Void) {
        for (slot, key) in slots.enumerated() where key != 0 { body(key, isMarked(slot: slot)) }
    }

    /// For each of `hashes` not yet `found` (same indices), whether the set holds it, in a loop tight enough that the
    /// reads of several slots are in flight at once.
    func lookUp(_ hashes: [UInt64], into found: inout [Bool]) {
        var unused: [Bool] = []
        lookUp(hashes, into: &found, marked: &unused)
    }

    /// `lookUp(_:into:)`, and for each hash found here whether it is marked (same indices; `marked` as long as
    /// `hashes`, or empty to leave out).
    func lookUp(_ hashes: [UInt64], into found: inout [Bool], marked: inout [Bool]) {
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
                if found[index], !marked.isEmpty { marked[index] = isMarked(slot: slot) }
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
        let oldMarks = self
        slots = [UInt64](repeating: 0, count: old.count * 2)
        if !marks.isEmpty { marks = [UInt64](repeating: 0, count: slots.count / 64 + 1) }
        count = 0
        for (slot, key) in old.enumerated() where key != 0 {
            _ = insert(key, marked: oldMarks.isMarked(slot: slot))
        }
    }
}
