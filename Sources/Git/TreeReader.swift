import Foundation

/// Reads trees straight from the pack files with its own `PackReader`, libgit2 for the rest (loose trees, those in
/// packs the listing does not know, anything the reader cannot rebuild). The history walks read a tree per commit:
/// through libgit2 each read rebuilt its delta chain again behind libgit2's process-wide pack lock, where the reader
/// keeps the objects it rebuilt last, so the next commit's root tree finds its bases there. One per thread.
public final class TreeReader {
    private let listing: ObjectListing
    private let reader: PackReader
    private let repository: Repository

    public init(_ repository: Repository, listing: ObjectListing, cacheBudget: Int = 8 << 20) {
        self.repository = repository
        self.listing = listing
        reader = PackReader(listing, cacheBudget: cacheBudget)
    }

    /// Lends each entry of a tree to `body`, in git's order (`forEachEntry(ofTree:besides:_:)` with no previous tree).
    public func forEachEntry(ofTree id: ObjectID, _ body: (TreeEntry) throws -> Void) throws {
        _ = try forEachEntry(ofTree: id, besides: nil, body)
    }

    /// Lends each entry of a tree to `body`, in git's order, but those equal byte for byte to one of `previous`, the
    /// bytes of a tree this method returned before: a directory's next version repeats nearly all of its entries, and
    /// a walk that has been through them need not look at them again. Returns the tree's bytes (shared with the
    /// reader's cache, not copied), or nil when libgit2 read it (then every entry was lent).
    /// For a caller to whom an entry lent twice is one (a walk recording first sightings): the tree is parsed as it
    /// is lent, not checked whole first (that was a twelfth of git/git's walk), so where it turns out damaged, libgit2
    /// reads it again and lends every entry, those lent already too.
    public func forEachEntry(ofTree id: ObjectID, besides previous: [UInt8]?, _ body: (TreeEntry) throws -> Void) throws -> [UInt8]? {
        if let location = listing.location(of: id), let read = try? reader.bytes(at: location, maxSize: 1 << 30) {
            do {
                try read.withUnsafeBytes { bytes in
                    guard let previous else { return try Self.forEachEntry(in: bytes, body) }
                    try previous.withUnsafeBytes { try Self.forEachEntry(in: bytes, besides: $0, body) }
                }
                return read
            } catch is Malformed {
                // libgit2 below says what is wrong with it, if anything
            }
        }
        try repository.forEachEntry(ofTree: id, body)
        return nil
    }

    /// The ids of the entries called `names` directly in a tree, in the order of `names` (nil where there is none, and
    /// for every name when the tree cannot be read). A packed tree is parsed once: where it does not parse whole, what
    /// was found is dropped and libgit2 reads it.
    public func entryIDs(_ names: EntryNames, inTree id: ObjectID) -> [ObjectID?] {
        var found = [ObjectID?](repeating: nil, count: names.names.count)
        if let location = listing.location(of: id) {
            let read = try? reader.withObject(at: location, maxSize: 1 << 30) { Self.lookUp(names, in: $0, into: &found) }
            if read?.result == true { return found }
            found = [ObjectID?](repeating: nil, count: names.names.count)
        }
        do {
            try repository.forEachEntry(ofTree: id) { entry in
                if let index = names.index(of: entry.name) { found[index] = entry.id }
            }
        } catch {
            return [ObjectID?](repeating: nil, count: names.names.count)
        }
        return found
    }

    /// Looks `names` up in a tree's bytes in one pass, making an id only for the entries found (a root tree has
    /// hundreds of entries, and the exposure walk reads one per commit); false when the bytes are not a tree.
    static func lookUp(_ names: EntryNames, in bytes: UnsafeRawBufferPointer, into found: inout [ObjectID?]) -> Bool {
        (try? forEachRawEntry(in: bytes) { _, name, idOffset in
            if let index = names.index(of: name) { found[index] = id(at: idOffset, in: bytes) }
        }) != nil
    }

    struct Malformed: Error {}

