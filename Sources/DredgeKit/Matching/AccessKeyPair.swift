/// A credential issued as a pair named the way AWS names its own, an access key and a secret (`SDM_API_ACCESS_KEY` and
/// `SDM_API_SECRET_KEY`, `FR_ACCESS_KEY` and `FR_SECRET_KEY`, MinIO's, s3cmd's `access_key` and `secret_key`): the access
/// key is the pair's id half, shown in consoles and logs, and the secret is the credential. The rules that judge a
/// value by its name leave an access key alone when its secret is named beside it; an access key with no secret near
/// it (`SAUCE_ACCESS_KEY`, `MESSAGEBIRD_ACCESS_KEY`) is a credential of its own.
enum AccessKeyPair {
    /// How far around the value its secret's name is looked for.
    static let reach = 4096

    /// Whether `name` (normalised: lower case, no `_`, `.` or `-`) is an access key whose secret is among `siblings`
    /// (normalised the same way): a name with the same stem that says secret.
    static func isIdentifierHalf(_ name: String, siblings: [String]) -> Bool {
        let suffix = "accesskey"
        guard name.hasSuffix(suffix), !name.contains("secret") else { return false }
        let stem = name.dropLast(suffix.count)
        return siblings.contains { $0 != name && $0.hasPrefix(stem) && $0.contains("secret") }
    }

    /// The same for a value at `start` in `bytes`: its name is the identifier just before it on its line, its
    /// siblings the identifiers within `reach` of it.
    static func isIdentifierHalf(valueAt start: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard let name = name(before: start, in: bytes), name.hasSuffix("accesskey") else { return false }
        let window = max(0, start - reach)..<min(bytes.count, start + reach)
        return isIdentifierHalf(name, siblings: identifiers(in: bytes, window))
    }

    /// The shape AWS gave its key ids and the S3-compatible stores copied (Wasabi, Linode, Scaleway, MinIO's examples):
    /// 20 upper-case letters and digits. Under an access key's name (`WASABI_ACCESS_KEY`) such a value is the id half
    /// even with no secret beside it: consoles list it in the clear, and only the secret signs a request. An access
    /// key of another shape (Sauce Labs' UUID, MessageBird's 25 characters) is still a credential of its own.
    static func isKeyID<Bytes: Collection>(_ value: Bytes) -> Bool where Bytes.Element == UInt8 {
        value.count == 20 && value.allSatisfy { ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) }
            && value.contains { $0 >= 65 } && value.contains { $0 <= 57 }
    }

    /// Whether `name` (normalised) names an access key or its id: `…accesskey`, `…accesskeyid`, `…accessid`.
    static func isAccessKeyName(_ name: String) -> Bool {
        !name.contains("secret") && ["accesskey", "accesskeyid", "accessid"].contains { name.hasSuffix($0) }
    }

    /// Whether the value in `range` is a key id (`isKeyID`) under an access key's name on its line.
    static func isKeyIDUnderItsName(_ range: Range<Int>, in bytes: UnsafeRawBufferPointer) -> Bool {
        isKeyID(UnsafeRawBufferPointer(rebasing: bytes[range])) && (name(before: range.lowerBound, in: bytes).map(isAccessKeyName) ?? false)
    }

    static func normalised<S: Sequence>(_ name: S) -> String where S.Element == UInt8 {
        String(decoding: name.filter { !separators.contains($0) }.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// The identifier that names the value: back over the quotes, blanks and `=`/`:` before it, then over the name.
    private static func name(before start: Int, in bytes: UnsafeRawBufferPointer) -> String? {
        var end = start
        while end > 0, end > start - 16, [0x22, 0x27, 0x20, 0x09, 0x3D, 0x3A, 0x3E].contains(bytes[end - 1]) { end -= 1 }
        var from = end
        while from > 0, end - from < 80, isIdentifierByte(bytes[from - 1]) { from -= 1 }
        return from < end ? normalised(bytes[from..<end]) : nil
    }

    private static func identifiers(in bytes: UnsafeRawBufferPointer, _ window: Range<Int>) -> [String] {
        var found: [String] = []
        var index = window.lowerBound
        while index < window.upperBound {
            guard isIdentifierByte(bytes[index]) else { index += 1; continue }
            let from = index
            while index < window.upperBound, isIdentifierByte(bytes[index]) { index += 1 }
            if index - from >= 6 { found.append(normalised(bytes[from..<index])) }
        }
        return found
    }

    private static let separators: Set<UInt8> = [UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-")]

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || separators.contains(byte)
    }
}
