import Foundation

/// Every object of a repository in the order to read it, with where it sits. Packed objects come pack by pack in
/// offset order: reading a pack front to back lets a delta find its base among the objects just read, where id order
/// (what `git_odb_foreach` yields) jumps around the pack and inflates the same bases again and again. Objects in no
/// pack this code reads (loose, in an alternate, behind an index it does not know) come last, without a location.
/// The `.idx` files (version 2) give ids and offsets; one pass over the entry headers gives each packed object's kind,
/// so trees and commits are never read just to learn that they are not blobs. Packed trees are left out: they are
/// most of a history's objects, and a scan of blobs and messages has no use for them.
public struct ObjectListing: Sendable {
    /// A pack entry: the pack (index into `packs`) and the bytes from its header to the next entry.
    public struct Location: Hashable, Sendable {
        private let packNumber: UInt32
        private let length: UInt32  // an entry over 4 GiB is left to libgit2 (no location)
        public let offset: Int

        init?(pack: Int, offset: Int, end: Int) {
            guard pack <= Int(UInt32.max), end - offset <= Int(UInt32.max) else { return nil }
            (packNumber, length, self.offset) = (UInt32(pack), UInt32(end - offset), offset)
        }

        public var pack: Int { Int(packNumber) }
        public var end: Int { offset + Int(length) }
    }

    /// 40 bytes, where an id, an optional `Location`, a kind and an `Int` took 56 (git/git lists 465k objects): the
    /// location's fields sit in the id's padding, and the estimate is kept in 32 bits.
    public struct Object: Sendable {
        public let id: ObjectID
        private let length: UInt32
        private let offset: Int
        /// Index into `packs`; `UInt16.max` when the object has no location.
        private let pack: UInt16
        /// From the entry header (a delta's from its base); nil when unknown (not packed, or based by id).
        public let kind: ObjectKind?
        private let estimate: UInt32

        init(id: ObjectID, location: Location?, kind: ObjectKind?, estimatedSize: Int = 0) {
            self.id = id
            self.kind = kind
            estimate = UInt32(clamping: estimatedSize)
            if let location, location.pack < Int(UInt16.max) {
                (length, offset, pack) = (UInt32(location.end - location.offset), location.offset, UInt16(location.pack))
            } else {
                (length, offset, pack) = (0, 0, .max)  // a pack beyond the 65,535th is read through libgit2
            }
        }

        public var location: Location? {
            pack == .max ? nil : Location(pack: Int(pack), offset: offset, end: offset + Int(length))
        }

        /// The inflated size from the entry header; a delta by offset takes its base's, as versions of one file are
        /// about the same size. An estimate of the work of reading it, for progress; 0 when not packed.
        public var estimatedSize: Int { Int(estimate) }
    }

    public let objects: [Object]
    /// Per object, the index in `objects` of the object its pack entry is a delta of (a delta by offset comes after
    /// its base), or -1: stored whole, based by id, or on an entry not listed. Read in this order, a base then its
    /// deltas, each object is rebuilt once from the one before it in its chain.
    public let deltaBases: [Int32]
    /// The `.pack` files, by path.
    public let packs: [String]
    /// Per pack, its entries' offsets, ascending, and where its entries end.
    private let offsets: [[Int]]
    private let dataEnds: [Int]
    /// Per pack, the number of entries in the packs before it: `entryNumber(of:)` counts on from there.
    private let entryBases: [Int]
    /// Per pack, its `.idx` (mapped, so in the page cache rather than the heap), to find an object by id.
    private let indexes: [Data]

