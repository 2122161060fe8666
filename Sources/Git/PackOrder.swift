import Foundation

/// Orders object ids by where they sit in the pack files (pack, then offset), read from the `.idx` files (version 2).
/// Reading a pack front to back lets a delta find its base still in libgit2's delta-base cache, where id order
/// (what `git_odb_foreach` yields) jumps around the pack and inflates the same bases again and again.
public enum PackOrder {
    /// `ids` sorted by pack position; objects in no pack (loose, or in an alternate) come last, in their given order.
    public static func sorted(_ ids: [ObjectID], gitDirectory: String) -> [ObjectID] {
        let positions = packPositions(in: URL(fileURLWithPath: gitDirectory).appendingPathComponent("objects/pack"))
        guard !positions.isEmpty else { return ids }
        let keyed = ids.enumerated().map { index, id in (id, positions[id] ?? (Int.max, index)) }
        return keyed.sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// Object id → (pack number, offset), for every `.idx` of version 2 in `directory`.
    static func packPositions(in directory: URL) -> [ObjectID: (Int, Int)] {
        let indexes = ((try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "idx" }
            .sorted { $0.path < $1.path }
        var positions: [ObjectID: (Int, Int)] = [:]
        for (pack, url) in indexes.enumerated() {
            guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { continue }
            read(data) { id, offset in
                if positions[id] == nil { positions[id] = (pack, offset) }
            }
        }
        return positions
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
