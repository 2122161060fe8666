import Zlib

/// Opens the archives the unwrap stage meets in history, known by their first bytes whatever the file is called:
/// zip (also jar, war, apk, docx…), tar, and gzip (`.gz`, `.tgz`: one stream, which may itself be a tar).
/// Members are handed out one at a time; every byte inflated counts against one budget shared by all the layers of
/// a blob, so a zip bomb stops at the budget and is counted, never fatal.
enum ArchiveReader {
    /// How reading an archive ended.
    enum Ending: Equatable {
        case complete
        /// The inflation budget or the member limit was reached: the remaining members were skipped.
        case overLimit
        /// Truncated or corrupt: the members before the damage were read.
        case damaged
    }

    static func format(of bytes: UnsafeRawBufferPointer) -> ContentLayer.Kind? {
        if bytes.count >= 30, bytes[0] == 0x50, bytes[1] == 0x4B, bytes[2] == 0x03, bytes[3] == 0x04 { return .zip }
        if bytes.count >= 18, bytes[0] == 0x1F, bytes[1] == 0x8B, bytes[2] == 0x08 { return .gzip }
        if bytes.count >= 512, Array(bytes[257..<262]) == Array("ustar".utf8) { return .tar }
        return nil
    }

    /// Bytes a blob's archives may still inflate, shared by the archives nested in it.
    final class InflateBudget {
        var remaining: Int
        init(_ remaining: Int) { self.remaining = remaining }
    }

    /// Calls `body` with each member's path (nil for gzip) and bytes, inflating no more than `budget` allows.
    static func forEachMember(in bytes: UnsafeRawBufferPointer, format: ContentLayer.Kind, budget: InflateBudget, limits: UnwrapLimits,
                              _ body: (String?, UnsafeRawBufferPointer) -> Void) -> Ending {
        switch format {
        case .zip: return zipMembers(bytes, budget: budget, limits: limits, body)
        case .tar: return tarMembers(bytes, limits: limits, body)
        case .gzip: return gzipContent(bytes, budget: budget, body)
        default: return .complete
        }
    }

    // MARK: gzip

    private static func gzipContent(_ bytes: UnsafeRawBufferPointer, budget: InflateBudget,
                                    _ body: (String?, UnsafeRawBufferPointer) -> Void) -> Ending {
        let result = Inflater(.gzip).inflate(bytes, limit: budget.remaining)
        budget.remaining -= result.output.count
        switch result.ending {
        case .complete:
            result.output.withUnsafeBytes { body(nil, $0) }
            return .complete
        case .overLimit:
            return .overLimit
        case .truncated, .corrupt:
            result.output.withUnsafeBytes { body(nil, $0) }  // what came out before the damage is real content
            return .damaged
        }
    }

    // MARK: zip

