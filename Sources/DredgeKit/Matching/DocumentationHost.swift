/// The host a connection string's password is sent to, read after the captured password's `@`: when it is a name
/// RFC 2606 and RFC 6761 keep for documentation (`example.com`, `example.org`, `example.net` and their subdomains,
/// `*.example`, `*.invalid`), no server behind it ever accepted the password: a commit message's or a manual's sample
/// (atuin's `postgres://atuin:…@db.example.com/atuin` in the message of the commit that redacts it from logs).
/// `localhost` and `*.test` are left out: development machines and CI databases answer there.
enum DocumentationHost {
    static let detail = "documentation_host"

    /// Whether the bytes after `end` are `@` and a host at a documentation domain, up to a port, path, query or quote.
    static func follows(_ end: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard end < bytes.count, bytes[end] == UInt8(ascii: "@") else { return false }
        var host: [UInt8] = []
        var index = end + 1
        while index < bytes.count, host.count <= 253 {
            let byte = bytes[index] | (bytes[index] >= 65 && bytes[index] <= 90 ? 0x20 : 0)
            guard (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") else { break }
            host.append(byte)
            index += 1
        }
        return isDocumentation(String(decoding: host, as: UTF8.self))
    }

    /// `host` lowercased. The reserved names are `EmailAddress`'s, less those of testing (`*.test`, `localhost`).
    static func isDocumentation(_ host: String) -> Bool {
        let name = host.hasSuffix(".") ? String(host.dropLast()) : host
        if EmailAddress.reservedDomains.contains(where: { name == $0 || name.hasSuffix("." + $0) }) { return true }
        return documentationTopLevelDomains.contains { name.hasSuffix("." + $0) }
    }

    private static let documentationTopLevelDomains = EmailAddress.reservedTopLevelDomains.subtracting(["test", "localhost"])
}
