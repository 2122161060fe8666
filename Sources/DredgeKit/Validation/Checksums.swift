/// The checksums that credential and personal-data formats carry, computed offline.
enum Checksums {
    private static let crcTable: [UInt32] = (0..<256).map { index in
        var crc = UInt32(index)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        return crc
    }

    /// CRC-32 (IEEE 802.3, as zlib computes it).
    static func crc32<Bytes: Sequence>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    static let base62Alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

    /// `value` in base 62, left-padded with zeros to `width` characters.
    static func base62(_ value: UInt32, width: Int) -> String {
        var digits: [Character] = []
        var rest = value
        repeat {
            digits.append(base62Alphabet[Int(rest % 62)])
            rest /= 62
        } while rest > 0
        return String(repeating: "0", count: max(0, width - digits.count)) + String(digits.reversed())
    }

    /// The Luhn check used by payment card numbers; non-digits are ignored, fewer than 12 digits fail.
    static func luhn(_ text: String) -> Bool {
        let digits = text.compactMap(\.wholeNumberValue)
        guard digits.count >= 12 else { return false }
        let sum = digits.reversed().enumerated().reduce(0) { sum, pair in
            let (position, digit) = pair
            guard position % 2 == 1 else { return sum + digit }
            let doubled = digit * 2
            return sum + (doubled > 9 ? doubled - 9 : doubled)
        }
        return sum % 10 == 0
    }

    /// ISO 13616 IBAN check: move the first four characters to the end, letters to numbers, remainder mod 97 is 1.
    static func ibanIsValid(_ text: String) -> Bool {
        let compact = text.uppercased().filter { !$0.isWhitespace }
        guard (15...34).contains(compact.count), compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              compact.prefix(2).allSatisfy(\.isLetter), compact.dropFirst(2).prefix(2).allSatisfy(\.isNumber) else { return false }
        let rearranged = compact.dropFirst(4) + compact.prefix(4)
        var remainder = 0
        for character in rearranged {
            let value = character.isNumber ? character.wholeNumberValue! : Int(character.asciiValue! - 55)
            for digit in String(value) { remainder = (remainder * 10 + digit.wholeNumberValue!) % 97 }
        }
        return remainder == 1
    }
}
