/// Near misses of the shapes nearly every provider shares, with no provider rule to own them: a key of 24 to 128 hex
/// digits (a whole number of bytes) with one letter outside hex among them (`…9a0q1ad…`), and a UUID with its last group cut or padded
/// (`8-4-4-4-11`) or one letter in it outside hex. A random key of another alphabet is off hex by many characters, not
/// one, and a UUID is written whole: such a value is a typo or a cut copy of one of those shapes, which the rules that
/// judge a value by its name (`ODDS_API_KEY=…`, a `.env` entry) leave alone. A letter among the first two characters
/// is a prefix (`cs…`, `0x…`, `u…`), not a typo. Hex one digit off a usual length (31, 33, 39, …) is a cut or padded copy
/// too; other lengths are left to the names, since real keys are written in 30, 37 or 56 hex digits (Plaid's secret,
/// Cloudflare's global key, ipdata). A JWT's header and claims with its signature cut off is a cut copy of a token every
/// provider of bearer tokens issues.
enum CommonShapes {
    /// The usual lengths of hex keys (12, 16, 20, 24 and 32 bytes); one digit off counts only beside the three commonest.
    static let hexLengths: Set<Int> = [24, 32, 40, 48, 64]
    static let commonHexLengths: Set<Int> = [32, 40, 64]

    static func isNearMiss<Bytes: Collection>(_ value: Bytes) -> Bool where Bytes.Element == UInt8 {
        let bytes = Array(value)
        if isHexWithOneStray(bytes) || isHexOneDigitOff(bytes) || isBrokenUUID(bytes) || hasMistypedStem(bytes)
            || JSONWebToken.isCutBeforeSignature(bytes) { return true }
        // The same shapes after a short prefix: the prefix is no typo.
        guard let body = body(afterPrefixOf: bytes).map(Array.init) else { return false }
        return isHexWithOneStray(body) || isHexOneDigitOff(body) || isBrokenUUID(body)
    }

