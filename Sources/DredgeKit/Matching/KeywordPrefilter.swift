import Glibc

/// Finds which rules are worth running on a blob, and where: an Aho-Corasick automaton over every rule's keywords,
/// case-insensitive for ASCII, compiled into a dense transition table so the scan is one lookup per byte.
/// Each keyword hit opens a window around it (the rule's reach); PCRE2 then runs on those windows only.
/// A blank in a keyword stands for any run of spaces and tabs (`stats auth` is also HAProxy's `stats\t\tauth`):
/// the state after a blank loops on blanks.
public struct KeywordPrefilter: Sendable {
    /// Byte -> column of the table. Keywords use a few dozen distinct bytes (case folded); every other byte shares
    /// column 0. Narrow rows make the table several times smaller than rows of 256: quicker to build, which a
    /// pre-push hook pays on every run, and kinder to the cache in a full scan.
    private let columns: [UInt8]
    private let width: Int
    /// (state row offset + column) -> the next state's row offset (state * width), so the scan loop needs no
    /// multiplication; negated (~offset) when the next state ends a keyword, so the loop tests a sign instead of
    /// reading the output list at every byte.
    private let transitions: [Int32]
    private let outputs: [[Int]]  // state -> rule indices whose keyword ends here (including via failure links)
    /// State -> the rules of `outputs` for which the keyword ending there may sit further above a match than the
    /// line deduplicator reads as a new line's context (`farKeywords`).
    private let farOutputs: [[Int]]
    private let reaches: [Reach]
    public let ruleCount: Int
    /// No keyword holds a newline, so each keyword hit lies within one line (what the line deduplicator assumes when
    /// it reads again only the lines seen before that hold a keyword).
    public let keywordsWithinLines: Bool

    /// How far from a keyword a rule's match can start (before) and end (after), in bytes, and, with `lines`, in
    /// lines: the window then also stops at the start of the `lines`-th line above the keyword's and at the end of
    /// the `lines`-th line below it.
    public struct Reach: Sendable, Equatable {
        public var before: Int
        public var after: Int
        public var lines: Int?
        public init(before: Int, after: Int, lines: Int? = nil) {
            self.before = before
            self.after = after
            self.lines = lines
        }
    }

    /// `keywords[i]` are rule i's keywords, `reaches[i]` its reach (default: the whole blob), `farKeywords[i]` those of
    /// its keywords that may sit more lines above its match than a new line's context (a `<server>` above its
    /// `<password>`): the line deduplicator reads their lines again further up (`LineDeduplicator.farContextBytes`).
    public init(keywords: [[String]], reaches: [Reach]? = nil, farKeywords: [[String]]? = nil) {
        ruleCount = keywords.count
        keywordsWithinLines = !keywords.joined().contains { $0.utf8.contains(UInt8(ascii: "\n")) }
        self.reaches = reaches ?? Array(repeating: Reach(before: .max / 4, after: .max / 4), count: keywords.count)
        let keywords = keywords.map { $0.map(Self.blanksAsOne) }
        var columns = [UInt8](repeating: 0, count: 256)
        var width = 1
        for byte in Set(keywords.joined().flatMap { $0.utf8.map(Self.fold) }).sorted() {
            columns[Int(byte)] = UInt8(width)
            width += 1
        }
        for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") { columns[Int(upper)] = columns[Int(upper | 0x20)] }
        let blank = Int(columns[Int(Self.space)])
        if blank != 0 { columns[Int(Self.tab)] = UInt8(blank) }
        // The trie, built straight into the dense table (-1: no edge yet), at most a state per keyword byte.
        var table = [Int32](repeating: -1, count: width)
        table.reserveCapacity((keywords.joined().reduce(0) { $0 + $1.utf8.count } + 1) * width)
        var output: [[Int]] = [[]]
        var farOutput: [[Int]] = [[]]
        for (rule, words) in keywords.enumerated() {
            for word in words {
                var state = 0
                for byte in word.utf8 {
                    let slot = state * width + Int(columns[Int(byte)])
                    if table[slot] < 0 {
                        table[slot] = Int32(output.count)
                        output.append([])
                        farOutput.append([])
                        table += repeatElement(-1, count: width)
                    }
                    state = Int(table[slot])
                }
                if !output[state].contains(rule) { output[state].append(rule) }
                if let far = farKeywords?[rule].map(Self.blanksAsOne), far.contains(word), !farOutput[state].contains(rule) {
                    farOutput[state].append(rule)
                }
            }
        }
        // A state entered on a blank stays there on more blanks: no keyword has two blanks in a row to go on with.
        if blank != 0 {
            for state in 0..<output.count where table[state * width + blank] > 0 {
                let next = Int(table[state * width + blank])
                table[next * width + blank] = Int32(next)
            }
        }
        // Breadth-first: fill failure links and turn the trie into a complete automaton. A state's row holds only
        // its trie edges until the state is taken from the queue; its failure state's row is complete by then.
        var failure = [Int32](repeating: 0, count: output.count)
        var queue: [Int32] = []
        for column in 0..<width {
            if table[column] < 0 { table[column] = 0 } else { queue.append(table[column]) }
        }
        var head = 0
        table.withUnsafeMutableBufferPointer { table in
            while head < queue.count {
                let state = Int(queue[head])
                head += 1
                output[state] += output[Int(failure[state])].filter { !output[state].contains($0) }
                farOutput[state] += farOutput[Int(failure[state])].filter { !farOutput[state].contains($0) }
                let fallbackRow = Int(failure[state]) * width
                for column in 0..<width {
                    let slot = state * width + column
                    let fallback = table[fallbackRow + column]
                    if table[slot] < 0 {
                        table[slot] = fallback
                    } else if table[slot] != Int32(state) {  // a blank's loop is no trie edge
                        failure[Int(table[slot])] = fallback
                        queue.append(table[slot])
                    }
                }
            }
            let ends = output.map { !$0.isEmpty }
            for slot in table.indices {
                let next = table[slot]
                table[slot] = ends[Int(next)] ? ~(next * Int32(width)) : next * Int32(width)
            }
        }
        self.columns = columns
        self.width = width
        farOutputs = farOutput
        transitions = table
        outputs = output
    }

