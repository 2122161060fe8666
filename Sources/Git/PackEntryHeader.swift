/// The header that starts every pack entry: the type (3 bits) and inflated size (4 bits, then 7 bits a byte while
/// the top bit is set), then for an `OFS_DELTA` how far back its base starts (7 bits a byte, each continuation
/// adding one). Parsed from bytes that may be damaged: it is nil rather than wrong.
struct PackEntryHeader {
    enum Kind {
        /// A commit, tree, blob or tag, stored whole.
        case whole(ObjectKind)
        /// A delta against the entry `distance` bytes before this one.
        case offsetDelta(distance: Int)
        /// A delta against an object named by id, or a type git does not write.
        case other(type: Int)
    }

    let kind: Kind
    /// The inflated size: of the object, or of the delta data.
    let size: Int
    /// The header's own length: the compressed data starts there.
    let length: Int

    /// Nil when `bytes` end inside the header or a number in it overflows.
    init?(_ bytes: UnsafeRawBufferPointer) {
        var position = 0
        func next() -> Int? {
            guard position < bytes.count else { return nil }
            defer { position += 1 }
            return Int(bytes[position])
        }
        guard var byte = next() else { return nil }
        let type = (byte >> 4) & 7
        var size = byte & 15
        var shift = 4
        while byte & 0x80 != 0 {
            guard shift < 57, let more = next() else { return nil }
            byte = more
            size |= (byte & 0x7F) << shift
            shift += 7
        }
        switch type {
        case 1: kind = .whole(.commit)
        case 2: kind = .whole(.tree)
        case 3: kind = .whole(.blob)
        case 4: kind = .whole(.tag)
        case 6:
            guard var byte = next() else { return nil }
            var distance = byte & 0x7F
            while byte & 0x80 != 0 {
                guard distance < 1 << 48, let more = next() else { return nil }
                byte = more
                distance = ((distance + 1) << 7) | (byte & 0x7F)
            }
            kind = .offsetDelta(distance: distance)
        default:
            kind = .other(type: type)
        }
        self.size = size
        length = position
    }
}
