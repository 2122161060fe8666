/// US social security numbers: `AAA-GG-SSSS` (or space-separated; nine bare digits only in a field named ssn or
/// social security), outside the ranges never issued: area 000, 666 and 900–999, group 00, serial 0000.
enum SocialSecurityNumber {
    /// The nine digits, or nil.
    static func digits(_ value: UnsafeBufferPointer<UInt8>, keySaysSSN: Bool) -> String? {
        var digits: [UInt8] = []
        digits.reserveCapacity(9)
        if value.count == 11 {
            let separator = value[3]
            guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: " "), value[6] == separator else { return nil }
            for (index, byte) in value.enumerated() where index != 3 && index != 6 {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                digits.append(byte)
            }
        } else if value.count == 9, keySaysSSN {
            guard value.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            digits.append(contentsOf: value)
        } else {
            return nil
        }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        let area = number(0..<3), group = number(3..<5), serial = number(5..<9)
        guard area != 0, area != 666, area < 900, group != 0, serial != 0 else { return nil }
        return String(decoding: digits, as: UTF8.self)
    }

    /// `***-**-6789`.
    static func redacted(_ digits: String) -> String { "***-**-\(digits.suffix(4))" }
}
