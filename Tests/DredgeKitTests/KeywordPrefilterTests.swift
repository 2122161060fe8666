import Testing
@testable import DredgeKit

/// The prefilter's line-bounded windows, against a plain reading of what they are.
@Suite struct KeywordPrefilterTests {
    /// From the start of the `count`-th line above `position`'s to the end (newline included) of the `count`-th line
    /// below it, within `window`: walked a byte at a time.
    private func reference(_ count: Int, around position: Int, of bytes: [UInt8], within window: Range<Int>) -> Range<Int> {
        var start = position
        var above = 0
        while start > window.lowerBound, !(bytes[start - 1] == 0x0A && above == count) {
            if bytes[start - 1] == 0x0A { above += 1 }
            start -= 1
        }
        var end = position + 1
        var below = 0
        while end < window.upperBound {
            end += 1
            if bytes[end - 1] == 0x0A {
                below += 1
                if below > count { break }
            }
        }
        return start..<end
    }

    @Test func lineWindowsMatchAByteByByteReading() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...40, using: &generator)
            let bytes = (0..<count).map { _ in Bool.random(using: &generator) ? UInt8(0x0A) : UInt8(ascii: "a") }
            guard !bytes.isEmpty else { continue }
            let position = Int.random(in: 0..<bytes.count, using: &generator)
            let lower = Int.random(in: 0...position, using: &generator)
            let upper = Int.random(in: position + 1...bytes.count, using: &generator)
            let lines = Int.random(in: 0...3, using: &generator)
            let got = bytes.withUnsafeBytes { KeywordPrefilter.lines(lines, around: position, of: $0, within: lower..<upper) }
            #expect(got == reference(lines, around: position, of: bytes, within: lower..<upper),
                    "\(bytes.map { $0 == 0x0A ? "n" : "a" }.joined()) at \(position) in \(lower)..<\(upper), \(lines) lines")
        }
    }

    @Test func rulesSharingAKeywordKeepTheirOwnReach() {
        let prefilter = KeywordPrefilter(keywords: [["token"], ["token"], ["token"]],
                                         reaches: [.init(before: 4, after: 4), .init(before: 4, after: 4, lines: 0),
                                                   .init(before: 100, after: 100, lines: 0)])
        let text = Array("one\ntwo token=abc\nthree\n".utf8)
        let found = text.withUnsafeBytes { prefilter.candidates(in: $0) }
        let hit = text.firstIndex(of: UInt8(ascii: "=")).map { $0 - 1 }!  // the keyword's last byte
        #expect(found.map(\.rule) == [0, 1, 2])
        #expect(found[0].windows == [hit - 3..<hit + 5])
        #expect(found[1].windows == [hit - 3..<hit + 5])
        #expect(found[2].windows == [4..<18])  // the keyword's line, newline included
    }
}