    /// The part of `window` from the start of the `count`-th line above the one holding `position` to the end
    /// (newline included) of the `count`-th line below it.
    static func lines(_ count: Int, around position: Int, of bytes: UnsafeRawBufferPointer, within window: Range<Int>) -> Range<Int> {
        // Forward with memchr: a window's lines below its keyword are most of what it reads.
        guard let base = bytes.baseAddress else { return window }
        var start = position
        var newlines = 0
        while start > window.lowerBound {
            if bytes[start - 1] == UInt8(ascii: "\n") {
                newlines += 1
                if newlines > count { break }
            }
            start -= 1
        }
        var end = window.upperBound
        var from = position + 1
        newlines = 0
        while from < window.upperBound, let found = memchr(base + from, 0x0A, window.upperBound - from) {
            let newline = UnsafeRawPointer(found) - base
            newlines += 1
            if newlines > count {
                end = newline + 1
                break
            }
            from = newline + 1
        }
        return start..<end
    }

    private static func fold(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }

    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    /// Whether one of `keywords` occurs in `text` as the prefilter reads it: what an example must hold for its rule to run.
    public static func finds(anyOf keywords: [String], in text: String) -> Bool {
        Array(text.utf8).withUnsafeBytes { !KeywordPrefilter(keywords: [keywords]).candidates(in: $0).isEmpty }
    }

