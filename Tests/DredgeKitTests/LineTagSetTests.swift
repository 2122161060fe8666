@testable import DredgeKit
import Testing

/// The line deduplicator's seen set: whole hashes while small, 32-bit tags in buckets once large, in half the bytes.
@Suite struct LineTagSetTests {
    /// Keys spread as line hashes are (a multiplicative mix of a counter); `salt` gives a disjoint family.
    private static func keys(_ range: Range<Int>, salt: UInt64 = 0) -> [UInt64] {
        range.map { (UInt64($0) &+ salt << 40) &* 0x9E37_79B9_7F4A_7C15 ^ salt }
    }

    private static func lookUp(_ set: LineTagSet, _ keys: [UInt64]) -> (found: [Bool], marked: [Bool]) {
        var found = [Bool](repeating: false, count: keys.count)
        var marked = [Bool](repeating: false, count: keys.count)
        set.lookUp(keys, into: &found, marked: &marked)
        return (found, marked)
    }

    /// Past the switch to tags, 1.6 million lines take 2²² slots of 4 bytes (16 MiB), where whole hashes took 2²² of
    /// 8 (32 MiB); every line is found with its mark, in batches and one by one, lines never inserted are not, and 0
    /// (stored as 1) is found after the switch.
    @Test func largeSetsKeepTagsInHalfTheBytesAndFindEveryLine() {
        var set = LineTagSet()
        let inserted = [0] + Self.keys(1..<1_600_000)
        var allNew = true
        for (index, key) in inserted.enumerated() {
            allNew = set.insert(key, marked: index % 3 == 0) && allNew
            if index == LineTagSet.wideLimit - 1 { #expect(!set.isTagged && set.capacity == 1 << 20) }
        }
        #expect(allNew)
        #expect(set.isTagged)
        #expect(set.count == inserted.count)
        #expect(set.capacity == 1 << 22)  // 4-byte tags: 16 MiB
        let (found, marked) = Self.lookUp(set, inserted)
        #expect(found.allSatisfy { $0 })
        #expect(marked == inserted.indices.map { $0 % 3 == 0 })
        var insertedAgain = false
        for key in inserted.prefix(1_000) { insertedAgain = set.insert(key) || insertedAgain }
        #expect(!insertedAgain)
        #expect(set.count == inserted.count)
        let absent = Self.keys(0..<400_000, salt: 77)
        #expect(Self.lookUp(set, absent).found.allSatisfy { !$0 })
    }

    /// Beyond 2²² slots the buckets double, taking a tag bit each time: every line is still found, with its mark,
    /// those whose bucket was full (kept whole) included.
    @Test func tagsSurviveTheBucketsDoubling() {
        var set = LineTagSet(limit: nil)
        let inserted = Self.keys(0..<3_400_000)
        for (index, key) in inserted.enumerated() { _ = set.insert(key, marked: index % 5 == 0) }
        #expect(set.capacity == 1 << 23)
        #expect(set.count == inserted.count)
        let (found, marked) = Self.lookUp(set, inserted)
        #expect(found.allSatisfy { $0 })
        #expect(marked == inserted.indices.map { $0 % 5 == 0 })
        #expect(Self.lookUp(set, Self.keys(0..<200_000, salt: 91)).found.allSatisfy { !$0 })
    }

    /// A bounded set says new, and keeps nothing more, once full; the deduplicator's lines then count as new (slower,
    /// never wrong).
    @Test func aFullSetSaysNew() {
        var set = LineTagSet(limit: 10)
        let keys = Self.keys(0..<11)
        for key in keys.prefix(10) {
            let new = set.insert(key)
            #expect(new)
        }
        let overLimit = set.insert(keys[10])
        #expect(overLimit && !set.contains(keys[10]))
        let again = set.insert(keys[3])
        #expect(!again && set.contains(keys[3]))
    }
}
