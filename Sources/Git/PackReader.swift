import CDeflate
import CZlib
import Glibc

/// Reads blobs straight from pack files, without libgit2: libgit2 guards every pack window with one process-wide
/// mutex, so two workers reading through it took longer than one (bench/README.md). Each worker has its own reader:
/// its own file descriptors, decompressor and cache of recent objects, so nothing is shared and nothing locks.
/// Entries are inflated by libdeflate, not zlib: the size of each is known before it is read, so whole-buffer
/// decompression serves, at about twice zlib's speed (inflating was a sixth of a git/git scan's CPU).
///
/// Entries are located by `ObjectListing` (offset and end, from the `.idx`). A delta (`OFS_DELTA`) is rebuilt from its
/// chain of bases; every object rebuilt stays in a small cache, because in pack order the next delta usually builds
/// on the object just read. Anything this reader does not handle (a `REF_DELTA`, a chain out of bounds, data that
/// does not inflate) throws, and the caller reads the object through libgit2 instead, which reports real damage.
public final class PackReader {
    public let listing: ObjectListing
    private var descriptors: [Int32?]
    /// Nil when libdeflate could not allocate one: then every inflate fails, and libgit2 reads instead.
    private let decompressor = libdeflate_alloc_decompressor()
    private var entry: [UInt8] = []
    private var cache: ObjectCache
    /// Objects held by `keep` for the deltas still to be read on them, outside the cache's budget.
    private var kept: [ObjectListing.Location: [UInt8]] = [:]
    /// The object `withObject` read last, which `keep` holds.
    private var last: (location: ObjectListing.Location, bytes: [UInt8])?

    /// What the last `withObject` rebuilt from a delta on the spot (not from the cache): its base (where, and its
    /// bytes), and the copy instructions that made the object from it. Lines copied whole from a base already matched
    /// need no second look.
    public private(set) var lastDelta: (base: ObjectListing.Location, bytes: [UInt8], copies: [DeltaCopy])?

    public struct Unsupported: Error, CustomStringConvertible {
        public let description: String
    }

    /// `cacheBudget`: bytes of rebuilt objects kept for the deltas that follow.
    public init(_ listing: ObjectListing, cacheBudget: Int = 8 << 20) {
        self.listing = listing
        cache = ObjectCache(budget: cacheBudget)
        descriptors = Array(repeating: nil, count: listing.packs.count)
    }

    deinit {
        if let decompressor { libdeflate_free_decompressor(decompressor) }
        for case let descriptor? in descriptors { close(descriptor) }
    }

    /// Holds the object read last (if it is at `location`) until `release`: a caller that reads a base and then the
    /// deltas built on it, depth first, has every delta rebuilt from its base in one step, however much it read between.
    public func keep(_ location: ObjectListing.Location) {
        if let last, last.location == location { kept[location] = last.bytes }
    }

    public func release(_ location: ObjectListing.Location) {
        kept[location] = nil
    }

    private func cached(_ location: ObjectListing.Location) -> [UInt8]? {
        kept.isEmpty ? cache[location] : kept[location] ?? cache[location]
    }

    /// The object at `location` itself, shared with the cache rather than copied (a caller may keep it), or nil when
    /// it is larger than `maxSize`.
    public func bytes(at location: ObjectListing.Location, maxSize: Int) throws -> [UInt8]? {
        var kept: [UInt8]?
        _ = try withObject(at: location, maxSize: maxSize, array: { kept = $0 })
        return kept
    }

    /// Lends the bytes of the object at `location` to `body`, or returns nil without rebuilding it when it is larger
    /// than `maxSize`; `size` is its size either way.
    public func withObject<R>(at location: ObjectListing.Location, maxSize: Int,
                              _ body: (UnsafeRawBufferPointer) throws -> R) throws -> (result: R?, size: Int) {
        try withObject(at: location, maxSize: maxSize, array: { try $0.withUnsafeBytes(body) })
    }

    private func withObject<R>(at location: ObjectListing.Location, maxSize: Int,
                               array body: ([UInt8]) throws -> R) throws -> (result: R?, size: Int) {
        var bytes: [UInt8]
        (lastDelta, last) = (nil, nil)
        if let cached = cached(location) {
            bytes = cached
        } else {
            let header = try read(location)
            switch header.kind {
            case .whole:
                guard header.size <= maxSize else { return (nil, header.size) }
                bytes = try inflate(header)
            case .delta(let baseOffset):
                guard header.size <= Self.baseLimit(maxSize) else { throw Unsupported(description: "delta data too large to read here") }
                let delta = try inflate(header)
                let size = try Delta.resultSize(of: delta)
                guard size <= maxSize else { return (nil, size) }
                let baseLocation = try base(at: baseOffset, of: location)
                var copies: [DeltaCopy] = []
                let baseBytes = try object(at: baseLocation, maxSize: maxSize)
                bytes = try Delta.apply(delta, to: baseBytes, maxSize: maxSize, copies: &copies)
                lastDelta = (baseLocation, baseBytes, copies)
            }
            cache[location] = bytes
        }
        last = (location, bytes)
        guard bytes.count <= maxSize else { return (nil, bytes.count) }
        return (try body(bytes), bytes.count)
    }

