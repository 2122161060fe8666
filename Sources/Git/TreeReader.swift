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

    /// Lends each entry of a tree to `body`, in git's order.
    public func forEachEntry(ofTree id: ObjectID, _ body: (TreeEntry) throws -> Void) throws {
        if let location = listing.location(of: id) {
            // A tree the reader cannot rebuild, or that does not parse whole, goes to libgit2 before `body` sees any
            // of it; an error `body` throws is the caller's.
            var bodyError: (any Error)?
            let read = try? reader.withObject(at: location, maxSize: 1 << 30) { bytes -> Bool in
                guard Self.isWellFormed(bytes) else { return false }
                do { try Self.forEachEntry(in: bytes, body) } catch { bodyError = error }
                return true
            }
            if let bodyError { throw bodyError }
            if read?.result == true { return }
        }
        try repository.forEachEntry(ofTree: id, body)
    }

    /// `forEachEntry(ofTree:_:)`, leaving out the entries equal byte for byte to one of `previous`, the bytes of a
    /// tree this method returned before: a directory's next version repeats nearly all of its entries, and a walk
    /// that has been through them need not look at them again. Returns the tree's bytes (shared with the reader's
    /// cache, not copied), or nil when libgit2 read it (then every entry was lent).
    public func forEachEntry(ofTree id: ObjectID, besides previous: [UInt8]?, _ body: (TreeEntry) throws -> Void) throws -> [UInt8]? {
        if let location = listing.location(of: id), let read = try? reader.bytes(at: location, maxSize: 1 << 30),
           read.withUnsafeBytes(Self.isWellFormed) {
            try read.withUnsafeBytes { bytes in
                guard let previous else { return try Self.forEachEntry(in: bytes, body) }
                try previous.withUnsafeBytes { try Self.forEachEntry(in: bytes, besides: $0, body) }
            }
            return read
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

    /// A tree is entries of `MODE SP NAME NUL ID(20 bytes)`, the mode in octal.
    static func isWellFormed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        (try? forEachRawEntry(in: bytes) { _, _, _ in }) != nil
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
        guard let old = previous.baseAddress?.assumingMemoryBound(to: UInt8.self),
              let new = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return try forEachEntry(in: bytes, body) }
        var other = 0  // the next entry of `previous` not yet passed
        try forEachRawEntry(in: bytes) { mode, name, idOffset in
            while other < previous.count {
                var position = other, oldMode = 0
                while position < previous.count, old[position] != UInt8(ascii: " ") {
                    oldMode = oldMode << 3 | Int(old[position] &- UInt8(ascii: "0"))
                    position += 1
                }
                let nameStart = position + 1
                guard nameStart < previous.count, let nul = memchr(old + nameStart, 0, previous.count - nameStart) else { other = previous.count; break }
                let nameEnd = UnsafePointer(nul.assumingMemoryBound(to: UInt8.self)) - old
                let next = nameEnd + 21
                let shorter = min(nameEnd - nameStart, name.count)
                var order = Int(memcmp(old + nameStart, name.baseAddress!, shorter))
                if order == 0 { order = (nameEnd - nameStart) - name.count }
                if order < 0 {
                    other = next
                    continue
                }
                if order == 0 {
                    other = next
                    if oldMode == mode, memcmp(old + nameEnd + 1, new + idOffset, 20) == 0 { return }
                }
                break
            }
            try body(TreeEntry(name: name, id: id(at: idOffset, in: bytes), kind: kind(ofMode: mode)))
        }
    }

    /// Parses a tree's entries, lending each one's mode, name and the offset of its id, without making the id.
    @inline(__always)
    private static func forEachRawEntry(in bytes: UnsafeRawBufferPointer,
                                        _ body: (_ mode: Int, _ name: UnsafeBufferPointer<UInt8>, _ idOffset: Int) throws -> Void) throws {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }  // the empty tree
        let count = bytes.count
        var position = 0
        while position < count {
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
            try body(mode, UnsafeBufferPointer(start: base + nameStart, count: position - nameStart), position + 1)
            position += 21
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
