/// Finds which rules are worth running on a blob, and where: an Aho-Corasick automaton over every rule's keywords,
/// case-insensitive for ASCII, compiled into a dense transition table so the scan is one lookup per byte.
/// Each keyword hit opens a window around it (the rule's reach); PCRE2 then runs on those windows only.
public struct KeywordPrefilter: Sendable {
    /// state * 256 + byte -> next state, case folded; negated (~state) when the next state ends a keyword,
    /// so the scan loop tests a sign instead of reading the output list at every byte.
    private let transitions: [Int32]
    private let outputs: [[Int]]  // state -> rule indices whose keyword ends here (including via failure links)
    private let reaches: [Reach]
    public let ruleCount: Int

    /// How far from a keyword a rule's match can start (before) and end (after), in bytes.
    public struct Reach: Sendable {
        public var before: Int
        public var after: Int
        public init(before: Int, after: Int) {
            self.before = before
            self.after = after
        }
    }

    /// `keywords[i]` are rule i's keywords, `reaches[i]` its reach (default: the whole blob).
    public init(keywords: [[String]], reaches: [Reach]? = nil) {
        ruleCount = keywords.count
        self.reaches = reaches ?? Array(repeating: Reach(before: .max / 4, after: .max / 4), count: keywords.count)
        // The trie, built straight into the dense table (-1: no edge yet): rows of 256 are cheaper than a
        // dictionary per state when the breadth-first pass below visits every (state, byte).
        var table = [Int32](repeating: -1, count: 256)
        var output: [[Int]] = [[]]
        for (rule, words) in keywords.enumerated() {
            for word in words {
                var state = 0
                for byte in word.utf8.map(Self.fold) {
                    let slot = state * 256 + Int(byte)
                    if table[slot] < 0 {
                        table[slot] = Int32(output.count)
                        output.append([])
                        table += repeatElement(-1, count: 256)
                    }
                    state = Int(table[slot])
                }
                if !output[state].contains(rule) { output[state].append(rule) }
            }
        }
        // Breadth-first: fill failure links and turn the trie into a complete automaton. A state's row holds only
        // its trie edges until the state is taken from the queue; its failure state's row is complete by then.
        var failure = [Int32](repeating: 0, count: output.count)
        var queue: [Int32] = []
        for byte in 0..<256 {
            if table[byte] < 0 { table[byte] = 0 } else { queue.append(table[byte]) }
        }
        var head = 0
        table.withUnsafeMutableBufferPointer { table in
            while head < queue.count {
                let state = Int(queue[head])
                head += 1
                output[state] += output[Int(failure[state])].filter { !output[state].contains($0) }
                let fallbackRow = Int(failure[state]) * 256
                for byte in 0..<256 {
                    let slot = state * 256 + byte
                    let fallback = table[fallbackRow + byte]
                    if table[slot] < 0 {
                        table[slot] = fallback
                    } else {
                        failure[Int(table[slot])] = fallback
                        queue.append(table[slot])
                    }
                }
            }
            // Upper-case input bytes take the lower-case transitions.
            for state in 0..<output.count {
                for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") {
                    table[state * 256 + Int(upper)] = table[state * 256 + Int(upper | 0x20)]
                }
            }
            let ends = output.map { !$0.isEmpty }
            for slot in table.indices where ends[Int(table[slot])] {
                table[slot] = ~table[slot]
            }
        }
        transitions = table
        outputs = output
    }

    private static func fold(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }

    /// The rules whose keywords occur in `bytes` (only in `regions`, when given), ascending, each with the merged
    /// windows around its keyword hits. Windows are in blob offsets and may reach beyond the regions.
    public func candidates(in bytes: UnsafeRawBufferPointer, regions: [Range<Int>]? = nil) -> [(rule: Int, windows: [Range<Int>])] {
        var windows = [[Range<Int>]](repeating: [], count: ruleCount)
        transitions.withUnsafeBufferPointer { table in
            for region in regions ?? [0..<bytes.count] {
                scan(region, of: bytes, table: table, into: &windows)
            }
        }
        return windows.indices.compactMap { windows[$0].isEmpty ? nil : ($0, windows[$0]) }
    }

    /// Runs the automaton over one region (from its start state) and opens or extends a window at each keyword hit.
    private func scan(_ region: Range<Int>, of bytes: UnsafeRawBufferPointer, table: UnsafeBufferPointer<Int32>,
                      into windows: inout [[Range<Int>]]) {
        var state = 0
        for position in region {
            let next = table[state &* 256 &+ Int(bytes[position])]
            if next >= 0 {
                state = Int(next)
                continue
            }
            state = Int(~next)
            for rule in outputs[state] {
                let reach = reaches[rule]
                let window = max(0, position + 1 - reach.before)..<min(bytes.count, position + 1 &+ reach.after)
                if let last = windows[rule].last, window.lowerBound <= last.upperBound {
                    windows[rule][windows[rule].count - 1] = last.lowerBound..<max(last.upperBound, window.upperBound)
                } else {
                    windows[rule].append(window)
                }
            }
        }
    }
}
