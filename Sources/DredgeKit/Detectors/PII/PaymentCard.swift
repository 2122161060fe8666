/// Payment card numbers (PANs): 13–19 digits, optionally grouped by single spaces or dashes, with an issuer prefix
/// and length that a card network uses (Visa 4, Mastercard 51–55 and 2221–2720, American Express 34/37, Discover,
/// UnionPay and Maestro 6) and a valid Luhn check digit.
enum PaymentCard {
    /// The card number's digits, or nil.
    static func digits(_ value: UnsafeBufferPointer<UInt8>) -> String? {
        guard (13...23).contains(value.count) else { return nil }
        var digits: [UInt8] = []
        digits.reserveCapacity(19)
        var separator: UInt8 = 0
        var previousWasDigit = false
        for byte in value {
            if byte >= 0x30, byte <= 0x39 {
                digits.append(byte)
                previousWasDigit = true
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") {
                guard previousWasDigit, separator == 0 || separator == byte else { return nil }
                separator = byte
                previousWasDigit = false
            } else {
                return nil
            }
        }
        guard previousWasDigit, hasIssuerPrefixAndLength(digits) else { return nil }
        let text = String(decoding: digits, as: UTF8.self)
        return Checksums.luhn(text) ? text : nil
    }

    /// `**** **** **** 1111`: the last four digits only.
    static func redacted(_ digits: String) -> String {
        String(repeating: "*", count: max(0, digits.count - 4)) + digits.suffix(4)
    }

    private static func hasIssuerPrefixAndLength(_ digits: [UInt8]) -> Bool {
        guard digits.count >= 13 else { return false }
        let prefix4 = digits.prefix(4).reduce(0) { $0 * 10 + Int($1 - 0x30) }
        let prefix2 = prefix4 / 100
        switch digits[0] {
        case UInt8(ascii: "4"): return [13, 16, 19].contains(digits.count)
        case UInt8(ascii: "5"): return (51...55).contains(prefix2) && digits.count == 16
        case UInt8(ascii: "2"): return (2221...2720).contains(prefix4) && digits.count == 16
        case UInt8(ascii: "3"): return (prefix2 == 34 || prefix2 == 37) && digits.count == 15
        case UInt8(ascii: "6"): return (16...19).contains(digits.count)
        default: return false
        }
    }
}
