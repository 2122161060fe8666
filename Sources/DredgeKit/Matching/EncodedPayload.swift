/// A capture in the middle of a long run of base64 text: a picture, a font or an archive encoded inline (a notebook's
/// `"image/png": "iVBORw0…"` output, a stylesheet's `data:font/woff2;base64,…`), where any provider's shape turns up
/// by chance (`EAA…` as a Facebook token, a Yandex secret, in pinecone-io/examples' plots). A token someone wrote
/// stands between delimiters (quotes, `=`, spaces); base64 text runs on for dozens of characters on both sides, and
/// a real token inside an encoded file is found in the decoded layer, not here.
enum EncodedPayload {
    /// Base64 characters needed on each side of the capture, on its line: more than any URL path or key name
    /// glued to a token, less than one line of an encoded image.
    static let margin = 64

    static func surrounds(_ range: Range<Int>, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard let before = run(from: range.lowerBound - 1, step: -1, in: bytes),
              let after = run(from: range.upperBound, step: 1, in: bytes) else { return false }
        // The run must hold base64's own symbols, not only letters and digits: a long identifier is no payload.
        return before || after
    }

    /// Whether `margin` base64 characters follow `start` in the direction of `step`, and whether a `+` or `/` is among
    /// them; nil when another byte comes first. A JSON string's escaped line break (`\n`, `\r`) between them is
    /// stepped over: a notebook keeps its pictures as base64 cut into lines of 76 characters, each ending in `\n`.
    private static func run(from start: Int, step: Int, in bytes: UnsafeRawBufferPointer) -> Bool? {
        var index = start, count = 0, symbol = false
        while count < margin {
            guard index >= 0, index < bytes.count else { return nil }
            // `\n` read forwards is a backslash, then `n`; read backwards, `n`, then a backslash
            let (first, second) = step > 0 ? (index, index + 1) : (index - 1, index)
            if first >= 0, second < bytes.count, bytes[first] == UInt8(ascii: "\\"),
               bytes[second] == UInt8(ascii: "n") || bytes[second] == UInt8(ascii: "r") {
                index += 2 * step
                continue
            }
            guard isBase64(bytes[index]) else { return nil }
            symbol = symbol || isSymbol(bytes[index])
            count += 1
            index += step
        }
        return symbol
    }

    private static func isBase64(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || isSymbol(byte)
    }

    private static func isSymbol(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") }
}