    /// What follows a short prefix in one case and its separator (`cs_…`, `sk-…`, `pub-c-…`, UptimeRobot's
    /// `u1234567-…`, Worldpay's `T_S_…`): the body a provider drew, where the prefix is its name for the kind of key.
    static func body(afterPrefixOf bytes: [UInt8]) -> ArraySlice<UInt8>? {
        let isSeparator = { (byte: UInt8) in byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") }
        guard let separator = bytes.prefix(11).lastIndex(where: isSeparator), separator >= 2, separator + 1 < bytes.count,
              isLetter(bytes[0], upper: false) || isLetter(bytes[0], upper: true) else { return nil }
        // The prefix is in one case: `cs_`, or Worldpay's `T_S_`.
        let upper = isLetter(bytes[0], upper: true)
        guard bytes[..<separator].allSatisfy({ isLetter($0, upper: upper) || isDigit($0) || isSeparator($0) }) else { return nil }
        return bytes[(separator + 1)...]
    }

    /// A token that begins with a stem many providers share (`secret_`, `live-`, `key_`) typed wrong: two neighbours
    /// swapped (`secrte_`, `lvie-`, `kye_`), or, in a stem of six letters or more, one letter changed (`secrat-`), then
    /// its separator and a body. A random key does not begin with an English word one typo
    /// off and a separator; a token copied by hand and mistyped does. Shorter stems count only with a swap, since one
    /// letter changed makes other words of their own (`text_`, `life-`).
    static func hasMistypedStem(_ bytes: [UInt8]) -> Bool {
        let isSeparator = { (byte: UInt8) in byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") }
        guard let separator = bytes.prefix(10).firstIndex(where: isSeparator), separator >= 3, bytes.count - separator > 16 else { return false }
        let head = bytes[..<separator].map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        guard head.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return false }
        return ProviderPrefixes.sharedStems.contains { stem in
            let stem = Array(stem.utf8)
            return stem != head && (isSwap(head, of: stem) || (stem.count >= 6 && isOneChange(head, from: stem)))
        }
    }

    private static func isSwap(_ head: [UInt8], of stem: [UInt8]) -> Bool {
        guard head.count == stem.count, stem.count >= 3 else { return false }
        let differing = stem.indices.filter { head[$0] != stem[$0] }
        return differing.count == 2 && differing[1] == differing[0] + 1 && head[differing[0]] == stem[differing[1]]
            && head[differing[1]] == stem[differing[0]]
    }

    /// One letter changed. A letter added or lost is left alone: providers build prefixes that way (Anyscale's
    /// `esecret_`).
    private static func isOneChange(_ head: [UInt8], from stem: [UInt8]) -> Bool {
        head.count == stem.count && stem.indices.filter { head[$0] != stem[$0] }.count == 1
    }

    /// Lower-case (or upper-case) hex of a usual key length with exactly one other letter, past the first two bytes.
    /// Any whole number of bytes from 12 to 64 counts: Crowdin's 80 digits, Rails's 128 of `secret_key_base`,
    /// Retell's 28 after `key_` are as far from another alphabet as a 32-digit key is.
    private static func isHexWithOneStray(_ bytes: [UInt8]) -> Bool {
        guard hexLengths.contains(bytes.count) || (bytes.count.isMultiple(of: 2) && (24...128).contains(bytes.count)) else { return false }
        for upper in [false, true] {
            let strays = bytes.indices.filter { !isHex(bytes[$0], upper: upper) }
            guard strays.count == 1, let stray = strays.first, stray >= 2, isLetter(bytes[stray], upper: upper) else { continue }
            let hex = bytes.enumerated().filter { $0.offset != stray }.map(\.element)
            if hex.contains(where: isDigit) && hex.contains(where: { !isDigit($0) }) { return true }
        }
        return false
    }

    /// Hex one digit short or long of a usual key length (31, 33, 39, 41, 63, 65 digits): keys drawn as bytes are written
    /// in an even number of hex digits, so an odd one beside a usual length is a copy that lost or gained a digit. The
    /// few formats of such a length (WeatherAPI's 31, Geocodio's 39) are their own rules' to report.
    private static func isHexOneDigitOff(_ bytes: [UInt8]) -> Bool {
        guard commonHexLengths.contains(bytes.count - 1) || commonHexLengths.contains(bytes.count + 1) else { return false }
        for upper in [false, true] where bytes.allSatisfy({ isHex($0, upper: upper) }) {
            return bytes.contains(where: isDigit) && bytes.contains(where: { !isDigit($0) })
        }
        return false
    }

    /// A whole UUID as RFC 9562 writes one (`8-4-4-4-12` hex digits in one case, a version digit 1 to 8, the variant's
    /// `8`, `9`, `a` or `b`): the shape many providers give their keys. Its 36 characters over 16 digits and a dash
    /// cannot reach the entropy a key of a wider alphabet shows (a random v4 UUID falls under 3.7 bits four times in
    /// ten), so it is judged by its shape against `uuidEntropyFloor` (under which a random one falls once in a
    /// thousand, and `aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee` at 2.6). Whether it is a key or an id is its name's question.
    static func isUUID<Bytes: Collection>(_ value: Bytes) -> Bool where Bytes.Element == UInt8 {
        guard value.count == 36 else { return false }  // asked of every capture the entropy floor judges: no copy first
        let bytes = Array(value)
        guard [8, 13, 18, 23].allSatisfy({ bytes[$0] == UInt8(ascii: "-") }) else { return false }
        let digits = bytes.enumerated().filter { ![8, 13, 18, 23].contains($0.offset) }.map(\.element)
        let lower = digits.allSatisfy { isHex($0, upper: false) }, upper = digits.allSatisfy { isHex($0, upper: true) }
        guard lower || upper else { return false }
        let version = bytes[14], variant = bytes[19] | 0x20
        return version >= UInt8(ascii: "1") && version <= UInt8(ascii: "8") && [UInt8(ascii: "8"), UInt8(ascii: "9"), UInt8(ascii: "a"), UInt8(ascii: "b")].contains(variant)
    }

    static let uuidEntropyFloor = 3.3

    /// `8-4-4-4-N` hex groups with the last one short or long by up to four, or the whole UUID with one letter that is
    /// not hex (past its first character), or its first four groups with the last cut off at its dash
    /// (`dfbded06-9314-409f-945b`, with or without the dash): a UUID copied short of its end.
    private static func isBrokenUUID(_ bytes: [UInt8]) -> Bool {
        let groups = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false).map(Array.init)
        guard groups.count == 4 || groups.count == 5, groups[0].count == 8, groups[1].count == 4, groups[2].count == 4, groups[3].count == 4 else { return false }
        let head = groups[0] + groups[1] + groups[2] + groups[3]
        let allHex = { (part: [UInt8]) in part.allSatisfy { isHex($0, upper: false) || isHex($0, upper: true) } }
        if groups.count == 4 || groups[4].isEmpty { return allHex(head) && head.contains { !isDigit($0) } && head.contains(where: isDigit) }
        let last = groups[4]
        if last.count != 12 { return abs(last.count - 12) <= 4 && !last.isEmpty && allHex(head) && allHex(last) }
        let body = head + last
        let strays = body.indices.filter { !(isHex(body[$0], upper: false) || isHex(body[$0], upper: true)) }
        return strays.count == 1 && strays[0] >= 1 && (isLetter(body[strays[0]], upper: false) || isLetter(body[strays[0]], upper: true))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    static func isHex(_ byte: UInt8, upper: Bool) -> Bool {
        isDigit(byte) || (upper ? (byte >= 65 && byte <= 70) : (byte >= 97 && byte <= 102))
    }
    private static func isLetter(_ byte: UInt8, upper: Bool) -> Bool { upper ? (byte >= 65 && byte <= 90) : (byte >= 97 && byte <= 122) }
}
