/// The line deduplicator's set of lines seen, in half the bytes of a `LineHashSet` once it is large: 32-bit tags (the
/// hash's high half) in buckets of 8 placed by the low bits, where `LineHashSet` keeps the whole 64-bit hash. The two
/// workers' sets were git/git's largest holders at the scan's peak (32 MiB each).
///
/// A false "seen" skips a new line, which could be a missed secret, so the odds matter. A tag is compared only with
/// the tags in its own bucket, which all share its low 19 bits: a lookup errs when one of them (8 at most, 6 on
/// average at the 3/4 fill where the set doubles, fewer before) has the same 32 high bits, odds ≤ 6 / 2³² ≈ 1.4·10⁻⁹
/// a lookup. git/git's scan made 66 million lookups of tags (both workers; the rest answered from the recent-lines
/// cache or while the sets held whole hashes): ≤ 0.09 wrongly skipped lines expected over its whole history, and such
/// a line hides a secret only if it holds one that no other line or version shows. 32-bit fingerprints placed by the
/// same bits they are made of were tried and dropped: a lookup then erred for any stored line with the same 32 bits,
/// ~n / 2³², ~1,500 lines a worker on git/git.
///
/// Until it holds 3/4 of 2²⁰ hashes (8 MiB) it is a plain `LineHashSet`: small repositories pay nothing, and at the
/// switch every hash is known whole, so the tags are placed exactly. A tag does not say which half of a doubled table
/// its line belongs to, so beyond 2²² slots (16 MiB: 3.1 million lines a worker, git/git and curl stay below) each
/// doubling takes that bit from the tag: one tag bit fewer to compare, the odds above doubled.
/// Stops growing at `limit` entries (then every further line counts as new: slower, never wrong).
struct LineTagSet {
    /// The whole hashes, until the set switches to tags; nil after.
    private var wide: LineHashSet?
    /// 8 tags a bucket, filled from the first lane (0: empty), never removed: a bucket with a free lane has sent
    /// nothing to `spilled`.
    private var tags: [UInt32] = []
    /// Per bucket, one bit per lane: the line was inserted marked (it holds a keyword).
    private var marks: [UInt8] = []
    /// Whole hashes of the lines whose bucket was full (~5 % of them at 3/4 fill).
    private var spilled = LineHashSet(limit: nil)
    /// log2 of the bucket count, and how many of those bits come from the tag (doublings after the switch).
    private var bucketBits = 0
    private var tagBitsInBucket = 0
    private(set) var count = 0
    private let limit: Int

    static let lanes = 8
    /// The whole hashes held before the switch to tags, and the buckets the tags start in (2²² slots).
    static let wideLimit = (1 << 20) * 3 / 4
    static let firstBucketBits = 19

    init(limit: Int? = 1 << 25) {
        self.limit = limit ?? .max
        wide = LineHashSet(limit: limit)
    }

    /// Slots of 8 bytes (whole hashes) or 4 (tags): the set's memory is about 8 × `capacity` bytes, then 4 ×.
    var capacity: Int { wide?.capacity ?? tags.count }
    /// Whether the set keeps tags (it has outgrown `wideLimit`).
    var isTagged: Bool { wide == nil }

    /// Inserts `hash`, `marked` or not (a line already there keeps its mark); true when it was not there (or when the
    /// set is full).
    mutating func insert(_ hash: UInt64, marked: Bool = false) -> Bool {
        let hash = Self.key(hash)
        if wide != nil {
            guard let wideCount = wide?.count, wideCount >= Self.wideLimit, limit > Self.wideLimit else {
                return wide!.insert(hash, marked: marked)
            }
            if wide!.contains(hash) { return false }
            switchToTags()
        }
        let bucket = self.bucket(of: hash)
        let tag = Self.tag(of: hash)
        let base = bucket * Self.lanes
        for lane in 0..<Self.lanes {
            let there = tags[base + lane]
            if there == tag { return false }
            if there == 0 {
                guard count < limit else { return true }
                tags[base + lane] = tag
                if marked { marks[bucket] |= 1 << UInt8(lane) }
                return added()
            }
        }
        if spilled.contains(hash) { return false }
        guard count < limit else { return true }
        _ = spilled.insert(hash, marked: marked)
        return added()
    }

    private mutating func added() -> Bool {
        count += 1
        if count * 4 > tags.count * 3 { grow() }
        return true
    }

    func contains(_ hash: UInt64) -> Bool {
        lookUp(hash) != nil
    }

