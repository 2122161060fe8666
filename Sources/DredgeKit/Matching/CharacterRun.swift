/// What a path rule's secret is made of when it has no literal to anchor on: at least `minimum` characters in a row
/// from a set (`run: { chars: 'A-Za-z0-9+/_-', min: 32 }`, a bare token in a notes file). The matcher hands PCRE2
/// only the lines that hold such a run. A pattern that opens with lookarounds gives PCRE2 nothing to skip ahead to, so
/// it was tried at every position of every file at the rule's paths: 3 to 4 s of a git/git scan for `*.txt` alone.
public struct CharacterRun: Sendable, Hashable {
    /// The set as written: single characters and ranges (`a-z`), ASCII and printable; a `-` first or last is itself.
    public let characters: String
    public let minimum: Int
    private let members: [Bool]

    /// Nil when `characters` is no such set or `minimum` is under 2.
    public init?(characters: String, minimum: Int) {
        let written = Array(characters.utf8)
        guard minimum >= 2, !written.isEmpty, written.allSatisfy({ $0 > 32 && $0 < 127 }) else { return nil }
        var members = Array(repeating: false, count: 256)
        var index = 0
        while index < written.count {
            let first = written[index]
            if index + 2 < written.count, written[index + 1] == UInt8(ascii: "-") {
                let last = written[index + 2]
                guard first <= last else { return nil }
                for byte in first...last { members[Int(byte)] = true }
                index += 3
            } else {
                members[Int(first)] = true
                index += 1
            }
        }
        (self.characters, self.minimum, self.members) = (characters, minimum, members)
    }

    /// The lines of `bytes` holding a run, each from its start to just past its newline; neighbours are joined.
    /// A run is sought by looking at the last of `minimum` bytes first: where a byte outside the set stands, no run
    /// starts at or before it, so plain text is mostly stepped over, not read byte by byte.
    func lines(in bytes: UnsafeRawBufferPointer) -> [Range<Int>] {
        let newline = UInt8(ascii: "\n")
        var lines: [Range<Int>] = []
        var start = 0  // no run starts before this
        while start + minimum <= bytes.count {
            var probe = start + minimum - 1
            while probe >= start, members[Int(bytes[probe])] { probe -= 1 }
            if probe >= start {
                start = probe + 1
                continue
            }
            let floor = lines.last?.upperBound ?? 0
            var lineStart = start
            while lineStart > floor, bytes[lineStart - 1] != newline { lineStart -= 1 }
            var lineEnd = start + minimum
            while lineEnd < bytes.count, bytes[lineEnd] != newline { lineEnd += 1 }
            lineEnd = min(lineEnd + 1, bytes.count)
            if let last = lines.last, last.upperBound == lineStart {
                lines[lines.count - 1] = last.lowerBound..<lineEnd
            } else {
                lines.append(lineStart..<lineEnd)
            }
            start = lineEnd
        }
        return lines
    }
}