    /// Walks the local file headers from the start, as a stream: a truncated zip (no central directory) still yields
    /// the members before the cut, and entries the central directory would alias (overlapping-member bombs) are
    /// each read once at most.
    private static func zipMembers(_ bytes: UnsafeRawBufferPointer, budget: InflateBudget, limits: UnwrapLimits,
                                   _ body: (String?, UnsafeRawBufferPointer) -> Void) -> Ending {
        var offset = 0
        var count = 0
        while true {
            guard offset + 4 <= bytes.count else { return .damaged }
            let signature = uint32(bytes, offset)
            if signature == 0x0201_4B50 || signature == 0x0605_4B50 || signature == 0x0606_4B50 { return .complete }  // the central directory
            guard signature == 0x0403_4B50, offset + 30 <= bytes.count else { return .damaged }
            count += 1
            guard count <= limits.members else { return .overLimit }
            let flags = uint16(bytes, offset + 6)
            let method = uint16(bytes, offset + 8)
            var compressedSize = Int(uint32(bytes, offset + 18))
            let nameLength = Int(uint16(bytes, offset + 26))
            let extraLength = Int(uint16(bytes, offset + 28))
            let nameStart = offset + 30
            let dataStart = nameStart + nameLength + extraLength
            guard dataStart <= bytes.count else { return .damaged }
            let name = String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self)
            if compressedSize == 0xFFFF_FFFF {
                guard let size = zip64CompressedSize(bytes, extra: (nameStart + nameLength)..<dataStart, uncompressedToo: uint32(bytes, offset + 22) == 0xFFFF_FFFF) else { return .damaged }
                compressedSize = size
            }
            let sizeKnown = flags & 0x08 == 0 || compressedSize > 0  // bit 3: sizes follow the data
            let encrypted = flags & 0x01 != 0
            let isDirectory = name.hasSuffix("/")
            var dataEnd: Int
            if method == 8, !encrypted {
                let end = sizeKnown ? dataStart + compressedSize : bytes.count
                guard end <= bytes.count || !sizeKnown else { return .damaged }
                let result = Inflater(.raw).inflate(UnsafeRawBufferPointer(rebasing: bytes[dataStart..<min(end, bytes.count)]), limit: budget.remaining)
                budget.remaining -= result.output.count
                switch result.ending {
                case .complete:
                    if !isDirectory { result.output.withUnsafeBytes { body(name, $0) } }
                case .overLimit:
                    return .overLimit
                case .truncated, .corrupt:
                    return .damaged
                }
                dataEnd = sizeKnown ? end : dataStart + result.consumed
            } else {
                guard sizeKnown else { return .damaged }  // stored (or unknown) data of unknown length: no way to its end
                dataEnd = dataStart + compressedSize
                guard dataEnd <= bytes.count else { return .damaged }
                if method == 0, !encrypted, !isDirectory { body(name, UnsafeRawBufferPointer(rebasing: bytes[dataStart..<dataEnd])) }
            }
            if flags & 0x08 != 0 {  // the data descriptor: an optional signature, then CRC and sizes (4 or 8 bytes each)
                if dataEnd + 4 <= bytes.count, uint32(bytes, dataEnd) == 0x0807_4B50 { dataEnd += 4 }
                dataEnd += 12
                if dataEnd + 8 <= bytes.count, uint32(bytes, dataEnd) != 0x0403_4B50, uint32(bytes, dataEnd + 8) == 0x0403_4B50 { dataEnd += 8 }
            }
            offset = dataEnd
        }
    }

    /// The compressed size from a ZIP64 extra field (id 1: the uncompressed size first when it too overflowed).
    private static func zip64CompressedSize(_ bytes: UnsafeRawBufferPointer, extra: Range<Int>, uncompressedToo: Bool) -> Int? {
        var offset = extra.lowerBound
        while offset + 4 <= extra.upperBound {
            let id = uint16(bytes, offset)
            let size = Int(uint16(bytes, offset + 2))
            if id == 1 {
                let field = offset + 4 + (uncompressedToo ? 8 : 0)
                guard field + 8 <= extra.upperBound else { return nil }
                let value = UInt64(uint32(bytes, field)) | UInt64(uint32(bytes, field + 4)) << 32
                return value < UInt64(Int.max / 2) ? Int(value) : nil
            }
            offset += 4 + size
        }
        return nil
    }

    // MARK: tar

    /// POSIX ustar and GNU tar: 512-byte headers, each followed by its data in 512-byte blocks; GNU long names (`L`)
    /// and pax `path=` records name the next member. No inflation: members are slices of the archive.
    private static func tarMembers(_ bytes: UnsafeRawBufferPointer, limits: UnwrapLimits,
                                   _ body: (String?, UnsafeRawBufferPointer) -> Void) -> Ending {
        var offset = 0
        var count = 0
        var nextName: String?
        while offset + 512 <= bytes.count {
            let header = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + 512)])
            if header.allSatisfy({ $0 == 0 }) { return .complete }
            guard let size = octal(header, 124..<136) else { return .damaged }
            let dataStart = offset + 512
            guard size <= bytes.count - dataStart else { return .damaged }
            let data = UnsafeRawBufferPointer(rebasing: bytes[dataStart..<(dataStart + size)])
            switch header[156] {
            case UInt8(ascii: "L"):
                nextName = cString(data, 0..<data.count)
            case UInt8(ascii: "x"):
                nextName = paxPath(data) ?? nextName
            case UInt8(ascii: "0"), 0, UInt8(ascii: "7"):
                count += 1
                guard count <= limits.members else { return .overLimit }
                let name = cString(header, 0..<100)
                let prefix = Array(header[257..<262]) == Array("ustar".utf8) ? cString(header, 345..<500) : ""
                body(nextName ?? (prefix.isEmpty ? name : prefix + "/" + name), data)
                nextName = nil
            default:
                nextName = nil  // directories, links, devices: nothing to read
            }
            offset = dataStart + (size + 511) / 512 * 512
        }
        return offset >= bytes.count ? .complete : .damaged
    }

    /// An octal number field (NUL- or space-terminated), or GNU's base-256 form (high bit of the first byte set).
    private static func octal(_ header: UnsafeRawBufferPointer, _ field: Range<Int>) -> Int? {
        if header[field.lowerBound] & 0x80 != 0 {
            var value = 0
            for index in (field.lowerBound + 1)..<field.upperBound {
                guard value < Int.max >> 9 else { return nil }
                value = value << 8 | Int(header[index])
            }
            return value
        }
        var value = 0
        var digits = 0
        for index in field {
            let byte = header[index]
            if byte == 0 || byte == 0x20 { if digits > 0 { break } else { continue } }
            guard byte >= 0x30, byte <= 0x37, value < Int.max >> 4 else { return nil }
            value = value << 3 | Int(byte - 0x30)
            digits += 1
        }
        return value
    }

    private static func cString(_ bytes: UnsafeRawBufferPointer, _ field: Range<Int>) -> String {
        let end = bytes[field].firstIndex(of: 0) ?? field.upperBound
        return String(decoding: bytes[field.lowerBound..<end], as: UTF8.self)
    }

    /// The `path=` record of a pax extended header (`<length> path=<value>\n` records).
    private static func paxPath(_ data: UnsafeRawBufferPointer) -> String? {
        let text = String(decoding: data, as: UTF8.self)
        for record in text.split(separator: "\n") {
            guard let space = record.firstIndex(of: " ") else { continue }
            let field = record[record.index(after: space)...]
            if field.hasPrefix("path=") { return String(field.dropFirst(5)) }
        }
        return nil
    }

    private static func uint16(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func uint32(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
