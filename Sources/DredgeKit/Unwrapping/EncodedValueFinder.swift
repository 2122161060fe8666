import Foundation

/// Finds the encoded values worth decoding in text, cheaply: one pass over the lines the blob scanner has not read
/// before (line deduplication), a table lookup a byte. A candidate is a run of the base64 (or hex) alphabet in a value
/// position (after `:`, `=`, `>`, `(`, `,` or `Basic`, perhaps quoted, and ending where a value ends), at least 12
/// characters long and a multiple of 4 (base64) or even (hex) — 4 in a Kubernetes Secret, whose `data:` values are
/// all base64 — or a token with two or more `%XX` escapes of URL delimiters. It is decoded only if it decodes to
/// UTF-8 text without control characters: random and binary data fail within a few bytes, so code costs little.
/// Most runs are words of code: the cheapest tests (length, then the byte after and before the run) come first.
struct EncodedValueFinder {
    let limits: UnwrapLimits
    /// Decoded bytes this blob may still produce.
    var decodedBudget: Int

    init(limits: UnwrapLimits) {
        self.limits = limits
        decodedBudget = limits.decodedBytes
    }

    static let minimumLength = 12
    /// Inside a Kubernetes Secret (`kind: Secret`), whose `data:` values are base64 whatever their length.
    static let secretManifestMinimumLength = 4

    /// The values in `regions` of `text` (all of it when nil) that decode to text.
    mutating func values(in text: UnsafeRawBufferPointer, regions: [Range<Int>]?) -> [EncodedValue] {
        var values: [EncodedValue] = []
        var manifest: Bool?  // whether the text is a Kubernetes Secret: looked up once, when a short run asks
        let classes = Self.classes  // read once: a static in the loop costs a lazy-initialisation check a byte
        for region in regions ?? [0..<text.count] {
            var index = region.lowerBound
            let end = min(region.upperBound, text.count)
            while index < end, decodedBudget > 0 {
                let byte = text[index]
                if classes[Int(byte)] & Self.base64 != 0 {
                    let start = index
                    index += 1
                    while index < end, classes[Int(text[index])] & Self.base64 != 0 { index += 1 }
                    // Three characters or fewer (padding aside) decode to two bytes at most: never a value.
                    guard index - start >= Self.secretManifestMinimumLength else { continue }
                    var padded = index
                    while padded < end, padded - index < 2, text[padded] == UInt8(ascii: "=") { padded += 1 }
                    if start > 0, text[start - 1] == UInt8(ascii: "%") { continue }  // the tail of an escape
                    if let value = candidate(start..<padded, padding: padded - index, in: text, manifest: &manifest) {
                        values.append(value)
                    }
                    index = padded
                } else if byte == UInt8(ascii: "\\"), index + 1 < end, text[index + 1] == UInt8(ascii: "\"") {
                    let string = Self.escapedString(around: index, in: text, from: region.lowerBound, to: end)
                    if let body = string.body, let value = decodeEscaped(body, in: text) { values.append(value) }
                    index = string.resume
                } else if byte == UInt8(ascii: "%") {
                    if let token = Self.percentToken(around: index, in: text, end: end) {
                        if let value = decodePercent(token, in: text) { values.append(value) }
                        index = max(index + 1, token.upperBound)
                    } else {
                        index += 1
                    }
                } else {
                    index += 1
                }
            }
        }
        return values
    }

    // MARK: base64 and hex

    private mutating func candidate(_ run: Range<Int>, padding: Int, in text: UnsafeRawBufferPointer, manifest: inout Bool?) -> EncodedValue? {
        // By length alone: base64 is a multiple of 4, hex even and 16 or more; a short run is base64 in a Secret.
        let length = run.count
        guard length % 4 == 0 || (length >= 16 && length % 2 == 0 && padding == 0), length <= limits.encodedValueLength,
              length >= Self.minimumLength || length % 4 == 0,
              Self.endsValue(text, at: run.upperBound), let position = Self.valuePosition(text, before: run.lowerBound) else { return nil }
        if length < Self.minimumLength {
            guard position == .keyed, Self.isIndentedEntry(text, before: run.lowerBound) else { return nil }
            if manifest == nil { manifest = Self.isSecretManifest(text) }
            guard manifest == true else { return nil }
        }
        // A run of hex digits is hex when its length says so (a base64 run of digits and a–f is rare and short).
        if padding == 0, Self.isHex(text, run) {
            guard length % 2 == 0, length >= 16, let decoded = Self.decodeHex(text, run) else { return nil }
            return value(.hex, run, decoded, in: text, keyed: position == .keyed)
        }
        guard length % 4 == 0, let decoded = Self.decodeBase64(text, run) else { return nil }
        return value(.base64, run, decoded, in: text, keyed: position == .keyed)
    }

