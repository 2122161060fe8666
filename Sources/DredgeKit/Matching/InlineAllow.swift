import Foundation

/// `dredge:allow` in a comment on a line (`# dredge:allow`, `// dredge:allow`, `<!-- dredge:allow -->`) marks what
/// matches on that line as accepted; `dredge:allow <rule-id>` accepts only that rule's matches. Looked for once per
/// blob that has matches, with `memchr`, so the blobs without matches (nearly all) cost nothing more.
/// Whether a line is allowed depends on its text alone, so line deduplication sees the same answer in every blob.
struct InlineAllow {
    static let marker = Array("dredge:allow".utf8)

    /// Each marker's line (from its start to its newline) and the rule it names, if any.
    private var lines: [(range: Range<Int>, rule: String?)] = []

    init(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        var from = 0
        while let offset = Self.nextMarker(in: bytes, from: from) {
            var start = offset
            if let last = lines.last, last.range.upperBound >= offset {
                start = last.range.lowerBound  // a second marker on a line: walk back over that line once only
            } else {
                while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
            }
            var end = offset + Self.marker.count
            var word = end
            while word < bytes.count, bytes[word] == UInt8(ascii: " ") || bytes[word] == UInt8(ascii: "\t") { word += 1 }
            let wordStart = word
            while word < bytes.count, Self.isRuleIDByte(bytes[word]) { word += 1 }
            let named = String(decoding: bytes[wordStart..<word], as: UTF8.self)
            end = memchr(base + end, 0x0A, bytes.count - end).map { base.distance(to: UnsafeRawPointer($0)) } ?? bytes.count
            lines.append((start..<end, PatternPackLoader.isValidID(named) ? named : nil))
            from = offset + Self.marker.count
        }
    }

    /// Whether a match of `ruleID` spanning `span` (it may run over several lines) touches an allowing line.
    func allows(_ ruleID: String, _ span: Range<Int>) -> Bool {
        lines.contains { line in
            line.range.lowerBound < span.upperBound && span.lowerBound <= line.range.upperBound && (line.rule ?? ruleID) == ruleID
        }
    }

    /// The offset of the next marker at or after `from`: `memchr` for its colon, then a comparison around it
    /// (`memmem` is a GNU extension that Swift's Glibc module leaves out).
    private static func nextMarker(in bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
        let colon = 6  // "dredge:allow"
        var at = from + colon
        while at < bytes.count, let found = memchr(bytes.baseAddress! + at, Int32(UInt8(ascii: ":")), bytes.count - at) {
            let start = bytes.baseAddress!.distance(to: UnsafeRawPointer(found)) - colon
            if start + marker.count <= bytes.count, memcmp(bytes.baseAddress! + start, marker, marker.count) == 0 { return start }
            at = start + colon + 1
        }
        return nil
    }

    private static func isRuleIDByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_")
    }
}
