import Foundation
import Git

/// The lines of a blob rebuilt from a delta that are whole lines of its base. A version of a file repeats nearly all
/// of the last one, and git stores it as copies of that one plus a few inserted bytes: when the base has been matched
/// already (`CleanBases`), only the lines around the inserted bytes need reading.
enum CopiedLines {
    /// The longest line looked at across a copy's start: longer ones are read.
    static let longestLine = 4096

    /// Ranges of whole lines, each from a line's start to just past its newline, ascending: the lines inside a copy,
    /// and the line each copy starts in when its bytes are a whole line of the base at the place the copy implies
    /// (git's deltas often split a line between two copies, or start a copy in the middle of an unchanged line). A new
    /// line below a range may need its last lines as context: the deduplicator reads those when it does
    /// (`LineDeduplicator.contextLines`).
    static func ranges(in bytes: UnsafeRawBufferPointer, copies: [DeltaCopy], base: UnsafeRawBufferPointer) -> [Range<Int>] {
        guard let target = bytes.baseAddress, let source = base.baseAddress else { return [] }
        var ranges: [Range<Int>] = []
        func add(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            guard let last = ranges.last, range.lowerBound <= last.upperBound else { return ranges.append(range) }
            ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
        }
        for copy in copies where copy.length > 0 && copy.target + copy.length <= bytes.count && copy.source + copy.length <= base.count {
            let end = copy.target + copy.length
            // The line the copy starts in, from its start to its newline (which may lie past the copy).
            let start = LineBounds.start(in: target, from: max(0, copy.target - longestLine), before: copy.target)
            guard start == 0 || target.load(fromByteOffset: start - 1, as: UInt8.self) == 0x0A,
                  let found = memchr(target + copy.target, 0x0A, min(bytes.count - copy.target, longestLine)) else { continue }
            let newline = target.distance(to: UnsafeRawPointer(found))
            let place = copy.source - (copy.target - start)  // where that line would start in the base
            let length = newline + 1 - start
            if place >= 0, place + length <= base.count, place == 0 || source.load(fromByteOffset: place - 1, as: UInt8.self) == 0x0A,
               memcmp(target + start, source + place, length) == 0 {
                add(start..<(newline + 1))
            }
            // The lines after it that end within the copy.
            if newline + 1 < end { add((newline + 1)..<LineBounds.start(in: target, from: newline + 1, before: end)) }
        }
        return ranges
    }
}
