/// Email addresses inside a field value: `local@domain.tld` where the top-level domain is 2–24 letters. The scan is
/// byte-wise and linear: each `@` is grown left over local-part bytes and right over domain bytes, then checked.
enum EmailAddress {
    /// Top-level domains reserved for documentation and testing (RFC 2606, RFC 6761).
    static let reservedTopLevelDomains: Set<String> = ["test", "example", "invalid", "localhost"]
    /// Second-level domains reserved for documentation (RFC 2606).
    static let reservedDomains: Set<String> = ["example.com", "example.org", "example.net"]
    /// Asset and source file extensions (at most 5 letters) that look like a top-level domain after an `@`
    /// (`logo@2x.png`, `icon@3x.webp`); none is a top-level domain people have mail at.
    static let fileExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "tif", "tiff",
                                              "css", "js", "mjs", "cjs", "ts", "tsx", "jsx", "json", "html", "htm",
                                              "xml", "yml", "yaml", "map", "woff", "woff2", "ttf", "otf", "eot",
                                              // archives and packages named `name@version` (Homebrew's bottles in a
                                              // `Brewfile.lock.json`, npm's tarballs), and source and config files:
                                              // none a top-level domain (`.zip`, `.sh`, `.py`, `.md` are, and stay out)
                                              "gz", "tgz", "xz", "tar", "jar", "gem", "whl", "deb", "rpm", "lock", "txt",
                                              "toml", "ini", "cfg", "conf", "rb", "php", "java", "kt", "swift"]

    /// Calls `found` with every address in `text`, lowercased.
    static func scan(_ text: String, _ found: (String) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var at = 0
            while at < bytes.count {
                guard bytes[at] == UInt8(ascii: "@") else { at += 1; continue }
                var start = at
                while start > 0, isLocalByte(bytes[start - 1]) { start -= 1 }
                while start < at, bytes[start] == UInt8(ascii: ".") { start += 1 }
                var end = at + 1
                while end < bytes.count, isDomainByte(bytes[end]) { end += 1 }
                let next = end
                while end > at + 1, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "-") { end -= 1 }
                if at - start >= 1, at - start <= 64, bytes[at - 1] != UInt8(ascii: "."),
                   !isURLUserInfo(bytes, start: start, end: next),
                   isDomain(UnsafeBufferPointer(rebasing: bytes[(at + 1)..<end])) {
                    let address = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    if address.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
                        found(String(decoding: address.lazy.map(lowercased), as: UTF8.self))
                    } else {
                        found(String(decoding: address, as: UTF8.self))
                    }
                }
                at = max(next, at + 1)
            }
        }
    }

    /// True for addresses at documentation and test domains: example.com/.org/.net and their subdomains,
    /// `*.test`, `*.example`, `*.invalid`, `localhost`.
    static func isReserved(_ address: String) -> Bool {
        reservedSuffixes.contains { suffix in
            address.utf8.count > suffix.count && address.utf8.suffix(suffix.count).elementsEqual(suffix)
        }
    }

    /// `@example.com`, `.example.com`, …, `.test`, `@localhost`, … as bytes.
    private static let reservedSuffixes: [[UInt8]] = reservedDomains.union(reservedTopLevelDomains).flatMap { (name: String) -> [[UInt8]] in
        [Array(("@" + name).utf8), Array(("." + name).utf8)]
    }

    /// `a***@gmail.com`: the first character of the local part and the whole domain.
    static func redacted(_ address: String) -> String {
        guard let at = address.lastIndex(of: "@"), let first = address.first else { return "***" }
        return "\(first)***\(address[at...])"
    }

    /// `user@host` that is the user of a URL (`ssh://git@github.com/…`) or of an scp-style git remote
    /// (`git@github.com:org/repo.git`), not a mailbox. Nor is one a path goes on from (`go list`'s
    /// `golang.org/x/oauth2/internal@golang.org/x/oauth2`, a package inside the module it belongs to): a mailbox's
    /// domain ends the address. `end` is the first byte after the domain's bytes.
    private static func isURLUserInfo(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        if start >= 3, bytes[start - 3] == UInt8(ascii: ":"), bytes[start - 2] == UInt8(ascii: "/"),
           bytes[start - 1] == UInt8(ascii: "/") { return true }
        if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "/"), isDomainByte(bytes[end + 1]) { return true }
        // a name that runs on past the "domain" (`node@10--10.24.1.big_sur.bottle.tar.gz`, a Homebrew bottle): an
        // underscore never follows a mailbox's domain
        if end < bytes.count, bytes[end] == UInt8(ascii: "_") { return true }
        return end + 1 < bytes.count && bytes[end] == UInt8(ascii: ":") && bytes[end + 1] > 0x20
    }

    /// Labels of letters, digits and inner hyphens, at least two of them, the last 2–24 letters; or `localhost`.
    private static func isDomain(_ domain: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !domain.isEmpty, domain.count <= 253 else { return false }
        if domain.count == 9, domain.elementsEqual("localhost".utf8, by: { lowercased($0) == $1 }) { return true }
        var labels = 0
        var labelStart = 0
        for index in 0...domain.count {
            guard index == domain.count || domain[index] == UInt8(ascii: ".") else { continue }
            let label = UnsafeBufferPointer(rebasing: domain[labelStart..<index])
            guard !label.isEmpty, label.count <= 63, label.first != UInt8(ascii: "-"), label.last != UInt8(ascii: "-")
            else { return false }
            labels += 1
            if index == domain.count {
                guard labels >= 2, (2...24).contains(label.count), label.allSatisfy(isLetter) else { return false }
                return label.count > 5 || !fileExtensions.contains(String(decoding: label.lazy.map(lowercased), as: UTF8.self))
            }
            labelStart = index + 1
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isLocalByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    private static func isDomainByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
