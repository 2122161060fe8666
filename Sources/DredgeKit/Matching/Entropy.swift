import Foundation

/// Shannon entropy in bits per byte: random base64 approaches 6, hex 4, English words 2 to 3.
public enum Entropy {
    public static func shannon<Bytes: Collection>(_ bytes: Bytes) -> Double where Bytes.Element == UInt8 {
        guard !bytes.isEmpty else { return 0 }
        // A stack buffer: this runs for every candidate secret, and a heap array each time showed in profiles.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
            counts.initialize(repeating: 0)
            for byte in bytes { counts[Int(byte)] += 1 }
            let total = Double(bytes.count)
            return counts.reduce(0.0) { sum, count in
                guard count > 0 else { return sum }
                let p = Double(count) / total
                return sum - p * log2(p)
            }
        }
    }

    /// The entropy `value` must reach under a rule asking for `minimum`. A floor fits long values of a rich alphabet; a
    /// short value, or one of a small alphabet, cannot reach it however random it is: 16 random lower-case letters and
    /// digits average 3.6 bits per byte, 20 random capitals and digits 3.8, 12 random base-62 characters 3.4. So a value
    /// of twelve characters or more, hex excepted, is held to what a random value of its length and alphabet reaches
    /// but for one in fifty (its expected entropy less 0.4, never below 2.5). Words are no random draw of their letters
    /// (`v2-release`, `youReallyNeedToChangeThis` reach such a floor): a value that reads as words keeps the floor of
    /// its length alone, log2(n) - 0.45 and never below 3.5, which short words fall under.
    public static func floor<Bytes: Collection>(_ minimum: Double, for value: Bytes) -> Double where Bytes.Element == UInt8 {
        guard minimum > lowestFloor, !value.isEmpty else { return minimum }
        // A short lower-case prefix before hex of a key's size (`sk-<32 hex>`, `live_<24 hex>`): the hex is what was
        // drawn, and the prefix's letters are no sign that a richer alphabet was. Such a value is held to what its hex
        // reaches (the prefix only adds to its entropy): a floor for 35 characters of letters and digits dropped one
        // `sk-<32 hex>` key in ten.
        if let body = hexBody(afterPrefixOf: Array(value)) { return floor(minimum, for: body) }
        let byLength = minimum > shortFloor ? max(shortFloor, min(minimum, log2(Double(value.count)) - 0.45)) : minimum
        // Hex is bytes written out, in a few sizes (`CommonShapes.hexLengths`): hex of another size that only this
        // easing let through was a cut or padded copy of one of them, not a key, and is left to its length. Hex of a
        // key's size is held to what random bytes of that size reach: 24 random hex digits (12 bytes) average 3.47
        // bits and fall under a floor of 3.3 one time in seven.
        // Under twelve characters no value shows whether it was drawn at random (`manoli` reaches 2.5).
        let alphabet = alphabetSize(of: value)
        guard alphabet != 16 || CommonShapes.hexLengths.contains(value.count), value.count >= 12 else { return byLength }
        let expected = value.count <= 256 ? (expectedByAlphabet[alphabet]?[value.count] ?? 0) : log2(Double(alphabet))
        let byAlphabet = max(lowestFloor, min(minimum, expected - 0.4))
        return byAlphabet < byLength && !CommonWords.readsAsWords(value) ? byAlphabet : byLength
    }

    /// The body after a short prefix (`CommonShapes.body(afterPrefixOf:)`), when it is hex of a key's size
    /// (`CommonShapes.hexLengths`).
    static func hexBody(afterPrefixOf bytes: [UInt8]) -> ArraySlice<UInt8>? {
        guard let body = CommonShapes.body(afterPrefixOf: bytes) else { return nil }
        return CommonShapes.hexLengths.contains(body.count) && alphabetSize(of: body) == 16 ? body : nil
    }

    /// `expected(length:alphabet:)` for every alphabet `alphabetSize` gives and every length up to 256, worked out once:
    /// every candidate secret asks.
    private static let expectedByAlphabet: [Int: [Double]] = {
        var table: [Int: [Double]] = [:]
        for digits in [0, 10] { for lower in [0, 26] { for upper in [0, 26] { for symbols in [0, 16] {
            for size in [16, digits + lower + upper + symbols] where size > 1 && table[size] == nil {
                table[size] = (0...256).map { expected(length: $0, alphabet: size) }
            }
        } } } }
        return table
    }()

    /// The alphabet a value appears to be drawn from: hex when its letters are `a`-`f` only (or `A`-`F`), else digits,
    /// lower case and capitals as present, and a share of punctuation when it holds any.
    static func alphabetSize<Bytes: Collection>(of value: Bytes) -> Int where Bytes.Element == UInt8 {
        var digits = false, lower = false, upper = false, symbols = false, hexLower = true, hexUpper = true
        for byte in value {
            switch byte {
            case 48...57: digits = true
            case 97...122: lower = true; hexLower = hexLower && byte <= 102
            case 65...90: upper = true; hexUpper = hexUpper && byte <= 70
            default: symbols = true
            }
        }
        if digits, !symbols, (lower && !upper && hexLower) || (upper && !lower && hexUpper) { return 16 }
        return (digits ? 10 : 0) + (lower ? 26 : 0) + (upper ? 26 : 0) + (symbols ? 16 : 0)
    }

    /// The expected Shannon entropy of `length` bytes drawn at random from `alphabet` symbols: by linearity, the
    /// alphabet's size times one symbol's expected share of it, over the binomial law of that symbol's count.
    static func expected(length: Int, alphabet: Int) -> Double {
        guard length > 1, alphabet > 1 else { return 0 }
        let n = Double(length), p = 1 / Double(alphabet)
        var probability = pow(1 - p, n), sum = 0.0
        for k in 1...length {
            probability *= (n - Double(k) + 1) / Double(k) * p / (1 - p)
            let share = Double(k) / n
            sum -= probability * share * log2(share)
        }
        return Double(alphabet) * sum
    }

    static let lowestFloor = 2.5
    static let shortFloor = 3.5
}
