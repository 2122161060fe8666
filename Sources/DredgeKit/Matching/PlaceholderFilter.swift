/// Recognises values that stand in for a secret (`xxxx`, `EXAMPLE`, `${VAR}`, `<your-key>`), which are not exposures.
/// The list is documented in patterns/README.md; keep the two in step.
public enum PlaceholderFilter {
    static let markers: [[UInt8]] = [
        "example", "xxxx", "placeholder", "your_", "your-", "yourkey", "<", ">", "${", "{{", "dummy", "sample",
        "redacted", "****", "...", "\u{2026}", "0123456789", "1234567890", "abcdefghij",
    ].map { Array($0.utf8) }

    public static func isPlaceholder<Bytes: Collection>(_ secret: Bytes) -> Bool where Bytes.Element == UInt8 {
        let lowered = secret.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        if markers.contains(where: { lowered.contains($0) }) { return true }
        guard lowered.count >= 8 else { return false }
        var counts = [Int](repeating: 0, count: 256)
        for byte in secret { counts[Int(byte)] += 1 }
        return counts.max()! * 2 > lowered.count
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs as a contiguous run.
    func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        let first = needle[0]
        for start in 0...(count - needle.count) where self[start] == first {
            if self[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
