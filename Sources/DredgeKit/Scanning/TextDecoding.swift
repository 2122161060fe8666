import Foundation

/// Turns UTF-16 text (Windows tools write it: .reg exports, PowerShell output, some .config files) into UTF-8 so the
/// rules see it; anything else with a NUL byte near the start is binary and left to binary-aware detectors.
enum TextDecoding {
    enum Content {
        case text
        case utf16(littleEndian: Bool)
        case binary
    }

    /// Bytes looked at to decide, as git does.
    static let probeLength = 8000

    static func classify(_ bytes: UnsafeRawBufferPointer) -> Content {
        let probe = UnsafeRawBufferPointer(rebasing: bytes.prefix(probeLength))
        // memchr, not `contains`: this runs on every blob of a history, and a byte loop was 2 % of the workers' time.
        guard let start = probe.baseAddress, memchr(start, 0, probe.count) != nil else { return .text }
        if probe.count >= 2 {
            if probe[0] == 0xFF, probe[1] == 0xFE { return .utf16(littleEndian: true) }
            if probe[0] == 0xFE, probe[1] == 0xFF { return .utf16(littleEndian: false) }
        }
        // Without a byte-order mark: ASCII-range text in UTF-16 has a NUL in every other byte and nowhere else.
        let even = stride(from: 0, to: probe.count - 1, by: 2)
        if probe.count >= 16, even.allSatisfy({ probe[$0] != 0 && probe[$0 + 1] == 0 }) { return .utf16(littleEndian: true) }
        if probe.count >= 16, even.allSatisfy({ probe[$0] == 0 && probe[$0 + 1] != 0 }) { return .utf16(littleEndian: false) }
        return .binary
    }

    /// UTF-8 bytes of UTF-16 text (invalid sequences become U+FFFD); the byte-order mark is dropped.
    static func utf8(fromUTF16 bytes: UnsafeRawBufferPointer, littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        if units.first == 0xFEFF { units.removeFirst() }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
