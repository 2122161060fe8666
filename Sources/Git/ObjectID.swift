internal import CGit2

/// A SHA-1 object id, held by value (20 bytes) so it outlives any libgit2 object.
public struct ObjectID: Hashable, Sendable, Comparable, CustomStringConvertible {
    // Three words rather than a byte tuple, so hashing and equality are a few integer operations.
    @usableFromInline let high: UInt64
    @usableFromInline let middle: UInt64
    @usableFromInline let low: UInt32

    init(_ oid: git_oid) {
        var copy = oid
        (high, middle, low) = withUnsafeBytes(of: &copy.id) { raw in
            (raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
             raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
             raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
        }
    }

    /// Parses a full 40-character hexadecimal id.
    public init?(hex: String) {
        guard hex.utf8.count == 40 else { return nil }
        var oid = git_oid()
        guard git_oid_fromstrn(&oid, hex, 40) == 0 else { return nil }
        self.init(oid)
    }

    var gitOID: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { raw in
            raw.storeBytes(of: high, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: middle, toByteOffset: 8, as: UInt64.self)
            raw.storeBytes(of: low, toByteOffset: 16, as: UInt32.self)
        }
        return oid
    }

    /// Lends the id's 20 bytes, in git's order. Inlinable: the history walk keys every tree entry by its id, and an
    /// unspecialised call across the module boundary was a twelfth of the walk.
    @inlinable
    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        withUnsafeBytes(of: (high, middle, low)) { raw in
            // The tuple's layout is (8, 8, 4) bytes with no padding before `low`.
            body(UnsafeRawBufferPointer(rebasing: raw[0..<20]))
        }
    }

    public var hex: String {
        var oid = gitOID
        var buffer = [UInt8](repeating: 0, count: 40)
        buffer.withUnsafeMutableBufferPointer { out in
            out.withMemoryRebound(to: CChar.self) { _ = git_oid_fmt($0.baseAddress, &oid) }
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    public var description: String { hex }

    /// Orders as the hexadecimal text does: the words were loaded in memory order, so compare them big-endian.
    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
        (UInt64(bigEndian: lhs.high), UInt64(bigEndian: lhs.middle), UInt32(bigEndian: lhs.low))
            < (UInt64(bigEndian: rhs.high), UInt64(bigEndian: rhs.middle), UInt32(bigEndian: rhs.low))
    }
}

extension ObjectID {
    /// The all-zero id, which names no object (git uses it for "nothing").
    public static let zero = ObjectID(git_oid())
}

extension ObjectID {
    /// From the 20 raw bytes of an id, as pack indexes store them.
    init(bytes: UnsafeRawBufferPointer) {
        high = bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        middle = bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        low = bytes.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
    }
}

extension ObjectID {
    /// The id git gives a blob with this content (`git hash-object`), computed without any repository.
    public init(hashingBlob bytes: UnsafeRawBufferPointer) {
        var oid = git_oid()
        git_odb_hash(&oid, bytes.baseAddress, bytes.count, GIT_OBJECT_BLOB)
        self.init(oid)
    }
}