    /// The keyword with each run of spaces and tabs written as one space, as the automaton reads it.
    static func blanksAsOne(_ keyword: String) -> String {
        var out: [UInt8] = []
        for byte in keyword.utf8 {
            let isBlank = byte == space || byte == tab
            if isBlank, out.last == space { continue }
            out.append(isBlank ? space : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The rules whose keywords occur in `bytes` (only in `regions`, when given), ascending, each with the merged
    /// windows around its keyword hits. Windows are in blob offsets and may reach beyond the regions.
    public func candidates(in bytes: UnsafeRawBufferPointer, regions: [Range<Int>]? = nil) -> [(rule: Int, windows: [Range<Int>])] {
        var ends: [Int]? = nil
        var farEnds: [Int]? = nil
        return candidates(in: bytes, regions: regions, keywordEnds: &ends, farKeywordEnds: &farEnds)
    }

    /// `candidates(in:regions:)`, and where each keyword hit ends (the offset of its last byte, ascending, once however
    /// many rules share the keyword) appended to `keywordEnds` unless it is nil; those of `farKeywords` to
    /// `farKeywordEnds` too. `farOnly`: lines read again only for their `farKeywords`: there only the rules those are
    /// far for get a window, and no keyword end is recorded.
    func candidates(in bytes: UnsafeRawBufferPointer, regions: [Range<Int>]?, farOnly: [Range<Int>] = [],
                    keywordEnds: inout [Int]?, farKeywordEnds: inout [Int]?) -> [(rule: Int, windows: [Range<Int>])] {
        var hits = Hits(ruleCount: ruleCount)
        transitions.withUnsafeBufferPointer { table in
            columns.withUnsafeBufferPointer { columns in
                for region in regions ?? [0..<bytes.count] {
                    scan(region, of: bytes, table: table, columns: columns, into: &hits, keywordEnds: &keywordEnds, farKeywordEnds: &farKeywordEnds)
                }
                var unrecorded: [Int]? = nil
                var unrecordedFar: [Int]? = nil
                for region in farOnly {
                    scan(region, of: bytes, table: table, columns: columns, into: &hits, keywordEnds: &unrecorded,
                         farKeywordEnds: &unrecordedFar, onlyFarRules: true)
                }
            }
        }
        return hits.byRule()
    }

    /// The windows of the rules whose keywords a blob holds, kept for those rules only: an array of windows for every
    /// rule, made and destroyed for each blob and message, was 3 % of a history scan's CPU (curl: 1,198 rules, 290,000
    /// blobs and messages, most of them without a keyword in their new lines).
    private struct Hits {
        let ruleCount: Int
        /// Per rule, where its windows are in `windows`; -1: none yet. Made at the first hit.
        private var slots: [Int32] = []
        private var rules: [Int] = []
        private var windows: [[Range<Int>]] = []

        init(ruleCount: Int) { self.ruleCount = ruleCount }

        /// Adds `window` to `rule`'s, merged with its last one where they touch (windows come in ascending order).
        mutating func add(_ window: Range<Int>, to rule: Int) {
            if slots.isEmpty { slots = Array(repeating: -1, count: ruleCount) }
            let slot = Int(slots[rule])
            guard slot >= 0 else {
                slots[rule] = Int32(windows.count)
                rules.append(rule)
                windows.append([window])
                return
            }
            if let last = windows[slot].last, window.lowerBound <= last.upperBound {
                windows[slot][windows[slot].count - 1] = last.lowerBound..<max(last.upperBound, window.upperBound)
            } else {
                windows[slot].append(window)
            }
        }

        /// Each rule hit with its windows, ascending by rule.
        func byRule() -> [(rule: Int, windows: [Range<Int>])] {
            rules.indices.sorted { rules[$0] < rules[$1] }.map { (rules[$0], windows[$0]) }
        }
    }

    /// Runs the automaton over one region (from its start state) and opens or extends a window at each keyword hit.
    private func scan(_ region: Range<Int>, of bytes: UnsafeRawBufferPointer, table: UnsafeBufferPointer<Int32>,
                      columns: UnsafeBufferPointer<UInt8>, into hits: inout Hits, keywordEnds: inout [Int]?,
                      farKeywordEnds: inout [Int]?, onlyFarRules: Bool = false) {
        var row = 0
        for position in region {
            let next = table[row &+ Int(columns[Int(bytes[position])])]
            if next >= 0 {
                row = Int(next)
                continue
            }
            row = Int(~next)
            keywordEnds?.append(position)
            if !farOutputs[row / width].isEmpty { farKeywordEnds?.append(position) }
            // Rules sharing a keyword mostly share a reach too: their window is worked out once.
            var last: (reach: Reach, window: Range<Int>)? = nil
            for rule in onlyFarRules ? farOutputs[row / width] : outputs[row / width] {
                let reach = reaches[rule]
                let window: Range<Int>
                if let last, last.reach == reach {
                    window = last.window
                } else {
                    let bytesAround = max(0, position + 1 - reach.before)..<min(bytes.count, position + 1 &+ reach.after)
                    window = reach.lines.map { Self.lines($0, around: position, of: bytes, within: bytesAround) } ?? bytesAround
                    last = (reach, window)
                }
                hits.add(window, to: rule)
            }
        }
    }
}