    /// Whether every byte of the run is a hex digit.
    static func isHex(_ text: UnsafeRawBufferPointer, _ run: Range<Int>) -> Bool {
        let classes = Self.classes
        for index in run where classes[Int(text[index])] & hex == 0 { return false }
        return true
    }

    private mutating func value(_ kind: ContentLayer.Kind, _ run: Range<Int>, _ decoded: [UInt8], in text: UnsafeRawBufferPointer,
                                keyed: Bool) -> EncodedValue? {
        guard decoded.count >= 3, decoded.count <= decodedBudget, Self.isText(decoded) else { return nil }
        decodedBudget -= decoded.count
        let line = Self.line(around: run, in: text)
        var item = Array(text[line.lowerBound..<run.lowerBound])
        let start = item.count
        item += decoded
        let decodedRange = start..<item.count
        item += text[run.upperBound..<line.upperBound]
        return EncodedValue(kind: kind, encoded: run, text: item, decoded: decodedRange, key: keyed ? Self.key(text, line.lowerBound..<run.lowerBound) : nil)
    }

    enum Position { case keyed, other }

    /// Whether the run stands where a value does, skipping blanks and one quote back: after `:` or `=` (keyed),
    /// `>`, `(`, `,`, `[`, or the word `Basic`.
    static func valuePosition(_ text: UnsafeRawBufferPointer, before start: Int) -> Position? {
        var index = start - 1
        func skipBlanks() { while index >= 0, text[index] == 0x20 || text[index] == 0x09 { index -= 1 } }
        skipBlanks()
        if index >= 0, text[index] == UInt8(ascii: "\"") || text[index] == UInt8(ascii: "'") {
            index -= 1
            skipBlanks()
        }
        guard index >= 0 else { return nil }
        switch text[index] {
        case UInt8(ascii: ":"), UInt8(ascii: "="): return .keyed
        case UInt8(ascii: ">"), UInt8(ascii: "("), UInt8(ascii: ","), UInt8(ascii: "["): return .other
        default:
            // The word `Basic` (any case) ending at `index`, not the end of a longer word.
            guard index >= 4, index + 1 < start else { return nil }
            let from = index - 4
            let matches = text[from] | 0x20 == UInt8(ascii: "b") && text[from + 1] | 0x20 == UInt8(ascii: "a")
                && text[from + 2] | 0x20 == UInt8(ascii: "s") && text[from + 3] | 0x20 == UInt8(ascii: "i")
                && text[from + 4] | 0x20 == UInt8(ascii: "c")
            return matches && (from == 0 || classes[Int(text[from - 1])] & base64 == 0) ? .other : nil
        }
    }

