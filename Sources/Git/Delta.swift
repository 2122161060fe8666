/// git's delta format: the base's size and the result's size (7 bits a byte, low bits first), then instructions:
/// a byte with the top bit set copies a range of the base (its low 4 bits say which offset bytes follow, the next
/// 3 which size bytes; size 0 means 0x10000), a byte from 1 to 127 inserts that many bytes that follow it.
/// Every offset and length is checked: a corrupt delta throws, it never reads or writes out of bounds.
enum Delta {
    struct Corrupt: Error, CustomStringConvertible {
        let description: String
    }

    /// The size of the object the delta builds.
    static func resultSize(of delta: [UInt8]) throws -> Int {
        var position = 0
        _ = try varint(delta, &position)
        return try varint(delta, &position)
    }

    /// The object `delta` builds from `base`; a result over `maxSize` bytes throws before anything is allocated.
    /// With `copies`, each copy instruction is added to it: where its bytes landed in the result and came from in the base.
    static func apply(_ delta: [UInt8], to base: [UInt8], maxSize: Int, copies: UnsafeMutablePointer<[DeltaCopy]>? = nil) throws -> [UInt8] {
        var position = 0
        guard try varint(delta, &position) == base.count else { throw Corrupt(description: "delta is for a base of another size") }
        let size = try varint(delta, &position)
        guard size <= maxSize else { throw Corrupt(description: "delta builds \(size) bytes, more than \(maxSize)") }
        return try [UInt8](unsafeUninitializedCapacity: size) { result, initialized in
            var written = 0
            try delta.withUnsafeBufferPointer { delta in
                try base.withUnsafeBufferPointer { base in
                    while position < delta.count {
                        let instruction = Int(delta[position])
                        position += 1
                        if instruction & 0x80 != 0 {
                            var offset = 0, length = 0
                            for bit in 0..<7 where instruction & (1 << bit) != 0 {
                                guard position < delta.count else { throw Corrupt(description: "truncated copy instruction") }
                                if bit < 4 { offset |= Int(delta[position]) << (8 * bit) } else { length |= Int(delta[position]) << (8 * (bit - 4)) }
                                position += 1
                            }
                            if length == 0 { length = 0x10000 }
                            guard offset + length <= base.count, written + length <= size else { throw Corrupt(description: "copy out of bounds") }
                            (result.baseAddress! + written).update(from: base.baseAddress! + offset, count: length)
                            copies?.pointee.append(DeltaCopy(target: written, source: offset, length: length))
                            written += length
                        } else if instruction != 0 {
                            guard position + instruction <= delta.count, written + instruction <= size else { throw Corrupt(description: "insert out of bounds") }
                            (result.baseAddress! + written).update(from: delta.baseAddress! + position, count: instruction)
                            written += instruction
                            position += instruction
                        } else {
                            throw Corrupt(description: "reserved delta instruction 0")
                        }
                    }
                }
            }
            guard written == size else { throw Corrupt(description: "delta builds \(written) bytes, not \(size)") }
            initialized = size
        }
    }

    private static func varint(_ bytes: [UInt8], _ position: inout Int) throws -> Int {
        var value = 0, shift = 0
        while true {
            guard position < bytes.count, shift < 57 else { throw Corrupt(description: "bad size in delta header") }
            let byte = Int(bytes[position])
            position += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if byte & 0x80 == 0 { return value }
        }
    }
}

/// One copy instruction of a delta as applied: `length` bytes of the base from `source` landed at `target` in the result.
public struct DeltaCopy: Sendable, Equatable {
    public let target: Int
    public let source: Int
    public let length: Int

    public init(target: Int, source: Int, length: Int) {
        (self.target, self.source, self.length) = (target, source, length)
    }
}