    static func forEachEntry(in bytes: UnsafeRawBufferPointer, _ body: (TreeEntry) throws -> Void) throws {
        try forEachRawEntry(in: bytes) { mode, name, idOffset in
            try body(TreeEntry(name: name, id: id(at: idOffset, in: bytes), kind: kind(ofMode: mode)))
        }
    }

    /// The entries of `bytes` but those equal to an entry of `previous` (a well-formed tree). Both lists are in git's
    /// order, so one pass over each pairs them; where the order of two names is read otherwise than git reads it (a
    /// directory sorts as if its name ended in `/`), an entry is only lent when it need not be, never skipped wrongly.
    static func forEachEntry(in bytes: UnsafeRawBufferPointer, besides previous: UnsafeRawBufferPointer,
                             _ body: (TreeEntry) throws -> Void) throws {
        var others = RawEntries(previous)
        var other = try others.next()  // the first entry of `previous` not yet passed
        try forEachRawEntry(in: bytes) { mode, name, idOffset in
            while let old = other {
                let shorter = min(old.name.count, name.count)
                var order = Int(memcmp(old.name.baseAddress!, name.baseAddress!, shorter))
                if order == 0 { order = old.name.count - name.count }
                guard order <= 0 else { break }
                other = try others.next()
                if order == 0, old.mode == mode,
                   memcmp(previous.baseAddress! + old.idOffset, bytes.baseAddress! + idOffset, 20) == 0 { return }
                if order == 0 { break }
            }
            try body(TreeEntry(name: name, id: id(at: idOffset, in: bytes), kind: kind(ofMode: mode)))
        }
    }

    /// Parses a tree's entries, lending each one's mode, name and the offset of its id, without making the id.
    @inline(__always)
    private static func forEachRawEntry(in bytes: UnsafeRawBufferPointer,
                                        _ body: (_ mode: Int, _ name: UnsafeBufferPointer<UInt8>, _ idOffset: Int) throws -> Void) throws {
        var entries = RawEntries(bytes)
        while let entry = try entries.next() { try body(entry.mode, entry.name, entry.idOffset) }
    }

    /// A tree's entries one at a time, each its mode, name and the offset of its id: `MODE SP NAME NUL ID(20 bytes)`,
    /// the mode in octal. Throws where the bytes are not that.
    private struct RawEntries {
        let bytes: UnsafeRawBufferPointer
        var position = 0

        init(_ bytes: UnsafeRawBufferPointer) {
            self.bytes = bytes
        }

        @inline(__always)
        mutating func next() throws -> (mode: Int, name: UnsafeBufferPointer<UInt8>, idOffset: Int)? {
            guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), position < bytes.count else { return nil }
            let count = bytes.count
            var mode = 0
            while position < count, base[position] != UInt8(ascii: " ") {
                let digit = Int(base[position]) &- Int(UInt8(ascii: "0"))
                guard (0...7).contains(digit), mode < 1 << 20 else { throw Malformed() }
                mode = mode << 3 | digit
                position += 1
            }
            position += 1
            let nameStart = position
            guard position < count, let nul = memchr(base + position, 0, count - position) else { throw Malformed() }
            position = UnsafeRawPointer(nul) - UnsafeRawPointer(base)
            guard position > nameStart, position + 21 <= count else { throw Malformed() }
            defer { position += 21 }
            return (mode, UnsafeBufferPointer(start: base + nameStart, count: position - nameStart), position + 1)
        }
    }

    private static func id(at offset: Int, in bytes: UnsafeRawBufferPointer) -> ObjectID {
        ObjectID(bytes: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + 20)]))
    }

    /// What git's modes name: a directory, a submodule's commit, or a file or symlink's blob.
    static func kind(ofMode mode: Int) -> ObjectKind {
        switch mode & 0o170000 {
        case 0o040000: .tree
        case 0o160000: .commit
        case 0o100000, 0o120000: .blob
        default: .other
        }
    }
}

@available(*, unavailable)
extension TreeReader: Sendable {}
