import Foundation

/// Reads trees straight from the pack files with its own `PackReader`, libgit2 for the rest (loose trees, those in
/// packs the listing does not know, anything the reader cannot rebuild). The history walks read a tree per commit:
/// through libgit2 each read rebuilt its delta chain again behind libgit2's process-wide pack lock, where the reader
/// keeps the objects it rebuilt last, so the next commit's root tree finds its bases there. One per thread.
public final class TreeReader {
    private let listing: ObjectListing
    private let reader: PackReader
    private let repository: Repository

    public init(_ repository: Repository, listing: ObjectListing) {
        self.repository = repository
        self.listing = listing
        reader = PackReader(listing)
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

    /// The ids of the entries called `names` directly in a tree, or nothing when the tree cannot be read.
    public func entryIDs(named names: Set<String>, inTree id: ObjectID) -> [String: ObjectID] {
        let wanted = names.map { (name: $0, bytes: Array($0.utf8)) }
        var found: [String: ObjectID] = [:]
        do {
            try forEachEntry(ofTree: id) { entry in
                for name in wanted where name.bytes.count == entry.name.count && name.bytes.elementsEqual(entry.name) {
                    found[name.name] = entry.id
                }
            }
        } catch {
            return [:]
        }
        return found
    }

    /// A tree is entries of `MODE SP NAME NUL ID(20 bytes)`, the mode in octal.
    static func isWellFormed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        (try? forEachEntry(in: bytes) { _ in }) != nil
    }

    struct Malformed: Error {}

    static func forEachEntry(in bytes: UnsafeRawBufferPointer, _ body: (TreeEntry) throws -> Void) throws {
        let bound = bytes.bindMemory(to: UInt8.self)
        var position = 0
        while position < bound.count {
            var mode = 0
            while position < bound.count, bound[position] != UInt8(ascii: " ") {
                let digit = Int(bound[position]) - Int(UInt8(ascii: "0"))
                guard (0...7).contains(digit), mode < 1 << 20 else { throw Malformed() }
                mode = mode << 3 | digit
                position += 1
            }
            position += 1
            let nameStart = position
            while position < bound.count, bound[position] != 0 { position += 1 }
            guard position > nameStart, position + 21 <= bound.count else { throw Malformed() }
            let name = UnsafeBufferPointer(rebasing: bound[nameStart..<position])
            let id = ObjectID(bytes: UnsafeRawBufferPointer(rebasing: bytes[(position + 1)..<(position + 21)]))
            position += 21
            try body(TreeEntry(name: name, id: id, kind: kind(ofMode: mode)))
        }
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
