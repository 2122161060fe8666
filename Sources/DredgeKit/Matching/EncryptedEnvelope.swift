/// Values a tool encrypted so that they may be committed: only the holder of a key kept elsewhere (a KMS or age key, a
/// PGP identity, a vault's password) opens them, and each tool writes its ciphertext inside a marker of its own. Such a
/// value is no exposure under any rule, whatever its name (`STRIPE_SECRET_KEY=ENC[AES256_GCM,data:…]` in a sops-encrypted
/// `.env`); the file's key material, where it leaks, is reported by the rules for keys.
enum EncryptedEnvelope {
    /// The markers the value begins with: sops (`ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]`), hiera-eyaml
    /// (`ENC[PKCS7,…]`, `ENC[GPG,…]`), dotenvx (`encrypted:…`), EJSON (`EJ[1:…]`), Ansible Vault (`$ANSIBLE_VAULT;1.1;AES256`)
    /// and Vault's transit engine (`vault:v1:…`, the key's version after the `v`).
    static let openings: [[UInt8]] = ["ENC[AES256_GCM,data:", "ENC[PKCS7,", "ENC[GPG,", "encrypted:", "EJ[1:", "$ANSIBLE_VAULT;"]
        .map { Array($0.utf8) }

    static func holds<Bytes: Collection>(_ value: Bytes) -> Bool where Bytes.Element == UInt8 {
        let bytes = Array(value)
        if openings.contains(where: { bytes.starts(with: $0) }) { return true }
        return isTransitCiphertext(bytes) || isJasypt(bytes) || isBitwardenCipherString(bytes)
    }

    /// `2.<iv>|<data>|<mac>`: a Bitwarden CipherString, what its encrypted exports and its clients' stores hold for
    /// every field (the encryption type, a dot, then base64 parts split by `|`): types 0 to 2 are AES-CBC, with a 16-byte
    /// IV first and, for 1 and 2, a 32-byte HMAC last. Only the account's key opens it.
    private static func isBitwardenCipherString(_ bytes: [UInt8]) -> Bool {
        guard bytes.count > 2, let type = bytes.first, (48...50).contains(type), bytes[1] == UInt8(ascii: ".") else { return false }
        let parts = bytes.dropFirst(2).split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
        let isBase64Byte: (UInt8) -> Bool = { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "/") }
        let isBase64: (ArraySlice<UInt8>) -> Bool = { part in
            let body = part.prefix(while: isBase64Byte)
            let padding = part.count - body.count
            return !body.isEmpty && part.count % 4 == 0 && padding <= 2 && part.suffix(padding).allSatisfy { $0 == UInt8(ascii: "=") }
        }
        guard parts.count == (type == UInt8(ascii: "0") ? 2 : 3), parts.allSatisfy(isBase64) else { return false }
        let iv = parts[0], mac = parts.count == 3 ? parts[2] : nil
        return iv.count == 24 && iv.suffix(2).elementsEqual("==".utf8) && (mac.map { $0.count == 44 && $0.last == UInt8(ascii: "=") } ?? true)
    }

    /// `vault:v3:…`: Vault's transit engine, the key version a number.
    private static func isTransitCiphertext(_ bytes: [UInt8]) -> Bool {
        let opening = Array("vault:v".utf8)
        guard bytes.starts(with: opening) else { return false }
        let version = bytes.dropFirst(opening.count).prefix { $0 >= 48 && $0 <= 57 }
        return !version.isEmpty && bytes.dropFirst(opening.count + version.count).first == UInt8(ascii: ":")
    }

    /// `ENC(…)`, the whole value: Jasypt's encrypted property (Spring Boot decrypts it with a password given at start).
    private static func isJasypt(_ bytes: [UInt8]) -> Bool {
        bytes.count > 6 && bytes.starts(with: Array("ENC(".utf8)) && bytes.last == UInt8(ascii: ")")
    }
}
