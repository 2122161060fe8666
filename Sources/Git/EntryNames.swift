import Glibc

/// Names to look up in many trees, prepared once in a small hash table, so each entry of a tree costs a hash of its
/// name and, only when the hash matches, one comparison. The exposure walk reads a root tree of hundreds of entries for
/// every commit, against tens of names (often alike: `test1`, `test2`, … in one directory); comparing each entry with
/// each name was most of its time.
public struct EntryNames: Sendable {
    public let names: [String]
    private let bytes: [[UInt8]]
    private let hashes: [UInt32]
    /// Open addressing: per slot, an index into `names` plus one, or 0 for an empty slot.
    private let slots: [Int32]
    private let mask: Int

    public init(_ names: [String]) {
        self.names = names
        bytes = names.map { Array($0.utf8) }
        hashes = bytes.map { $0.withUnsafeBufferPointer(Self.hash) }
        var size = 8
        while size < names.count * 2 { size <<= 1 }
        mask = size - 1
        var slots = [Int32](repeating: 0, count: size)
        for index in names.indices {
            var slot = Int(hashes[index]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
        self.slots = slots
    }

    /// The index in `names` of the name whose bytes are `name`, if any.
    public func index(of name: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(name)
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if hashes[index] == hash, bytes[index].count == name.count,
               bytes[index].withUnsafeBufferPointer({ name.isEmpty || memcmp($0.baseAddress!, name.baseAddress!, name.count) == 0 }) {
                return index
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// FNV-1a: names are short, and this needs no setup per call.
    private static func hash(_ name: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in name { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}
