/// Text in a language written without spaces between words: four Han, kana or Hangul characters in a row. A locale
/// file's messages sit under keys that look like secrets' names (axe-core's `"pass": "ページには少なくとも1つの…"`, the
/// message for a passed check); no password or token is typed as a sentence of Japanese or Chinese.
extension PlaceholderFilter {
    static func isSpacelessProse(_ value: [UInt8]) -> Bool {
        // Every such character takes three bytes in UTF-8, so a shorter value holds fewer than four.
        guard value.count >= 12, value.contains(where: { $0 >= 0xE3 && $0 <= 0xED }) else { return false }
        var run = 0
        for scalar in String(decoding: value, as: UTF8.self).unicodeScalars {
            run = isSpacelessScript(scalar.value) ? run + 1 : 0
            if run >= 4 { return true }
        }
        return false
    }

    /// Hiragana and katakana, CJK ideographs, and Hangul syllables.
    private static func isSpacelessScript(_ code: UInt32) -> Bool {
        (0x3040...0x30FF).contains(code) || (0x3400...0x9FFF).contains(code) || (0xAC00...0xD7AF).contains(code)
    }
}
