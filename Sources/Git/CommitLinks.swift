internal import CGit2
import Foundation

/// What a history walk needs of a commit to order it: its parents and its committer time, read from the commit's raw
/// headers (`tree`, `parent`…, `author`, `committer`) without building a libgit2 commit.
public struct CommitLinks: Sendable {
    public let parents: [ObjectID]
    /// Seconds since 1970 on the `committer` line, as git wrote them; 0 when there is none or it does not parse.
    public let committerTime: Int64

    /// Nil when the bytes do not begin as a commit does (`tree` and an id).
    public init?(parsing bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        let count = bytes.count
        func startsWith(_ word: StaticString, at position: Int) -> Bool {
            position + word.utf8CodeUnitCount <= count && memcmp(base + position, word.utf8Start, word.utf8CodeUnitCount) == 0
        }
        func id(at position: Int) -> ObjectID? {
            guard position + 41 <= count, base[position + 40] == UInt8(ascii: "\n") else { return nil }
            var oid = git_oid()
            let parsed = UnsafeRawPointer(base + position).withMemoryRebound(to: CChar.self, capacity: 40) { git_oid_fromstrn(&oid, $0, 40) }
            return parsed == 0 ? ObjectID(oid) : nil
        }
        guard startsWith("tree ", at: 0), id(at: 5) != nil else { return nil }
        var position = 46
        var parents: [ObjectID] = []
        while startsWith("parent ", at: position), let parent = id(at: position + 7) {
            parents.append(parent)
            position += 48
        }
        var time: Int64 = 0
        while position < count, base[position] != UInt8(ascii: "\n") {  // an empty line ends the headers
            let end = memchr(base + position, 0x0A, count - position).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? count
            if startsWith("committer ", at: position) {
                // `committer NAME <EMAIL> SECONDS ZONE`: the seconds follow the last `>`.
                var digit = end
                while digit > position, base[digit - 1] != UInt8(ascii: ">") { digit -= 1 }
                while digit < end, base[digit] == UInt8(ascii: " ") { digit += 1 }
                var seconds: Int64 = 0
                while digit < end, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(base[digit]), seconds < Int64.max / 10 - 9 {
                    seconds = seconds * 10 + Int64(base[digit] - UInt8(ascii: "0"))
                    digit += 1
                }
                time = seconds
                break
            }
            position = end + 1
        }
        (self.parents, committerTime) = (parents, time)
    }
}