    /// Every object in `objectsDirectory` (a repository's common `objects/`), the packed ones located and in pack
    /// order. The packs' indexes and the loose object directories name them all, unless there are alternates, a pack
    /// this code cannot index or no `pack/` directory at all: then `everyObject` (the object database's own
    /// enumeration) is asked for the rest.
    public init(objectsDirectory: String, everyObject: () throws -> [ObjectID]) rethrows {
        let (packs, indexedAll) = Pack.all(in: objectsDirectory + "/pack")
        self.packs = packs.map(\.path)
        offsets = packs.map(\.offsets)
        dataEnds = packs.map(\.dataEnd)
        entryBases = packs.reduce(into: [0]) { $0.append($0.last! + $1.offsets.count) }
        indexes = packs.map(\.index)
        var isDirectory: ObjCBool = false
        let complete = indexedAll && access(objectsDirectory + "/info/alternates", F_OK) != 0
            && FileManager.default.fileExists(atPath: objectsDirectory + "/pack", isDirectory: &isDirectory) && isDirectory.boolValue
        var others = Set(complete ? Self.looseObjects(in: objectsDirectory) : try everyObject())
        var objects: [Object] = []
        objects.reserveCapacity(packs.reduce(others.count) { $0 + $1.offsets.count - $1.kinds.count(where: { $0 == .tree }) })
        var taken = Set<ObjectID>()  // only with several packs, where an object may be in two
        var deltaBases: [Int32] = []
        for (number, pack) in packs.enumerated() {
            var listed = [Int32](repeating: -1, count: pack.offsets.count)  // pack entry → index in `objects`
            for index in pack.offsets.indices {
                let id = pack.ids[index]
                if !others.isEmpty { others.remove(id) }  // loose objects are few, often none: no hashing for nothing
                guard pack.kinds[index] != .tree, packs.count == 1 || taken.insert(id).inserted else { continue }
                let end = index + 1 < pack.offsets.count ? pack.offsets[index + 1] : pack.dataEnd
                listed[index] = Int32(objects.count)
                deltaBases.append(pack.bases[index] >= 0 ? listed[pack.bases[index]] : -1)
                objects.append(Object(id: id, location: Location(pack: number, offset: pack.offsets[index], end: end), kind: pack.kinds[index],
                                      estimatedSize: pack.sizes[index]))
            }
        }
        objects += others.sorted().map { Object(id: $0, location: nil, kind: nil) }
        self.objects = objects
        self.deltaBases = deltaBases + repeatElement(-1, count: objects.count - deltaBases.count)
    }

    /// The ids of the loose objects: files named by the rest of the id in directories named by its first two digits.
    private static func looseObjects(in directory: String) -> [ObjectID] {
        var ids: [ObjectID] = []
        for high in 0..<256 {
            let prefix = String(format: "%02x", high)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory + "/" + prefix) else { continue }
            ids += names.compactMap { $0.utf8.count == 38 ? ObjectID(hex: prefix + $0) : nil }
        }
        return ids
    }

    /// `ids` as they are, read through the object database: a few objects, where finding their packs costs more.
    public init(unlocated ids: [ObjectID]) {
        objects = ids.map { Object(id: $0, location: nil, kind: nil) }
        deltaBases = Array(repeating: -1, count: ids.count)
        (packs, offsets, dataEnds, indexes, entryBases) = ([], [], [], [], [0])
    }

    /// The index in `objects` of the object at `location` (packed objects are listed in pack and offset order).
    public func objectIndex(of location: Location) -> Int? {
        var (low, high) = (0, objects.count)
        while low < high {
            let middle = (low + high) / 2
            guard let placed = objects[middle].location else { high = middle; continue }  // the unplaced come last
            if (placed.pack, placed.offset) < (location.pack, location.offset) { low = middle + 1 } else { high = middle }
        }
        return low < objects.count && objects[low].location == location ? low : nil
    }

    /// Where the object `id` sits, if a pack this listing read holds it: any kind, trees included.
    public func location(of id: ObjectID) -> Location? {
        for pack in indexes.indices {
            guard let offset = Pack.offset(of: id, in: indexes[pack]) else { continue }
            return location(pack: pack, offset: offset)
        }
        return nil
    }

    /// How many entries the packs hold, trees too: the numbers `entryNumber(of:)` gives are below it.
    public var entryCount: Int { entryBases.last ?? 0 }

    /// A number for the pack entry at `location`, unique across the packs (trees count too).
    public func entryNumber(of location: Location) -> Int? {
        offsets[location.pack].sortedIndex(of: location.offset).map { entryBases[location.pack] + $0 }
    }

    /// The entry of `pack` that starts at `offset`, if there is one.
    public func location(pack: Int, offset: Int) -> Location? {
        let offsets = self.offsets[pack]
        guard let index = offsets.sortedIndex(of: offset) else { return nil }
        return Location(pack: pack, offset: offset, end: index + 1 < offsets.count ? offsets[index + 1] : dataEnds[pack])
    }
}

