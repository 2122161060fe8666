/// Finds which rules are worth running on a blob: an Aho-Corasick automaton over every rule's keywords,
/// case-insensitive for ASCII, compiled into a dense transition table so the scan is one lookup per byte.
public struct KeywordPrefilter: Sendable {
    /// state * 256 + byte -> next state, case folded; negated (~state) when the next state ends a keyword,
    /// so the scan loop tests a sign instead of reading the output list at every byte.
    private let transitions: [Int32]
    private let outputs: [[Int]]  // state -> rule indices whose keyword ends here (including via failure links)
    public let ruleCount: Int

    /// `keywords[i]` are rule i's keywords.
    public init(keywords: [[String]]) {
        ruleCount = keywords.count
        var goto: [[UInt8: Int32]] = [[:]]
        var output: [[Int]] = [[]]
        for (rule, words) in keywords.enumerated() {
            for word in words {
                var state: Int32 = 0
                for byte in word.utf8.map(Self.fold) {
                    if let next = goto[Int(state)][byte] {
                        state = next
                    } else {
                        goto.append([:])
                        output.append([])
                        goto[Int(state)][byte] = Int32(goto.count - 1)
                        state = Int32(goto.count - 1)
                    }
                }
                if !output[Int(state)].contains(rule) { output[Int(state)].append(rule) }
            }
        }
        // Breadth-first: fill failure links and turn the trie into a complete automaton.
        var table = [Int32](repeating: 0, count: goto.count * 256)
        var failure = [Int32](repeating: 0, count: goto.count)
        var queue: [Int32] = []
        for byte in 0..<256 {
            if let next = goto[0][UInt8(byte)] {
                table[byte] = next
                queue.append(next)
            }
        }
        var head = 0
        while head < queue.count {
            let state = Int(queue[head])
            head += 1
            output[state] += output[Int(failure[state])].filter { !output[state].contains($0) }
            for byte in 0..<256 {
                if let next = goto[state][UInt8(byte)] {
                    failure[Int(next)] = table[Int(failure[state]) * 256 + byte]
                    table[state * 256 + byte] = next
                    queue.append(next)
                } else {
                    table[state * 256 + byte] = table[Int(failure[state]) * 256 + byte]
                }
            }
        }
        // Upper-case input bytes take the lower-case transitions.
        for state in 0..<goto.count {
            for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") {
                table[state * 256 + Int(upper)] = table[state * 256 + Int(upper | 0x20)]
            }
        }
        for (slot, next) in table.enumerated() where !output[Int(next)].isEmpty {
            table[slot] = ~next
        }
        transitions = table
        outputs = output
    }

    private static func fold(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }

    /// The indices of the rules whose keywords occur in `bytes`, ascending.
    public func candidates(in bytes: UnsafeRawBufferPointer) -> [Int] {
        var found = [Bool](repeating: false, count: ruleCount)
        var remaining = ruleCount
        var state = 0
        transitions.withUnsafeBufferPointer { table in
            for byte in bytes {
                let next = table[state &* 256 &+ Int(byte)]
                if next >= 0 {
                    state = Int(next)
                    continue
                }
                state = Int(~next)
                for rule in outputs[state] where !found[rule] {
                    found[rule] = true
                    remaining -= 1
                }
                if remaining == 0 { break }
            }
        }
        return found.indices.filter { found[$0] }
    }
}
