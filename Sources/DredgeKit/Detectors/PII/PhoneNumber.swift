/// Phone numbers as people write them in a field: international (`+44 20 7946 0958`, `+15551234567`, `0044 …`) or in
/// a national format (`(555) 123-4567`, `555-123-4567`, `07700 900123`, `020 7946 0958`).
///
/// A whole field value is judged, never a substring, so that dates (`2024-01-15`), timestamps (`1700000000`),
/// versions (`10.0.19045`), IP addresses, prices, UUIDs and order ids are not taken for numbers: letters, `:`, `/`
/// and `,` disqualify a value; national numbers need separators in a North American or trunk-prefix (`0…`) shape;
/// bare digit runs count only in a field whose name says phone.
enum PhoneNumber {
    /// The number's digits, with `+` and the country code when it is international; nil when `value` is not a phone
    /// number. `keySaysPhone`: the field is named phone, tel, mobile, …, so bare digit runs are numbers too.
    static func normalized(_ value: UnsafeBufferPointer<UInt8>, keySaysPhone: Bool) -> String? {
        guard (7...32).contains(value.count), let shape = Shape(value) else { return nil }
        let digits = shape.digits
        let sizes = shape.groups.map(\.count)
        if sizes == [4, 2, 2] || sizes == [2, 2, 4] { return nil }  // a date, however separated
        guard let first = digits.first, digits.contains(where: { $0 != first }) else { return nil }
        if shape.international {
            let kept = shape.digitsWithoutTrunkZero
            guard (8...15).contains(kept.count), CountryCallingCode.prefix(of: kept) != nil else { return nil }
            // ISO 6709 coordinates (`+4230-00131`, `+404251-0740023`) are signed, not phone numbers.
            if sizes == [4, 5] || sizes == [6, 7], shape.groups[1].separator == UInt8(ascii: "-") { return nil }
            return "+" + kept
        }
        if digits.hasPrefix("00"), !digits.hasPrefix("000"), shape.groups[0].count >= 2,
           (shape.groups.count >= 2 && shape.hasUniformSeparators) || keySaysPhone {
            let kept = String(shape.digitsWithoutTrunkZero.dropFirst(2))
            guard (8...15).contains(kept.count), CountryCallingCode.prefix(of: kept) != nil else { return nil }
            return "+" + kept
        }
        if keySaysPhone { return (7...15).contains(digits.count) ? digits : nil }
        guard shape.groups.count >= 2, shape.hasUniformSeparators else { return nil }
        let bytes = Array(digits.utf8)
        let isNorthAmerican = (sizes == [3, 3, 4] && bytes[0] >= UInt8(ascii: "2"))
            || (sizes == [1, 3, 3, 4] && bytes[0] == UInt8(ascii: "1") && bytes[1] >= UInt8(ascii: "2"))
        if isNorthAmerican { return digits }
        let isIPAddressOrZIPCode = (shape.separator == UInt8(ascii: ".") && sizes.count == 4 && sizes.allSatisfy { $0 <= 3 })
            || (shape.separator == UInt8(ascii: "-") && sizes == [5, 4])
        let isTrunkPrefixed = bytes[0] == UInt8(ascii: "0") && bytes[1] != UInt8(ascii: "0")
            && (9...12).contains(bytes.count) && (2...5).contains(sizes.count) && sizes.allSatisfy { (2...8).contains($0) }
        return isTrunkPrefixed && !isIPAddressOrZIPCode ? digits : nil
    }

    /// UK numbers (national form) that Ofcom sets aside for drama and documentation, by their first eight digits.
    static let fictionalUKPrefixes = ["07700900", "02079460", "01134960", "01144960", "01154960", "01164960",
                                      "01174960", "01184960", "01214960", "01314960", "01414960", "01514960",
                                      "01614960", "01914980", "01632960", "02920180"]

    /// True for numbers set aside for fiction and documentation: North American numbers in the 555 exchange and Ofcom's
    /// drama ranges (07700 900xxx, 020 7946 0xxx, …). Test data, like addresses at example.com. NANPA reserves only
    /// 555-0100 to 555-0199 for fiction, but it gives no other 555 line to a subscriber (555-1212 is directory
    /// assistance), so `(608) 555-1023` in sample rows is nobody's phone, whatever its last four digits.
    static func isFictional(_ normalized: String) -> Bool {
        if isCountingRun(normalized) { return true }
        var northAmerican: Substring?
        if normalized.hasPrefix("+1") {
            northAmerican = normalized.dropFirst(2)
        } else if !normalized.hasPrefix("+"), normalized.count == 11, normalized.hasPrefix("1") {
            northAmerican = normalized.dropFirst()
        } else if !normalized.hasPrefix("+"), normalized.count == 10, normalized.first.map({ $0 >= "2" }) == true {
            northAmerican = Substring(normalized)
        }
        // A local number of the 555 exchange with no area code (`555-0101` in a seed table's phone column).
        if normalized.count == 7, normalized.hasPrefix("555") { return true }
        if let northAmerican, northAmerican.count == 10 {
            let digits = Array(northAmerican.utf8)
            return digits[3...5].elementsEqual("555".utf8)
        }
        let national = normalized.hasPrefix("+44") ? "0" + normalized.dropFirst(3) : normalized
        return national.count == 11 && fictionalUKPrefixes.contains { national.hasPrefix($0) }
    }

