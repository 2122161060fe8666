import Foundation
import Git

/// The message of a commit or annotated tag, cut from the object's raw content: what follows the blank line that
/// ends the headers, without a tag's trailing signature (a PGP or SSH signature block is no message, and its base64
/// would only feed the matcher noise). A message in Latin-1 (an `encoding ISO-8859-1` header) is converted to UTF-8, so
/// secrets and columns read as git log shows them.
struct ObjectMessage {
    let text: [UInt8]
    /// The author of a commit, the tagger of a tag; nil when the header is missing or malformed.
    let author: Signature?

    init(kind: ObjectKind, content bytes: UnsafeRawBufferPointer) {
        var messageStart = bytes.count
        let authorHeader = kind == .tag ? Self.taggerHeader : Self.authorHeader
        var position = 0
        var author: Signature?
        var latin1 = false
        while position < bytes.count {
            let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            if end == position {  // the blank line
                messageStart = position + 1
                break
            }
            let line = UnsafeRawBufferPointer(rebasing: bytes[position..<end])
            if line.starts(with: authorHeader) {
                author = Self.signature(UnsafeRawBufferPointer(rebasing: line[authorHeader.count...]))
            } else if line.starts(with: Self.encodingHeader) {
                let name = String(decoding: line[Self.encodingHeader.count...], as: UTF8.self).lowercased()
                latin1 = Self.latin1Names.contains(name)
            }
            position = end + 1
        }
        var message = UnsafeRawBufferPointer(rebasing: bytes[min(messageStart, bytes.count)...])
        if kind == .tag, let signature = Self.signatureStart(in: message) {
            message = UnsafeRawBufferPointer(rebasing: message[..<signature])
        }
        text = latin1 ? Self.utf8(fromLatin1: message) : Array(message)
        self.author = author
    }

    private static let authorHeader = Array("author ".utf8)
    private static let taggerHeader = Array("tagger ".utf8)
    private static let encodingHeader = Array("encoding ".utf8)
    /// Names git accepts for Latin-1 and its close relatives (Windows-1252 differs only in 0x80–0x9F).
    private static let latin1Names: Set<String> = ["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso-8859-15",
                                                   "cp1252", "windows-1252"]
    private static let signatureMarkers = ["-----BEGIN PGP SIGNATURE-----", "-----BEGIN SSH SIGNATURE-----",
                                           "-----BEGIN SIGNED MESSAGE-----"].map { Array($0.utf8) }

    /// Where a signature block starts at the beginning of a line, if the message has one.
    private static func signatureStart(in message: UnsafeRawBufferPointer) -> Int? {
        var lineStart = 0
        while lineStart < message.count {
            let rest = UnsafeRawBufferPointer(rebasing: message[lineStart...])
            if signatureMarkers.contains(where: rest.starts(with:)) { return lineStart }
            guard let newline = rest.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            lineStart += newline + 1
        }
        return nil
    }

    /// `Name <email> 1700000000 +0100` as a signature; nil when it is not shaped so.
    static func signature(_ bytes: UnsafeRawBufferPointer) -> Signature? {
        guard let open = bytes.firstIndex(of: UInt8(ascii: "<")), let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let name = String(decoding: bytes[..<open], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let email = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
        let rest = String(decoding: bytes[(close + 1)...], as: UTF8.self).split(separator: " ")
        guard let seconds = rest.first.flatMap({ Int64($0) }) else { return nil }
        return Signature(name: name, email: email, date: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// Latin-1 bytes as UTF-8: each byte is the code point of the same value.
    private static func utf8(fromLatin1 bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                result.append(byte)
            } else {
                result.append(0xC0 | (byte >> 6))
                result.append(0x80 | (byte & 0x3F))
            }
        }
        return result
    }
}
