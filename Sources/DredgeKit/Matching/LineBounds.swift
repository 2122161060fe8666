import Foundation

/// Where a line starts and ends in a text's bytes: the line deduplicator and the copied-line ranges both walk lines
/// from arbitrary offsets.
enum LineBounds {
    /// Just past the last newline in `first..<end`, or `first` when there is none (a line back, so a short look).
    static func start(in bytes: UnsafeRawPointer, from first: Int, before end: Int) -> Int {
        var position = end
        while position > first {
            if bytes.load(fromByteOffset: position - 1, as: UInt8.self) == 0x0A { return position }
            position -= 1
        }
        return first
    }

    /// The offset of the next newline at or after `start`, or `count`.
    static func end(in bytes: UnsafeRawPointer, from start: Int, count: Int) -> Int {
        guard let found = memchr(bytes + start, 0x0A, count - start) else { return count }
        return bytes.distance(to: UnsafeRawPointer(found))
    }
}
