/// A value written unquoted that reads as a name in code, not a value of its own: a variable or a type whose words
/// carry digits (`self.previousX509PrivateKey = previousX509PrivateKey`, `tokenizer: FTS3TokenizerDescriptor = .simple`,
/// `serverAuth: ASN1ObjectIdentifier = […]` in Swift packages). The by-name rules ask their values for a digit, so a
/// name made only of letters never reached them; one with `X509`, `SHA256` or `FTS3` in it did.
///
/// A name in camelCase is words, each a capital and three lower-case letters or more with a vowel among them, between
/// acronyms of at most five capitals and numbers of at most four digits, with a lower-case word only first. A random
/// token is rarely made so (one in two thousand of 20 base-62 characters: they are cut in short humps, and a long one
/// has no vowel). Only unquoted values count: a quoted `"SuperSecretKey1"` is a string somebody chose, a weak default.
enum CodeName {
    static func isName<Bytes: Collection>(_ value: Bytes) -> Bool where Bytes.Element == UInt8 {
        let bytes = Array(value)
        guard let first = bytes.first, isLetter(first), bytes.allSatisfy({ isLetter($0) || isDigit($0) }) else { return false }
        var index = 0, words = 0, wordLetters = 0, longest = 0
        while index < bytes.count {
            let start = index
            if isDigit(bytes[index]) {
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
                guard index - start <= 4 else { return false }
                continue
            }
            // Capitals: an acronym, or the capital that opens a word (the last of them, when lower case follows).
            while index < bytes.count, isUpper(bytes[index]) { index += 1 }
            let capitals = index - start
            let lowerStart = index
            while index < bytes.count, isLower(bytes[index]) { index += 1 }
            let lower = index - lowerStart
            if lower == 0 {
                guard capitals <= 5 else { return false }
                continue
            }
            // A word opens with one capital (an acronym's run gives its last capital to the word), or is the first.
            guard capitals >= 1 || start == 0 else { return false }
            guard capitals <= 6 else { return false }
            let word = bytes[(capitals >= 1 ? lowerStart - 1 : lowerStart)..<index]
            guard word.count >= 3, word.contains(where: isVowel) else { return false }
            if capitals >= 1 { words += 1 }
            wordLetters += word.count
            longest = max(longest, word.count)
        }
        return words >= 2 && longest >= 6 && wordLetters * 10 >= bytes.count * 7
    }

    /// `sk_live_keyRotationReminderEnabled`, `xoxb_defaultScopesForInstall`: a provider's prefix, then words in camelCase
    /// and no digit, quoted or not: a flag, a setting or a message key named after the key, not a key. A provider's
    /// body is random, and 20 to 24 random base-62 characters read so (no digit, `isName`'s words, three capitalised
    /// words of four letters or more) about once in a hundred thousand, longer ones less often: `isName` alone, once in
    /// two thousand of 20, is not rare enough for a provider's match, which no name vouches for.
    static func isPrefixedName<Bytes: Collection>(_ value: Bytes) -> Bool where Bytes.Element == UInt8 {
        let bytes = Array(value)
        guard let cut = bytes.lastIndex(where: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }), cut > 0 else { return false }
        let tail = Array(bytes[(cut + 1)...])
        guard tail.count >= 16, !tail.contains(where: isDigit), isName(tail) else { return false }
        var words = 0, index = 0
        while index < tail.count {
            guard isUpper(tail[index]) else { index += 1; continue }
            let start = index
            index += 1
            while index < tail.count, isLower(tail[index]) { index += 1 }
            if index - start >= 4 { words += 1 }
        }
        return words >= 3
    }

    /// Whether the value at `range` of `bytes` stands without a quote before it.
    static func isUnquoted(_ range: Range<Int>, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard range.lowerBound > 0 else { return true }
        let before = bytes[range.lowerBound - 1]
        return before != UInt8(ascii: "\"") && before != UInt8(ascii: "'") && before != UInt8(ascii: "`")
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
    private static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
    private static func isVowel(_ byte: UInt8) -> Bool { "aeiouyAEIOUY".utf8.contains(byte) }
}