    /// An object's content, from the cache or rebuilt from its chain of deltas, each link cached on the way.
    private func object(at location: ObjectListing.Location, maxSize: Int) throws -> [UInt8] {
        var deltas: [(location: ObjectListing.Location, delta: [UInt8])] = []
        var current = location
        var base: [UInt8]
        while true {
            if let cached = cached(current) {
                base = cached
                break
            }
            let header = try read(current)
            guard header.size <= Self.baseLimit(maxSize) else { throw Unsupported(description: "a delta base too large to rebuild here") }
            guard case .delta(let baseOffset) = header.kind else {
                base = try inflate(header)
                cache[current] = base
                break
            }
            guard deltas.count < 10_000 else { throw Unsupported(description: "delta chain too long") }
            deltas.append((current, try inflate(header)))
            current = try self.base(at: baseOffset, of: current)
        }
        for (location, delta) in deltas.reversed() {
            base = try Delta.apply(delta, to: base, maxSize: Self.baseLimit(maxSize))
            cache[location] = base
        }
        return base
    }

    /// How large a delta base may be for a blob of at most `maxSize` bytes: a base far larger than what is scanned is
    /// left to libgit2, which rebuilds it within its own limits.
    private static func baseLimit(_ maxSize: Int) -> Int { max(maxSize, 1 << 20) * 4 }

    private func base(at offset: Int, of location: ObjectListing.Location) throws -> ObjectListing.Location {
        guard let base = listing.location(pack: location.pack, offset: offset) else {
            throw Unsupported(description: "delta base at \(offset) is not an entry of the pack")
        }
        return base
    }

    private struct Header {
        enum Kind {
            case whole
            case delta(baseOffset: Int)
        }
        let kind: Kind
        /// The inflated size: of the object, or of the delta data.
        let size: Int
        /// Where the compressed data starts and ends in the pack.
        let data: Range<Int>
        let pack: Int
    }

    /// Parses an entry's header (`PackEntryHeader`), reading only its first bytes.
    private func read(_ location: ObjectListing.Location) throws -> Header {
        var bytes = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        let count = min(location.end - location.offset, MemoryLayout.size(ofValue: bytes))
        let descriptor = try self.descriptor(location.pack)
        let got = withUnsafeMutableBytes(of: &bytes) { pread(descriptor, $0.baseAddress, count, off_t(location.offset)) }
        guard count > 0, got == count else { throw Unsupported(description: "short read of the pack at \(location.offset)") }
        guard let header = withUnsafeBytes(of: bytes, { PackEntryHeader(UnsafeRawBufferPointer(rebasing: $0.prefix(count))) }) else {
            throw Unsupported(description: "damaged entry header at \(location.offset)")
        }
        // zlib counts in 32 bits; such objects are left to libgit2.
        guard header.size <= Int(UInt32.max) else { throw Unsupported(description: "an object over 4 GiB") }
        let data = location.offset + header.length..<location.end
        switch header.kind {
        case .whole:
            return Header(kind: .whole, size: header.size, data: data, pack: location.pack)
        case .offsetDelta(let distance):
            guard distance > 0, distance <= location.offset else { throw Unsupported(description: "delta base before the pack") }
            return Header(kind: .delta(baseOffset: location.offset - distance), size: header.size, data: data, pack: location.pack)
        case .other(let type):
            throw Unsupported(description: "entry type \(type) at \(location.offset)")
        }
    }

    /// Reads an entry's compressed data and inflates it, which must come to exactly `header.size` bytes. No more is
    /// read than zlib can take to make that many (`compressBound`): a damaged index cannot make it read gigabytes.
    private func inflate(_ header: Header) throws -> [UInt8] {
        let count = min(header.data.count, Int(compressBound(uLong(header.size))))
        if entry.count < count { entry = [UInt8](repeating: 0, count: count) }
        let descriptor = try self.descriptor(header.pack)
        let got = entry.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(header.data.lowerBound)) }
        guard count > 0, got == count else { throw Unsupported(description: "short read of the pack at \(header.data.lowerBound)") }
        guard let decompressor else { throw Unsupported(description: "no decompressor") }
        return try [UInt8](unsafeUninitializedCapacity: max(header.size, 1)) { buffer, initialized in
            var inflated = 0
            let status = entry.withUnsafeBytes { input in
                libdeflate_zlib_decompress_ex(decompressor, input.baseAddress, count, buffer.baseAddress, header.size, nil, &inflated)
            }
            guard status == LIBDEFLATE_SUCCESS, inflated == header.size else {
                throw Unsupported(description: "entry does not inflate to its size (libdeflate \(status.rawValue))")
            }
            initialized = header.size
        }
    }

    private func descriptor(_ pack: Int) throws -> Int32 {
        if let open = descriptors[pack] { return open }
        let descriptor = Glibc.open(listing.packs[pack], O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Unsupported(description: "cannot open \(listing.packs[pack])") }
        descriptors[pack] = descriptor
        return descriptor
    }
}

/// The objects a reader rebuilt last, up to a byte budget; the oldest go first.
private struct ObjectCache {
    let budget: Int
    private var objects: [ObjectListing.Location: [UInt8]] = [:]
    private var order: [ObjectListing.Location] = []
    private var head = 0
    private var bytes = 0

    init(budget: Int) {
        self.budget = budget
    }

    subscript(location: ObjectListing.Location) -> [UInt8]? {
        get { objects[location] }
        set {
            guard let newValue, objects[location] == nil, newValue.count <= budget / 4 else { return }
            objects[location] = newValue
            order.append(location)
            bytes += newValue.count
            while bytes > budget, head < order.count {
                bytes -= objects.removeValue(forKey: order[head])?.count ?? 0
                head += 1
            }
            if head > 4096, head * 2 > order.count {
                order.removeFirst(head)
                head = 0
            }
        }
    }
}
