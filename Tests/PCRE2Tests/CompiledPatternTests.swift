import PCRE2
import Testing

@Suite struct CompiledPatternTests {
    private func matches(_ pattern: String, _ text: String, group: Int = 0, options: CompiledPattern.Options = []) throws -> [String] {
        let compiled = try CompiledPattern(pattern, options: options)
        let data = MatchData()
        var found: [String] = []
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBytes { buffer in
            try data.forEachMatch(of: compiled, in: buffer, group: group) { _, range in
                if let range { found.append(String(decoding: bytes[range], as: UTF8.self)) }
                return true
            }
        }
        return found
    }

    @Test func compileErrorCarriesMessageAndOffset() {
        #expect {
            _ = try CompiledPattern("(?<secret>abc")
        } throws: { error in
            let error = error as! PCRE2Error
            return error.message.contains("missing closing parenthesis") && error.offset == 13
        }
    }

    @Test func namedGroupIsFoundAndCaptured() throws {
        let pattern = try CompiledPattern("key=(?<secret>[a-z]+)")
        #expect(pattern.isJITCompiled)  // x86-64 has PCRE2's JIT; without it matching would be several times slower
        let group = try #require(pattern.groupNumber(named: "secret"))
        #expect(pattern.groupNumber(named: "missing") == nil)
        #expect(try matches("key=(?<secret>[a-z]+)", "a key=abc b key=def", group: group) == ["abc", "def"])
    }

    @Test func multilineAnchorsAtLineStarts() throws {
        #expect(try matches("^x\\d", "x1\nx2\n y3", options: [.multiline]) == ["x1", "x2"])
        #expect(try matches("^x\\d", "x1\nx2\n y3") == ["x1"])
    }

    @Test func emptyMatchesAdvanceInsteadOfLooping() throws {
        #expect(try matches("a*", "baab").count == 4)  // "", "aa", "", "" at the end
    }

    @Test func bytesThatAreNotUTF8StillMatch() throws {
        let compiled = try CompiledPattern("tok_[a-z]{4}")
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("tok_abcd".utf8) + [0xC3]
        var count = 0
        try bytes.withUnsafeBytes { buffer in
            try MatchData().forEachMatch(of: compiled, in: buffer) { range, _ in
                count += 1
                #expect(range == 2..<10)
                return true
            }
        }
        #expect(count == 1)
    }

    @Test func catastrophicBacktrackingStopsAtTheLimit() throws {
        let compiled = try CompiledPattern("(a+)+$")
        let bytes = Array(String(repeating: "a", count: 5_000).utf8) + Array("!".utf8)
        let clock = ContinuousClock()
        let started = clock.now
        #expect {
            try bytes.withUnsafeBytes { buffer in
                try MatchData(limits: MatchLimits(matchLimit: 100_000)).forEachMatch(of: compiled, in: buffer) { _, _ in true }
            }
        } throws: { error in
            (error as! PCRE2Error).isResourceLimit
        }
        #expect(clock.now - started < .seconds(5))
    }
}
