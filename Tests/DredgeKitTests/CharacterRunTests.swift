@testable import DredgeKit
import BuiltinPatterns
import Foundation
import Git
import Testing

/// A path rule anchored on a run of characters (`run:`) hands PCRE2 only the lines that hold one.
@Suite struct CharacterRunTests {
    private let token = CharacterRun(characters: "A-Za-z0-9+/_-", minimum: 32)!

    private func lines(_ text: String, _ run: CharacterRun) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { raw in run.lines(in: raw).map { String(decoding: bytes[$0], as: UTF8.self) } }
    }

    @Test func onlyTheLinesHoldingARunAreRead() {
        let text = "staging api:\n  Gq7Tz2Wm9Kx4Lp8Rv3Nb6Hc1Jd5Fs0YeUa2QiO7\nsee Documentation/SubmittingPatches for details\n"
        #expect(lines(text, token) == ["  Gq7Tz2Wm9Kx4Lp8Rv3Nb6Hc1Jd5Fs0YeUa2QiO7\n"])
    }

    @Test func aRunOneShortOrBrokenBySpaceIsNone() {
        #expect(lines("a" + String(repeating: "b", count: 30) + "\n", token).isEmpty)  // 31 in a row
        #expect(lines(String(repeating: "x", count: 20) + " " + String(repeating: "y", count: 20), token).isEmpty)
        #expect(lines("", token).isEmpty)
    }

    @Test func neighbouringLinesAreJoinedAndTheLastLineNeedsNoNewline() {
        let first = String(repeating: "Ab1", count: 11)
        let second = String(repeating: "Zq9", count: 11)
        #expect(lines("\(first)\n\(second)\nplain words\n", token) == ["\(first)\n\(second)\n"])
        #expect(lines("plain words\nkey: \(second)", token) == ["key: \(second)"])
    }

    @Test func aRunAnywhereInALongLineFindsTheWholeLine() {
        let line = String(repeating: "word ", count: 40) + String(repeating: "k", count: 40) + String(repeating: " tail", count: 40)
        #expect(lines("before\n\(line)\nafter\n", token) == ["\(line)\n"])
    }

    @Test func theSetIsReadAsCharactersAndRanges() {
        let hex = CharacterRun(characters: "0-9a-f", minimum: 4)!
        #expect(lines("id deadbeef\nDEADBEEF\n", hex) == ["id deadbeef\n"])
        let dash = CharacterRun(characters: "a-", minimum: 3)!  // a `-` last is itself
        #expect(lines("a-a\nbbb\n", dash) == ["a-a\n"])
        #expect(CharacterRun(characters: "z-a", minimum: 4) == nil)
        #expect(CharacterRun(characters: "a-z", minimum: 1) == nil)
        #expect(CharacterRun(characters: "a z", minimum: 4) == nil)
    }

    /// The built-in rule that uses it finds in a notes file what its pattern finds on the whole file.
    @Test func theAnchoredRuleFindsWhatItsPatternFindsAlone() throws {
        let rules = try PatternPackLoader.merge(base: PatternPackLoader.builtin())
        let anchored = try #require(rules.first { $0.id == "generic.high-entropy-text" })
        #expect(anchored.run != nil)
        var unanchored = anchored
        unanchored.run = nil
        let text = """
            handoff notes
            staging api:
              Gq7Tz2Wm9Kx4Lp8Rv3Nb6Hc1Jd5Fs0YeUa2QiO7
            prod: Lm4Qx8Tz2Rw6Vn9Kp3Hs7Jd1Fg5Yb0Ct4Eu8Ai=
            # public key: Ln+C/HvO0Rr0+W2mckORX46PlkhgYX6t4hjdRAsXq3M=
            commit 9e3f1a7c05b24d8e6f1c3a9b7d0e52f4a86c1b3d
            last: Pz5Wk2Nr8Tq4Lx7Vm1Hc6Jb9Fd3Gs0Ya5Ue2Ri7O
            """
        let found = { (rule: Rule) in try Matcher(CompiledRules([rule])).secrets(in: text, at: "notes/handoff.txt") }
        #expect(try found(anchored) == found(unanchored))
        #expect(try found(anchored).count == 3)
    }
}