    /// Whether a value ends at `index`: the end, a blank, a quote (a JavaScript template's backtick too), a closing
    /// delimiter, or the next parameter or the fragment of a URL (`?secret=…&repos=…`); not `.`, `-` or `_`, which
    /// continue identifiers and JWTs.
    static func endsValue(_ text: UnsafeRawBufferPointer, at index: Int) -> Bool {
        guard index < text.count else { return true }
        switch text[index] {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: ","), UInt8(ascii: ";"),
             UInt8(ascii: "<"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "#"):
            return true
        default:
            return false
        }
    }

    /// Whether the run is the value of an indented YAML entry (`  DB_PASSWORD: …`), as a Secret's `data:` holds.
    static func isIndentedEntry(_ text: UnsafeRawBufferPointer, before start: Int) -> Bool {
        var index = start - 1
        while index >= 0, text[index] == 0x20 { index -= 1 }
        guard index >= 0, text[index] == UInt8(ascii: ":") else { return false }
        index -= 1
        let keyEnd = index
        while index >= 0, classes[Int(text[index])] & base64 != 0 || text[index] == UInt8(ascii: "_")
            || text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: ".") { index -= 1 }
        guard index < keyEnd, index >= 0, text[index] == 0x20 else { return false }
        while index >= 0, text[index] == 0x20 { index -= 1 }
        return index < 0 || text[index] == 0x0A
    }

    /// Whether the text declares a Kubernetes Secret; read once per blob, and only for blobs with short indented values.
    static func isSecretManifest(_ text: UnsafeRawBufferPointer) -> Bool {
        let needle = Array("kind: Secret".utf8)
        guard let base = text.baseAddress, text.count >= needle.count else { return false }
        var offset = 0
        while let found = memchr(base + offset, Int32(needle[0]), text.count - needle.count + 1 - offset) {
            let at = base.distance(to: UnsafeRawPointer(found))
            if memcmp(found, needle, needle.count) == 0 { return true }
            offset = at + 1
            guard offset <= text.count - needle.count else { return false }
        }
        return false
    }

    /// Standard base64 with padding; nil when a byte is outside the alphabet or the decoding is not text.
    static func decodeBase64(_ text: UnsafeRawBufferPointer, _ run: Range<Int>) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(run.count / 4 * 3)
        var accumulator: UInt32 = 0
        var bits = 0
        for index in run {
            let byte = text[index]
            if byte == UInt8(ascii: "=") { break }
            let value = sextets[Int(byte)]
            guard value < 64 else { return nil }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                let decoded = UInt8(truncatingIfNeeded: accumulator >> UInt32(bits))
                guard isTextByte(decoded) else { return nil }  // binary: stop at the first byte that says so
                output.append(decoded)
            }
        }
        return output
    }

    static func decodeHex(_ text: UnsafeRawBufferPointer, _ run: Range<Int>) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(run.count / 2)
        var index = run.lowerBound
        while index + 1 < run.upperBound {
            guard let high = nibble(text[index]), let low = nibble(text[index + 1]) else { return nil }
            let decoded = high << 4 | low
            guard isTextByte(decoded) else { return nil }
            output.append(decoded)
            index += 2
        }
        return output
    }

    // MARK: percent-encoding

    /// The token around a `%XX` at `index` (letters, digits and URL punctuation), when it holds two or more escapes
    /// and one of them is a URL delimiter (`:`, `/`, `@`, `=`, `&`, `?`): an encoded URL or form, not a format string.
    static func percentToken(around index: Int, in text: UnsafeRawBufferPointer, end: Int) -> Range<Int>? {
        guard index + 2 < end, nibble(text[index + 1]) != nil, nibble(text[index + 2]) != nil else { return nil }
        var start = index
        while start > 0, classes[Int(text[start - 1])] & url != 0 { start -= 1 }
        var stop = index
        while stop < end, classes[Int(text[stop])] & url != 0 { stop += 1 }
        var escapes = 0
        var delimiters = 0
        var cursor = start
        while cursor + 2 < stop {
            if text[cursor] == UInt8(ascii: "%"), let high = nibble(text[cursor + 1]), let low = nibble(text[cursor + 2]) {
                escapes += 1
                if [0x3A, 0x2F, 0x40, 0x3D, 0x26, 0x3F].contains(high << 4 | low) { delimiters += 1 }
                cursor += 3
            } else {
                cursor += 1
            }
        }
        return escapes >= 2 && delimiters >= 1 && stop - start <= 8192 ? start..<stop : nil
    }

    private mutating func decodePercent(_ token: Range<Int>, in text: UnsafeRawBufferPointer) -> EncodedValue? {
        var output: [UInt8] = []
        var index = token.lowerBound
        while index < token.upperBound {
            if text[index] == UInt8(ascii: "%"), index + 2 < token.upperBound,
               let high = Self.nibble(text[index + 1]), let low = Self.nibble(text[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(text[index])
                index += 1
            }
        }
        return value(.percent, token, output, in: text, keyed: false)
    }

    // MARK: helpers

    /// How much of a line an encoded value keeps on each side: as far as a rule reaches from its keyword (a key name
    /// before the value). A minified file or a test-vector JSON is one line of megabytes, with thousands of values on
    /// it: each kept the whole line, and a scan of swift-crypto's history ran out of memory.
    static let lineContext = 1 << 10

    /// The line around `range`, at most `lineContext` bytes on each side of it.
    // MARK: JSON-escaped text

    /// The body of the double-quoted string that holds the escaped quote at `index` (its quotes left out), when it is
    /// JSON written into a string (a Postman request's `"raw": "{\n  \"password\": \"…\"\n}"`, a policy in a
    /// Terraform plan): two escaped quotes or more and 24 characters or more, on one line. `resume`: where the search
    /// goes on, past the string (or the line, when no quote opens it), so a line of many escapes is read once.
    static func escapedString(around index: Int, in text: UnsafeRawBufferPointer, from start: Int, to end: Int) -> (body: Range<Int>?, resume: Int) {
        func isOpen(_ i: Int) -> Bool {  // a quote that no backslash escapes
            var backslashes = 0
            while i - backslashes - 1 >= start, text[i - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
            return text[i] == UInt8(ascii: "\"") && backslashes % 2 == 0
        }
        var close = index + 2
        var escapedQuotes = 1
        while close < end, text[close] != 0x0A, !isOpen(close) {
            if text[close] == UInt8(ascii: "\"") { escapedQuotes += 1 }
            close += 1
        }
        var open = index - 1
        while open >= start, text[open] != 0x0A, !isOpen(open) { open -= 1 }
        guard open >= start, close < end, text[open] == UInt8(ascii: "\""), text[close] == UInt8(ascii: "\""), escapedQuotes >= 2,
              close - open - 1 >= 24 else { return (nil, close) }
        return ((open + 1)..<close, close)
    }

    /// The string's JSON escapes decoded (`\n` a line break, `\uXXXX` its character): nil past the length limit or
    /// when it holds no setting (`:` or `=`).
    private mutating func decodeEscaped(_ body: Range<Int>, in text: UnsafeRawBufferPointer) -> EncodedValue? {
        guard body.count <= limits.encodedValueLength else { return nil }
        guard let decoded = JSONString.unescaped(text[body], lineBreak: 0x0A) else { return nil }
        guard decoded.contains(UInt8(ascii: ":")) || decoded.contains(UInt8(ascii: "=")) else { return nil }
        return value(.escaped, body, decoded, in: text, keyed: false)
    }

    static func line(around range: Range<Int>, in text: UnsafeRawBufferPointer) -> Range<Int> {
        var start = range.lowerBound
        let earliest = max(0, range.lowerBound - lineContext)
        while start > earliest, text[start - 1] != 0x0A { start -= 1 }
        var end = range.upperBound
        let latest = min(text.count, range.upperBound + lineContext)
        while end < latest, text[end] != 0x0A { end += 1 }
        return start..<end
    }

    /// `DB_PASSWORD` in `  DB_PASSWORD: ` or `"auth": "`: the last name before the `:` or `=`.
    static func key(_ text: UnsafeRawBufferPointer, _ prefix: Range<Int>) -> String? {
        var end = prefix.upperBound
        func isName(_ byte: UInt8) -> Bool { classes[Int(byte)] & base64 != 0 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") }
        while end > prefix.lowerBound, !isName(text[end - 1]) {
            guard [0x20, 0x09, 0x22, 0x27, 0x3A, 0x3D].contains(text[end - 1]) else { return nil }
            end -= 1
        }
        var start = end
        while start > prefix.lowerBound, isName(text[start - 1]) { start -= 1 }
        guard start < end, end < prefix.upperBound else { return nil }
        return String(decoding: text[start..<end], as: UTF8.self)
    }

    /// Tab, line breaks, printable ASCII, and bytes of UTF-8 sequences (checked whole by `isText`).
    static func isTextByte(_ byte: UInt8) -> Bool {
        byte >= 0x20 ? byte != 0x7F : (byte == 0x09 || byte == 0x0A || byte == 0x0D)
    }

    static func isText(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy(isTextByte) && String(validating: bytes, as: UTF8.self) != nil
    }

    static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    static let base64: UInt8 = 1, hex: UInt8 = 2, url: UInt8 = 4

    /// Byte -> classes: base64 alphabet (`A–Z a–z 0–9 + /`), hex digit, URL token byte. A pointer to memory that is
    /// never freed nor written after it is filled: the hot loop reads it without retaining an array.
    nonisolated(unsafe) static let classes: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for value in 0..<256 {
            let byte = UInt8(value)
            let alphanumeric = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            var classes: UInt8 = 0
            if alphanumeric || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") { classes |= base64 }
            if nibble(byte) != nil { classes |= hex }
            if alphanumeric || Array("%-._~:/?#[]@!$&+=".utf8).contains(byte) { classes |= url }
            table[value] = classes
        }
        return UnsafePointer(table)
    }()

    /// Byte -> its base64 value, 64 for bytes outside the alphabet.
    static let sextets: [UInt8] = (0..<256).map { value in
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        return UInt8(alphabet.firstIndex(of: UInt8(value)) ?? 64)
    }
}
