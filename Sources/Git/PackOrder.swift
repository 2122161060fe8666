import Foundation

/// Orders object ids by where they sit in the pack files (pack, then offset), read from the `.idx` files (version 2).
/// Reading a pack front to back lets a delta find its base still in libgit2's delta-base cache, where id order
/// (what `git_odb_foreach` yields) jumps around the pack and inflates the same bases again and again.
public enum PackOrder {
    /// `ids` without repeats, sorted by pack position; objects in no pack (loose, or in an alternate) come last.
    /// Sorting arrays rather than building sets and dictionaries keeps this cheap for millions of objects.
    public static func sorted(_ ids: [ObjectID], gitDirectory: String) -> [ObjectID] {
        var unique = ids.sorted()
        unique.removeDuplicates()
        var packed = packEntries(in: URL(fileURLWithPath: gitDirectory).appendingPathComponent("objects/pack"))
        guard !packed.isEmpty else { return unique }
        packed.sort { ($0.pack, $0.offset) < ($1.pack, $1.offset) }
        var inPacks = packed.map(\.id).sorted()
        inPacks.removeDuplicates()
        var order: [ObjectID] = []
        order.reserveCapacity(unique.count)
        var taken = Set<ObjectID>()  // only for an object in two packs, which is rare
        for entry in packed where unique.containsSorted(entry.id) {
            if packed.count == inPacks.count || taken.insert(entry.id).inserted { order.append(entry.id) }
        }
        order += unique.filter { !inPacks.containsSorted($0) }
        return order
    }

    struct Entry {
        let pack: Int
        let offset: Int
        let id: ObjectID
    }

    /// Every entry of every `.idx` of version 2 in `directory`.
    static func packEntries(in directory: URL) -> [Entry] {
        let indexes = ((try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "idx" }
            .sorted { $0.path < $1.path }
        var entries: [Entry] = []
        for (pack, url) in indexes.enumerated() {
            guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { continue }
            read(data) { id, offset in entries.append(Entry(pack: pack, offset: offset, id: id)) }
        }
        return entries
    }

    /// Parses one version-2 pack index: magic, version, 256 fan-out counts, ids, CRCs, 31-bit offsets (with the top
    /// bit pointing into a table of 64-bit offsets for packs over 2 GiB). Anything else is skipped.
    private static func read(_ data: Data, _ body: (ObjectID, Int) -> Void) {
        data.withUnsafeBytes { raw in
            func word(_ at: Int) -> Int { Int(UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self))) }
            guard raw.count >= 8 + 1024, word(0) == 0xFF74_4F63, word(4) == 2 else { return }
            let count = word(8 + 255 * 4)
            let ids = 8 + 1024
            let offsets = ids + count * 20 + count * 4
            let large = offsets + count * 4
            guard raw.count >= large + 40 else { return }
            for index in 0..<count {
                let id = ObjectID(bytes: UnsafeRawBufferPointer(rebasing: raw[(ids + index * 20)..<(ids + index * 20 + 20)]))
                var offset = word(offsets + index * 4)
                if offset & 0x8000_0000 != 0 {
                    let slot = large + (offset & 0x7FFF_FFFF) * 8
                    guard slot + 8 <= raw.count else { continue }
                    offset = Int(UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: slot, as: UInt64.self)))
                }
                body(id, offset)
            }
        }
    }
}

extension Array where Element == ObjectID {
    /// Drops repeats from a sorted array, in place.
    mutating func removeDuplicates() {
        guard count > 1 else { return }
        var kept = 1
        for index in 1..<count where self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }

    /// Binary search in a sorted array.
    func containsSorted(_ id: ObjectID) -> Bool {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == id
    }
}
