import Foundation
import Git

/// The lines of a blob rebuilt from a delta that its copy instructions took whole from the base. A version of a file
/// repeats nearly all of the last one, and git stores it as copies of that one plus a few inserted bytes: when the base
/// has been matched already (`CleanBases`), only the lines around the inserted bytes need reading.
enum CopiedLines {
    /// Ranges of whole lines, each from a line's start to just past its newline, that lie within one copy (or copies
    /// that continue one another). A copy's first line counts only when it starts the base and the blob both (else
    /// the base may hold more of it). A new line below a range may need its last lines as context: the deduplicator
    /// reads those when it does (`LineDeduplicator.contextLines`).
    static func ranges(in bytes: UnsafeRawBufferPointer, copies: [DeltaCopy]) -> [Range<Int>] {
        guard let base = bytes.baseAddress else { return [] }
        var ranges: [Range<Int>] = []
        for copy in merged(copies) where copy.length > 0 && copy.target + copy.length <= bytes.count {
            let end = copy.target + copy.length
            var first = copy.target
            if copy.target != 0 || copy.source != 0 {
                guard let newline = memchr(base + copy.target, 0x0A, copy.length) else { continue }
                first = base.distance(to: UnsafeRawPointer(newline)) + 1
            }
            let stop = lineStart(after: base, from: first, before: end)
            if stop > first { ranges.append(first..<stop) }
        }
        return ranges
    }

    /// The copies with those that continue one another in the base and the blob both joined: a line across the
    /// seam of two such copies is whole in the base too.
    static func merged(_ copies: [DeltaCopy]) -> [DeltaCopy] {
        var merged: [DeltaCopy] = []
        merged.reserveCapacity(copies.count)
        for copy in copies {
            if let last = merged.last, last.target + last.length == copy.target, last.source + last.length == copy.source {
                merged[merged.count - 1] = DeltaCopy(target: last.target, source: last.source, length: last.length + copy.length)
            } else {
                merged.append(copy)
            }
        }
        return merged
    }

    /// Just past the last newline in `first..<end`, or `first` when there is none (a line back, so a short look).
    private static func lineStart(after base: UnsafeRawPointer, from first: Int, before end: Int) -> Int {
        var position = end
        while position > first {
            if base.load(fromByteOffset: position - 1, as: UInt8.self) == 0x0A { return position }
            position -= 1
        }
        return first
    }
}
