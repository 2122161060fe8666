import Foundation

/// The line around a match, for reports: responders judge a false positive by the code around it. Every secret the
/// blob's hits captured on that line shows in its redacted form, so the context never reveals more than the report's
/// secret column; a long line is cut around the match.
enum ContextLine {
    /// Characters kept on each side of the secret on a long line.
    static let reach = 60
    /// How far to look for the line's ends (minified files have megabyte lines).
    static let scanLimit = 4096

    static func text(around secret: Range<Int>, in bytes: UnsafeRawBufferPointer, secrets: [Range<Int>]) -> String {
        let newline = UInt8(ascii: "\n")
        var start = secret.lowerBound
        while start > 0, bytes[start - 1] != newline, secret.lowerBound - start < scanLimit { start -= 1 }
        var end = secret.lowerBound
        while end < bytes.count, bytes[end] != newline, end - secret.lowerBound < scanLimit { end += 1 }
        let cutStart = max(start, secret.lowerBound - reach)
        let cutEnd = min(end, min(secret.upperBound, end) + reach)
        var text = cutStart > start ? "…" : ""
        var offset = cutStart
        for range in secrets.filter({ $0.overlaps(cutStart..<max(cutEnd, cutStart + 1)) }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if range.lowerBound > offset { text += String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<range.lowerBound]), as: UTF8.self) }
            if range.upperBound > offset {
                text += Secret(bytes: Array(bytes[range])).redacted
                offset = range.upperBound
            }
        }
        if offset < cutEnd { text += String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<cutEnd]), as: UTF8.self) }
        if cutEnd < end { text += "…" }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
