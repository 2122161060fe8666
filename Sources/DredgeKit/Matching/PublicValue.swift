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
}