/// One pack as its `.idx` describes it, entries in offset order, with each entry's kind from the `.pack`.
private struct Pack {
    let path: String
    let dataEnd: Int
    let index: Data
    var ids: [ObjectID] = []
    var offsets: [Int] = []
    var kinds: [ObjectKind?] = []
    var sizes: [Int] = []
    /// Per entry, the entry it is a delta of by offset, or -1.
    var bases: [Int] = []

    /// Every pack in `directory` with a readable version-2 index, by path, and whether that was every pack.
    static func all(in directory: String) -> (packs: [Pack], indexedAll: Bool) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let packs: [Pack] = names.filter { $0.hasSuffix(".idx") }.sorted().compactMap { name in
            let path = directory + "/" + name.dropLast(4) + ".pack"
            guard let end = dataEnd(of: path), let index = try? Data(contentsOf: URL(fileURLWithPath: directory + "/" + name), options: .alwaysMapped)
            else { return nil }
            var pack = Pack(path: path, dataEnd: end, index: index)
            read(index) { id, offset in
                pack.ids.append(id)
                pack.offsets.append(offset)
            }
            guard !pack.ids.isEmpty, pack.offsets.allSatisfy({ $0 < end }) else { return nil }
            // Sorted as offset and entry packed in one integer: a sort through a closure that compared two offsets
            // was a quarter of a listing's time (curl: 0.06 s of 0.23, before a scan can start).
            let entryBits = max(1, Int.bitWidth - pack.offsets.count.leadingZeroBitCount)
            let order: [Int]
            if end >> (63 - entryBits) == 0 {
                order = pack.offsets.indices.map { pack.offsets[$0] << entryBits | $0 }.sorted().map { $0 & (1 << entryBits - 1) }
            } else {
                order = pack.offsets.indices.sorted { pack.offsets[$0] < pack.offsets[$1] }
            }
            pack.ids = order.map { pack.ids[$0] }
            pack.offsets = order.map { pack.offsets[$0] }
            (pack.kinds, pack.sizes, pack.bases) = kinds(in: path, offsets: pack.offsets)
            return pack
        }
        return (packs, packs.count == names.filter { $0.hasSuffix(".pack") }.count)
    }

    /// Where the entries of a pack end: before the 20-byte checksum.
    private static func dataEnd(of path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_size > 32 else { return nil }
        return Int(status.st_size) - 20
    }

    /// Reads each entry's type and size from its header, in one sequential pass; a delta by offset has its base's
    /// kind and size (the base comes first in the pack) and names its base, a delta by id an unknown kind and its
    /// delta's size.
    private static func kinds(in path: String, offsets: [Int]) -> (kinds: [ObjectKind?], sizes: [Int], bases: [Int]) {
        var kinds = [ObjectKind?](repeating: nil, count: offsets.count)
        var sizes = [Int](repeating: 0, count: offsets.count)
        var bases = [Int](repeating: -1, count: offsets.count)
        // Mapped 16 MiB at a time, not read: the headers are a few bytes in each page, and copying the pack through
        // read() was most of this pass. A window is unmapped before the next, so the pack's pages do not stay in RSS.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return (kinds, sizes, bases) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return (kinds, sizes, bases) }
        let fileSize = Int(status.st_size)
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        var window: (start: Int, bytes: UnsafeRawBufferPointer)? = nil
        defer { if let window { munmap(UnsafeMutableRawPointer(mutating: window.bytes.baseAddress), window.bytes.count) } }
        for (index, offset) in offsets.enumerated() where offset < fileSize {
            if window.map({ offset < $0.start || min(offset + 32, fileSize) > $0.start + $0.bytes.count }) ?? true {
                if let old = window { munmap(UnsafeMutableRawPointer(mutating: old.bytes.baseAddress), old.bytes.count) }
                window = nil
                let start = offset / page * page
                let length = min(16 << 20, fileSize - start)
                guard let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, off_t(start)), mapped != MAP_FAILED else { break }
                window = (start, UnsafeRawBufferPointer(start: mapped, count: length))
            }
            guard let (start, bytes) = window else { break }
            let entry = UnsafeRawBufferPointer(rebasing: bytes[(offset - start)..<min(offset - start + 32, bytes.count)])
            (kinds[index], sizes[index], bases[index]) = kind(in: entry, at: offset, offsets: offsets, kinds: kinds, sizes: sizes)
        }
        return (kinds, sizes, bases)
    }

    private static func kind(in entry: UnsafeRawBufferPointer, at offset: Int, offsets: [Int], kinds: [ObjectKind?],
                             sizes: [Int]) -> (ObjectKind?, Int, Int) {
        guard let header = PackEntryHeader(entry) else { return (nil, 0, -1) }
        switch header.kind {
        case .whole(let kind): return (kind, header.size, -1)
        case .offsetDelta(let distance):
            return offsets.sortedIndex(of: offset - distance).map { (kinds[$0], sizes[$0], $0) } ?? (nil, header.size, -1)
        case .other: return (nil, header.size, -1)
        }
    }

    /// The offset of `id` in a version-2 pack index, by binary search between the fan-out counts of its first byte.
    static func offset(of id: ObjectID, in data: Data) -> Int? {
        id.withBytes { wanted in
            data.withUnsafeBytes { raw -> Int? in
                func word(_ at: Int) -> Int { Int(UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self))) }
                guard raw.count >= 8 + 1024, word(0) == 0xFF74_4F63, word(4) == 2 else { return nil }
                let count = word(8 + 255 * 4)
                let ids = 8 + 1024
                let offsets = ids + count * 20 + count * 4
                let large = offsets + count * 4
                guard raw.count >= large + 40 else { return nil }
                let first = Int(wanted[0])
                var low = first == 0 ? 0 : word(8 + (first - 1) * 4)
                var high = word(8 + first * 4)
                guard low <= high, high <= count else { return nil }
                // Ids are uniformly random: guess the place from the id's next bytes (interpolation), which lands
                // within a few entries where halving took a dozen probes, each a cache miss in a large index.
                let key = UInt64(bigEndian: wanted.loadUnaligned(fromByteOffset: 1, as: UInt64.self))
                func lead(_ at: Int) -> UInt64 { UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: ids + at * 20 + 1, as: UInt64.self)) }
                for _ in 0..<3 where high - low > 16 {
                    let (lowKey, highKey) = (lead(low), lead(high - 1))
                    guard lowKey <= key, key <= highKey, highKey > lowKey else { break }
                    let span = Double(high - 1 - low)
                    let guess = low + min(high - 1 - low, max(0, Int(span * (Double(key - lowKey) / Double(highKey - lowKey)))))
                    // Eight entries around the guess: the id lies before them, after them, or strictly between
                    // their ends (ids that share those bytes with it are left to the halving below).
                    let (from, to) = (max(low, guess - 4), min(high - 1, guess + 4))
                    let (before, after) = (lead(from), lead(to))
                    if before > key {
                        high = from
                    } else if after < key {
                        low = to + 1
                    } else if before < key, key < after {
                        (low, high) = (from + 1, to)
                    } else {
                        break
                    }
                }
                while low < high {
                    let middle = (low + high) / 2
                    let order = memcmp(raw.baseAddress! + ids + middle * 20, wanted.baseAddress!, 20)
                    if order == 0 {
                        var offset = word(offsets + middle * 4)
                        if offset & 0x8000_0000 != 0 {
                            let slot = large + (offset & 0x7FFF_FFFF) * 8
                            guard slot + 8 <= raw.count else { return nil }
                            offset = Int(UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: slot, as: UInt64.self)))
                        }
                        return offset
                    }
                    if order < 0 { low = middle + 1 } else { high = middle }
                }
                return nil
            }
        }
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

extension Array where Element == Int {
    /// The index of `value` in this ascending array, by binary search.
    func sortedIndex(of value: Int) -> Int? {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == value ? low : nil
    }
}
