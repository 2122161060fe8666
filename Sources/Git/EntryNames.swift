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
    /// A bit per name length (63: any longer) and per first byte among `names`: most entries of a tree have neither,
    /// and are passed over without hashing their name.
    private let lengths: UInt64
    private let firstBytes: (UInt64, UInt64, UInt64, UInt64)

    public init(_ names: [String]) {
        self.names = names
        bytes = names.map { Array($0.utf8) }
        lengths = bytes.reduce(0) { $0 | 1 << UInt64(min($1.count, 63)) }
        var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for name in bytes { if let first = name.first { Self.set(first, in: &firstBytes) } }
        self.firstBytes = firstBytes
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
        guard lengths & 1 << UInt64(min(name.count, 63)) != 0, name.first.map({ Self.has($0, in: firstBytes) }) ?? true else { return nil }
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

    private static func set(_ byte: UInt8, in bits: inout (UInt64, UInt64, UInt64, UInt64)) {
        let bit: UInt64 = 1 << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    private static func has(_ byte: UInt8, in bits: (UInt64, UInt64, UInt64, UInt64)) -> Bool {
        let bit: UInt64 = 1 << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return bits.0 & bit != 0
        case 1: return bits.1 & bit != 0
        case 2: return bits.2 & bit != 0
        default: return bits.3 & bit != 0
        }
    }

    /// FNV-1a: names are short, and this needs no setup per call.
    private static func hash(_ name: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in name { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}