    /// A number whose last seven digits count up one by one (`123-456-7890`, `234-567-8901`, `345-678-9012`): what an
    /// import template types for a phone, as it types `email1@example.com` for an address (blind22c: Human
    /// Essentials' `public/vendors.csv`). No exchange hands out a line of seven counted digits to a subscriber.
    static func isCountingRun(_ normalized: String) -> Bool {
        let digits = normalized.utf8.filter { $0 >= 48 && $0 <= 57 }.map { Int($0) - 48 }
        guard digits.count >= 10 else { return false }
        let tail = digits.suffix(7)
        return zip(tail, tail.dropFirst()).allSatisfy { ($0 + 1) % 10 == $1 }
    }

    /// `+1 ***-***-4567` or `***-***-4567`: the country code and the last four digits.
    static func redacted(_ normalized: String) -> String {
        let last4 = normalized.suffix(4)
        guard normalized.hasPrefix("+"), let code = CountryCallingCode.prefix(of: normalized.dropFirst()) else {
            return "***-***-\(last4)"
        }
        return "+\(code) ***-***-\(last4)"
    }

    /// Digit groups and the separators between them; nil when a byte other than digits, `+` (first), spaces, `-`,
    /// `.` and one pair of parentheses appears. A trailing extension (`x12`, `ext. 12`, `#12`) is dropped.
    private struct Shape {
        struct Group {
            var start: Int
            var count = 0
            var parenthesized: Bool
            /// The separator before the group: a space, `-` or `.`; 0 for none.
            var separator: UInt8
        }

        var international = false
        var digits = ""
        var groups: [Group] = []

        init?(_ value: UnsafeBufferPointer<UInt8>) {
            var index = 0
            if value[0] == UInt8(ascii: "+") { international = true; index = 1 }
            let end = Self.endBeforeExtension(value)
            var digitBytes: [UInt8] = []
            digitBytes.reserveCapacity(16)
            var pending: UInt8 = 0
            var separatorRun = 0
            var inParentheses = false
            var usedParentheses = false
            var previousWasDigit = false
            while index < end {
                let byte = value[index]
                index += 1
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if !previousWasDigit {
                        guard groups.count < 8 else { return nil }
                        groups.append(Group(start: digitBytes.count, parenthesized: inParentheses, separator: pending))
                        pending = 0
                        separatorRun = 0
                    }
                    digitBytes.append(byte)
                    groups[groups.count - 1].count += 1
                    previousWasDigit = true
                case UInt8(ascii: "("):
                    guard !usedParentheses, !previousWasDigit else { return nil }
                    inParentheses = true
                    usedParentheses = true
                case UInt8(ascii: ")"):
                    guard inParentheses, previousWasDigit, groups.last?.parenthesized == true else { return nil }
                    inParentheses = false
                    previousWasDigit = false
                case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."):
                    guard !inParentheses, !groups.isEmpty else { return nil }
                    separatorRun += 1
                    guard separatorRun <= 3 else { return nil }
                    if byte != UInt8(ascii: " ") {
                        guard pending == 0 || pending == UInt8(ascii: " ") else { return nil }
                        pending = byte
                    } else if pending == 0 {
                        pending = byte
                    }
                    previousWasDigit = false
                default:
                    return nil
                }
            }
            guard !inParentheses, previousWasDigit, !groups.isEmpty else { return nil }
            digits = String(decoding: digitBytes, as: UTF8.self)
        }

        /// The one separator used between groups, ignoring the one after the country code and after `(…)`.
        var separator: UInt8? {
            var seen: UInt8?
            for (index, group) in groups.enumerated().dropFirst() {
                if groups[index - 1].parenthesized || group.parenthesized { continue }
                if index == 1, international { continue }
                if let kind = seen, kind != group.separator { return nil }
                seen = group.separator
            }
            return seen
        }

        var hasUniformSeparators: Bool {
            separator != nil || groups.count == 2 && (groups[0].parenthesized || groups[1].separator != 0)
        }

        /// The digits without a parenthesized trunk zero after the country code (`+44 (0)20 …`).
        var digitsWithoutTrunkZero: String {
            guard groups.count > 2, groups[1].parenthesized, groups[1].count == 1,
                  digits.utf8[digits.utf8.index(digits.utf8.startIndex, offsetBy: groups[1].start)] == UInt8(ascii: "0")
            else { return digits }
            var bytes = Array(digits.utf8)
            bytes.remove(at: groups[1].start)
            return String(decoding: bytes, as: UTF8.self)
        }

        /// Where the number ends when it carries an extension: `x12`, `ext 12`, `ext. 12`, `#12`.
        private static func endBeforeExtension(_ value: UnsafeBufferPointer<UInt8>) -> Int {
            func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
            var start = value.count
            while start > 0, isDigit(value[start - 1]) { start -= 1 }
            guard (1...6).contains(value.count - start) else { return value.count }
            var marker = start
            while marker > 0, value[marker - 1] == UInt8(ascii: " ") { marker -= 1 }
            let lower = value[..<marker].map { $0 | 0x20 }
            if lower.last == UInt8(ascii: "x") || value[..<marker].last == UInt8(ascii: "#") {
                marker -= 1
            } else if lower.suffix(4).elementsEqual("ext.".utf8) {
                marker -= 4
            } else if lower.suffix(3).elementsEqual("ext".utf8) {
                marker -= 3
            } else {
                return value.count
            }
            while marker > 0, value[marker - 1] == UInt8(ascii: " ") { marker -= 1 }
            return marker > 0 && isDigit(value[marker - 1]) ? marker : value.count
        }
    }
}
