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
        guard range.lowerBound >= margin, range.upperBound + margin <= bytes.count else { return false }
        let before = bytes[(range.lowerBound - margin)..<range.lowerBound], after = bytes[range.upperBound..<(range.upperBound + margin)]
        // The run must hold base64's own symbols, not only letters and digits: a long identifier is no payload.
        return before.allSatisfy(isBase64) && after.allSatisfy(isBase64)
            && (before.contains(where: isSymbol) || after.contains(where: isSymbol))
    }

    private static func isBase64(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || isSymbol(byte)
    }

    private static func isSymbol(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") }
}
