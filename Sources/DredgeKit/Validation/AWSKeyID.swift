/// Facts an AWS access key id carries: its kind from the prefix, and the 12-digit account id encoded in characters
/// 5 to 12 (base32), which tells a responder whose account the key belongs to without calling AWS.
enum AWSKeyID {
    static let kinds: [String: String] = [
        "AKIA": "long-term IAM user key", "ASIA": "temporary (STS) key", "ABIA": "AWS STS service bearer token",
        "ACCA": "context-specific credential",
    ]

    static func validate(_ keyID: String) -> Validation {
        let characters = Array(keyID.utf8)
        guard characters.count == 20, let kind = kinds[String(keyID.prefix(4))] else { return .unchecked }
        var details = [("key_type", kind)]
        if let account = accountID(characters) { details.append(("account_id", account)) }
        return Validation(.unchecked, details)
    }

    /// Base32-decodes the characters after the prefix; the first 48 bits, masked with 0x7FFFFFFFFF80 and shifted
    /// right by 7, are the account number.
    static func accountID(_ characters: [UInt8]) -> String? {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
        var bits: UInt64 = 0
        for character in characters[4..<14] {  // 10 characters = 50 bits, of which the first 48 are needed
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            bits = bits << 5 | UInt64(value)
        }
        let first48 = bits >> 2
        let account = (first48 & 0x7FFF_FFFF_FF80) >> 7
        let text = String(account)
        return String(repeating: "0", count: max(0, 12 - text.count)) + text
    }
}