    /// Whether `hash` is in the set and was inserted marked.
    func isMarked(_ hash: UInt64) -> Bool {
        lookUp(hash) ?? false
    }

    /// Nil when `hash` is not in the set; else its mark.
    func lookUp(_ hash: UInt64) -> Bool? {
        var found = [false]
        var marked = [false]
        lookUp([hash], into: &found, marked: &marked)
        return found[0] ? marked[0] : nil
    }

    /// For each of `hashes` not yet `found` (same indices), whether the set holds it, and whether it is marked
    /// (`marked` as long as `hashes`), in a loop tight enough that the reads of several buckets are in flight at once.
    func lookUp(_ hashes: [UInt64], into found: inout [Bool], marked: inout [Bool]) {
        if let wide {
            wide.lookUp(hashes, into: &found, marked: &marked)
            return
        }
        var full: [Int] = []  // hashes whose bucket was full without them: `spilled` may hold them
        tags.withUnsafeBufferPointer { tags in
            for index in hashes.indices where !found[index] {
                let hash = Self.key(hashes[index])
                let bucket = self.bucket(of: hash)
                let tag = Self.tag(of: hash)
                let base = bucket * Self.lanes
                var lane = 0
                while lane < Self.lanes, tags[base + lane] != tag, tags[base + lane] != 0 { lane += 1 }
                if lane < Self.lanes, tags[base + lane] == tag {
                    found[index] = true
                    if !marked.isEmpty { marked[index] = marks[bucket] & (1 << UInt8(lane)) != 0 }
                } else if lane == Self.lanes, spilled.count > 0 {
                    full.append(index)
                }
            }
        }
        for index in full where spilled.contains(Self.key(hashes[index])) {
            found[index] = true
            if !marked.isEmpty { marked[index] = spilled.isMarked(Self.key(hashes[index])) }
        }
    }

    /// `LineHashSet` keeps 0 (its empty slot) as 1: the same here, so that the switch to tags finds it again.
    private static func key(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    /// The tag: the hash's high half, never 0 (an empty lane).
    private static func tag(of hash: UInt64) -> UInt32 {
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        return tag == 0 ? 1 : tag
    }

    /// The low `firstBucketBits` bits of the hash, then, after each doubling, one more bit from the tag.
    private func bucket(of hash: UInt64) -> Int {
        let low = Int(truncatingIfNeeded: hash) & (1 << Self.firstBucketBits - 1)
        let fromTag = Int(Self.tag(of: hash)) & (1 << tagBitsInBucket - 1)
        return low | fromTag << Self.firstBucketBits
    }

    /// Moves the whole hashes into buckets of tags.
    private mutating func switchToTags() {
        guard let wide else { return }
        self.wide = nil
        bucketBits = Self.firstBucketBits
        tags = [UInt32](repeating: 0, count: Self.lanes << bucketBits)
        marks = [UInt8](repeating: 0, count: 1 << bucketBits)
        count = 0
        wide.forEach { hash, marked in _ = insert(hash, marked: marked) }
    }

    /// Doubles the buckets: each tag moves to its bucket or the one 2^`bucketBits` above, as its next bit says.
    private mutating func grow() {
        let (oldTags, oldMarks, oldSpilled) = (tags, marks, spilled)
        tagBitsInBucket += 1
        bucketBits += 1
        tags = [UInt32](repeating: 0, count: Self.lanes << bucketBits)
        marks = [UInt8](repeating: 0, count: 1 << bucketBits)
        spilled = LineHashSet(limit: nil)
        count = 0
        let bit = tagBitsInBucket - 1
        for oldBucket in 0..<oldMarks.count {
            for lane in 0..<Self.lanes {
                let tag = oldTags[oldBucket * Self.lanes + lane]
                guard tag != 0 else { break }
                let bucket = oldBucket | Int(tag >> UInt32(bit) & 1) << (bucketBits - 1)
                place(tag, marked: oldMarks[oldBucket] & (1 << UInt8(lane)) != 0, in: bucket)
            }
        }
        oldSpilled.forEach { hash, marked in _ = insert(hash, marked: marked) }
    }

    /// Puts a tag known to be new into `bucket`, which has room: it takes tags from one bucket of half the table.
    private mutating func place(_ tag: UInt32, marked: Bool, in bucket: Int) {
        let base = bucket * Self.lanes
        for lane in 0..<Self.lanes where tags[base + lane] == 0 {
            tags[base + lane] = tag
            if marked { marks[bucket] |= 1 << UInt8(lane) }
            count += 1
            return
        }
    }
}
