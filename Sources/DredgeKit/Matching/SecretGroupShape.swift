/// What a rule's pattern itself accepts as its secret, where the `secret` group has the plain form most provider rules
/// use: a literal prefix, one character class and a count (`(?<secret>xau_[A-Za-z0-9]{32,40})`). The examples show a
/// few lengths of a format; the pattern states them all, so a value it accepts is the provider's shape, never a near
/// miss of it. Nil for any other form (alternatives, several classes, `\w`): then the examples alone tell the shape.
struct SecretGroupShape: Sendable, Equatable {
    let prefix: [UInt8]
    /// Per byte, whether the class holds it.
    let alphabet: [Bool]
    /// How many characters of the class follow the prefix.
    let count: ClosedRange<Int>

    func accepts(_ value: [UInt8]) -> Bool {
        value.starts(with: prefix) && count.contains(value.count - prefix.count)
            && value.dropFirst(prefix.count).allSatisfy { alphabet[Int($0)] }
    }

    init?(pattern: String) {
        guard let open = pattern.range(of: "(?<secret>") else { return nil }
        var rest = Array(pattern[open.upperBound...].utf8)[...]
        var prefix: [UInt8] = []
        while let byte = rest.first, byte != UInt8(ascii: "[") {
            if byte == UInt8(ascii: "\\"), rest.count > 1, Self.escapable.contains(rest[rest.startIndex + 1]) {
                prefix.append(rest[rest.startIndex + 1])
                rest = rest.dropFirst(2)
            } else if Self.isWordByte(byte) {
                prefix.append(byte)
                rest = rest.dropFirst()
            } else {
                return nil
            }
        }
        guard rest.first == UInt8(ascii: "["), let alphabet = Self.characterClass(&rest), let count = Self.count(&rest),
              rest.first == UInt8(ascii: ")") else { return nil }
        self.prefix = prefix
        self.alphabet = alphabet
        self.count = count
    }

    /// Reads `[…]` of single bytes, ranges and escaped punctuation; nil for a negated class or a class escape (`\w`).
    private static func characterClass(_ rest: inout ArraySlice<UInt8>) -> [Bool]? {
        rest = rest.dropFirst()
        var alphabet = [Bool](repeating: false, count: 256)
        var single: UInt8?  // the member just read, which a `-` may make a range's start
        guard rest.first != UInt8(ascii: "^") else { return nil }
        while let byte = rest.first, byte != UInt8(ascii: "]") {
            if byte == UInt8(ascii: "\\") {
                guard rest.count > 1, escapable.contains(rest[rest.startIndex + 1]) else { return nil }
                single = rest[rest.startIndex + 1]
                rest = rest.dropFirst(2)
            } else if byte == UInt8(ascii: "-"), let low = single, rest.count > 1, rest[rest.startIndex + 1] != UInt8(ascii: "]") {
                let high = rest[rest.startIndex + 1]
                guard high >= low, high != UInt8(ascii: "\\") else { return nil }
                for member in low...high { alphabet[Int(member)] = true }
                single = nil
                rest = rest.dropFirst(2)
                continue
            } else {
                single = byte
                rest = rest.dropFirst()
            }
            alphabet[Int(single!)] = true
        }
        guard rest.first == UInt8(ascii: "]") else { return nil }
        rest = rest.dropFirst()
        return alphabet
    }

    /// Reads `{n}` or `{m,n}`.
    private static func count(_ rest: inout ArraySlice<UInt8>) -> ClosedRange<Int>? {
        guard rest.first == UInt8(ascii: "{"), let close = rest.firstIndex(of: UInt8(ascii: "}")) else { return nil }
        let parts = String(decoding: rest[(rest.startIndex + 1)..<close], as: UTF8.self).split(separator: ",", omittingEmptySubsequences: false)
        rest = rest[(close + 1)...]
        guard let low = parts.first.flatMap({ Int($0) }) else { return nil }
        guard parts.count == 2 else { return parts.count == 1 ? low...low : nil }
        guard let high = Int(parts[1]), high >= low else { return nil }
        return low...high
    }

    private static let escapable = Set(".-_/+=:~".utf8)

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }
}
