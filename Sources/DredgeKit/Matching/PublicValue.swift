/// A value that calls itself public in its own words (`pt_public_…`, `public_live_…`, `live_public_key_…`,
/// `project_public_…`): providers spell their publishable keys so, to ship in browsers and apps. Rules that judge a
/// value by its name leave it, as they leave a name that says public (`NEXT_PUBLIC_…`).
enum PublicValue {
    static let words: Set<String> = ["public", "publishable"]

    /// Whether one of the value's first three parts (split at `_`, `-` and `.`) is a word above. PASETO's `v2.public.…`
    /// is not: there `public` names how the token is signed, and the token is a bearer credential.
    static func callsItselfPublic<Bytes: Collection>(_ value: Bytes) -> Bool where Bytes.Element == UInt8 {
        let separators: Set<UInt8> = [UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: ".")]
        let parts = Array(value).split(omittingEmptySubsequences: false) { separators.contains($0) }.prefix(3)
            .map { String(decoding: $0, as: UTF8.self).lowercased() }
        guard let index = parts.firstIndex(where: words.contains) else { return false }
        let isPaseto = index == 1 && parts[0].count == 2 && parts[0].hasPrefix("v") && parts[0].last!.isNumber
        return !isPaseto
    }

    /// Whether the value is an uncompressed elliptic-curve point in base64 (SEC 1's `04 ‖ X ‖ Y`, 65 bytes for P-256):
    /// a public key by its encoding, whatever its name. A VAPID application server key is one (RFC 8292 §3.2; the
    /// `vapidKey` Firebase's web messaging asks for), so is a Web Push subscription's `p256dh`; the private half of such
    /// a key is 32 bytes, 43 characters. The URL-safe alphabet unpadded (87 characters) or the standard one with its `=`
    /// (88), the first byte `04` (a `B`, then a letter from `A` to `P`); the bits an encoder leaves zero after the 65th
    /// byte are not asked for, as a value drawn by hand in a fixture or a doc leaves them random.
    static func isUncompressedPoint<Bytes: Collection>(_ value: Bytes) -> Bool where Bytes.Element == UInt8 {
        var bytes = Array(value)
        if bytes.count == 88, bytes.last == UInt8(ascii: "=") { bytes.removeLast() }
        guard bytes.count == 87 else { return false }
        let urlSafe = bytes.contains { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
        let standard = bytes.contains { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "/") }
        guard !(urlSafe && standard) else { return false }
        func sextet(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 65...90: byte - 65
            case 97...122: byte - 71
            case 48...57: byte + 4
            case UInt8(ascii: "-"), UInt8(ascii: "+"): 62
            case UInt8(ascii: "_"), UInt8(ascii: "/"): 63
            default: nil
            }
        }
        let sextets = bytes.compactMap(sextet)
        guard sextets.count == 87 else { return false }
        return (sextets[0] << 2 | sextets[1] >> 4) == 0x04
    }
}
