/// Reads `KEY=VALUE` files (`.env` and its kin) line by line and yields the entries whose key names a secret,
/// with the value's byte range, so that each becomes its own credential finding with the key name shown.
enum DotEnvParser {
    struct Entry {
        let key: String
        let value: Range<Int>
    }

    /// The names of a connection string, which holds its password; other names say secret by their words
    /// (`SecretWords.nameSaysSecret`).
    static let connectionNames = ["CONNECTION_STRING", "DATABASE_URL"]
    /// Names in which `KEY` is the key of a record, not a secret: a search corpus's or an index's key
    /// (`VECTARA_CORPUS_KEY`), a table's sort or partition key, a cache or storage object's key, the header a key id is
    /// sent in. A name that describes its secret (`JWT_SIGNING_ALGORITHM`, `DB_PASSWORD_FILE`) is `DescribingName`'s.
    static let identifierKeys = ["_CORPUS_KEY", "_SORT_KEY", "_PARTITION_KEY", "_RANGE_KEY", "_PRIMARY_KEY", "_FOREIGN_KEY",
                                 "_CACHE_KEY", "_OBJECT_KEY", "_LOOKUP_KEY", "_IDEMPOTENCY_KEY", "KEY_ID_HEADER"]

    /// Endings that say the value names a credential rather than being one (`MUX_TOKEN_ID`, `SIGNING_KEY_ID`): only as
    /// suffixes, since a name beginning `ID` (`IDP_SECRET`) still holds a secret.
    static let identifierSuffixes = ["_ID", "_IDS"]

    static func isSecretKey(_ key: String) -> Bool {
        let upper = key.uppercased()
        let named = SecretWords.nameSaysSecret(DescribingName.words(key)) || connectionNames.contains(where: upper.contains)
        guard named, !PublicName.says(key), !TrustStoreName.names(upper) else { return false }
        if identifierSuffixes.contains(where: { upper.hasSuffix($0) }) || identifierKeys.contains(where: { upper.hasSuffix($0) }) { return false }
        // Only the last word describes: `USER_PASSWORD` and `NAME_TOKEN` hold secrets, `PASSWORD_USER` names an account.
        // The name as written: a camelCase one (`artifactRepositoryAccessKeySecretName`) has its words only before
        // it is upper-cased.
        return !DescribingName.describes(key)
    }

    /// Name parts that say the value was chosen by a person or is a shared secret, which may be all digits (a PIN).
    static let passwordWords = ["PASSWORD", "PASSWD", "PASS", "PWD", "PIN", "SECRET", "SALT", "CREDENTIAL"]

    /// A short run of digits named only as a key or a token (`FR_ACCESS_KEY=94344420`, `STEAM_APP_KEY=730`) is an
    /// account number, an app id or a port, not a generated key: providers' keys mix letters in. Under a password's
    /// name digits stay a credential.
    /// So is a value named only as a key or a token, written in one machine alphabet, too short to hold the 64 random
    /// bits an issued key carries: fewer than 16 hex digits (`KISSMETRICS_API_KEY=01153bbe1c24`, 48 bits) or 13 small
    /// letters and digits (`ZIPRECRUITER_API_KEY=bor9u2yt`), or 13 capitals and digits (`JIRA_PROJECT_KEY=SHOP`): a
    /// build hash, a short id or a project's key, a key cut short, never a provider's key. A person's password is not
    /// written that way, and under a password's name any value stays a credential.
    static func isNumberNamedAsKey(_ key: String, value: some Collection<UInt8>) -> Bool {
        let digits = value.allSatisfy { $0 >= 48 && $0 <= 57 }
        let hex = value.allSatisfy { CommonShapes.isHex($0, upper: false) } || value.allSatisfy { CommonShapes.isHex($0, upper: true) }
        let small = value.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 122) }
        let capitals = value.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) }
        guard (digits && value.count <= 12) || (hex && value.count < 16) || ((small || capitals) && value.count < 13) else { return false }
        return isNamedOnlyAsKey(key)
    }

    /// Whether `key` names its value only as a key or a token, with no word for a password or a shared secret.
    static func isNamedOnlyAsKey(_ key: String) -> Bool {
        let upper = key.uppercased()
        return !passwordWords.contains { upper.contains($0) }
    }

    /// A connection string's name makes its value secret for the password in it; a URL without one (Symfony's
    /// `DATABASE_URL=sqlite:///%kernel.project_dir%/data/database.sqlite`, `MAILER_DSN=null://null`, a Redis on
    /// localhost) holds none. A name that says secret for another reason (`DATABASE_URL_TOKEN`) keeps its value.
    static func isConnectionWithoutPassword(_ key: String, value: some Collection<UInt8>) -> Bool {
        let connectionNames = ["CONNECTION_STRING", "DATABASE_URL", "DSN"]
        let upper = key.uppercased()
        guard connectionNames.contains(where: upper.contains),
              !isSecretKey(connectionNames.reduce(upper) { $0.replacingOccurrences(of: $1, with: "_") }) else { return false }
        let text = String(decoding: value, as: UTF8.self), lowered = text.lowercased()
        guard let scheme = text.range(of: "://"), !lowered.contains("password="), !lowered.contains("pwd=") else { return false }
        return hasNoPassword(authority: text[scheme.upperBound...])
    }

    /// Whether the authority that begins `rest` (what follows `scheme://`) names no password: no user, or a user alone.
    private static func hasNoPassword(authority rest: Substring) -> Bool {
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let at = authority.lastIndex(of: "@") else { return true }
        let userInfo = authority[..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return true }
        // a stand-in (`mysql://user:password@127.0.0.1:3306/database`, a `.env`'s template line) is none either, as the
        // URL rules read it (blind22c: Kimai's committed `.env`)
        let password = userInfo[userInfo.index(after: colon)...]
        return password.isEmpty || PlaceholderFilter.isStandIn(Array(password.utf8))
    }

    /// A web address under a name that says secret (`OAUTH_TOKEN_URL=https://login.shop.test/oauth/token`,
    /// `PASSWORD_RESET_URL=…`, `AUTH_URL=…`) is where a secret is sent or set, not the secret, when it carries none:
    /// no password after a user, no query parameter named for a secret, and no path segment or parameter value of a
    /// token's shape (a webhook's URL holds its secret in the path, `…/services/T0…/B0…/Xk9f…`; a SAS URL in `sig=`).
    static func isAddressWithoutCredential(_ value: some Collection<UInt8>) -> Bool {
        let text = String(decoding: value, as: UTF8.self)
        guard let scheme = text.range(of: "://"), text[..<scheme.lowerBound].allSatisfy({ $0.isLetter || $0 == "+" || $0 == "-" || $0 == "." }),
              hasNoPassword(authority: text[scheme.upperBound...]) else { return false }
        let afterAuthority = text[scheme.upperBound...].drop { $0 != "/" && $0 != "?" && $0 != "#" }
        let path = afterAuthority.prefix { $0 != "?" && $0 != "#" }
        let query = afterAuthority.dropFirst(path.count)
        let isTokenShaped = { (part: Substring) in part.count >= 16 && part.contains(where: \.isNumber) && part.contains(where: \.isLetter) }
        let parameters = query.split { $0 == "?" || $0 == "&" || $0 == "#" || $0 == ";" }
        let secretParameter = parameters.contains { parameter in
            let name = parameter.prefix { $0 != "=" }
            return SecretWords.nameSaysSecret(DescribingName.words(name)) || isTokenShaped(parameter.dropFirst(name.count + 1))
        }
        return !path.split(separator: "/").contains(where: isTokenShaped) && !secretParameter
    }

    /// A switch (`MYSQL_ALLOW_EMPTY_PASSWORD=true`, `AUTH_ENABLED=no`) or a path on the server the setting is for
    /// (`oidc_auth_url=/dex/auth`, `skip_auth_uri=/dex`): the name mentions a secret, the value is none.
    static func isSwitchOrPath(_ value: some Collection<UInt8>) -> Bool {
        let lowered = String(decoding: value, as: UTF8.self).lowercased()
        if ["true", "false", "yes", "no", "on", "off"].contains(lowered) { return true }
        guard lowered.first == "/", lowered.count > 1 else { return false }
        return value.allSatisfy(isPathByte)
    }

    /// Small letters, digits, `/`, `-`, `_` and `.`: what the paths and file names a setting points at are written in.
    private static func isPathByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ".")].contains(byte)
    }

    /// Extensions of files that keep a key, a certificate or a service account's credentials.
    static let keyFileExtensions: Set<String> = ["key", "pem", "crt", "cer", "der", "p8", "p12", "pfx", "jks", "keystore",
                                                  "json", "asc", "gpg", "ppk", "pub", "kdbx"]

    /// The name of the file that holds the secret, relative to the project (`COSIGN_KEY=cosign.key`,
    /// `TLS_KEY=certs/server.pem`, `GOOGLE_APPLICATION_CREDENTIALS=sa.json`): small letters, digits, `-`, `_`, `.` and
    /// `/`, ending in a key file's extension. The setting says where the secret is kept; the file's own rules read it.
    static func isKeyFileName(_ value: some Collection<UInt8>) -> Bool {
        let text = String(decoding: value, as: UTF8.self)
        guard value.allSatisfy(isPathByte), let dot = text.lastIndex(of: "."), dot != text.startIndex,
              text[text.index(before: dot)] != "/", text[text.index(before: dot)] != "." else { return false }
        return keyFileExtensions.contains(String(text[text.index(after: dot)...]))
    }

    static func entries(in bytes: UnsafeRawBufferPointer) -> [Entry] {
        var entries: [Entry] = []
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if let entry = entry(bytes, lineStart..<lineEnd), isSecretKey(entry.key),
               !isNumberNamedAsKey(entry.key, value: bytes[entry.value]),
               !isConnectionWithoutPassword(entry.key, value: bytes[entry.value]), !isSwitchOrPath(bytes[entry.value]),
               !isKeyFileName(bytes[entry.value]),
               !isAddressWithoutCredential(bytes[entry.value]),
               // a value that is its name's words (`LOOKER_API_CLIENT_SECRET_PROD=looker_api_client_secret_prod`)
               // names what goes there, as in code (`DescribingName.repeatsItsName`; blind22c)
               !DescribingName.repeatsItsName(Array(bytes[entry.value]), entry.key) {
                entries.append(entry)
            }
            lineStart = lineEnd + 1
        }
        // An access key beside its secret, or of a key id's shape, is the pair's id half (`AccessKeyPair`).
        let keys = entries.map { AccessKeyPair.normalised($0.key.utf8) }
        return entries.filter { entry in
            let key = AccessKeyPair.normalised(entry.key.utf8)
            return !AccessKeyPair.isIdentifierHalf(key, siblings: keys)
                && !(AccessKeyPair.isAccessKeyName(key) && AccessKeyPair.isKeyID(UnsafeRawBufferPointer(rebasing: bytes[entry.value])))
        }
    }

    /// One line: optional `export `, a key of letters, digits, `_`, `.` or `-`, `=`, then a value that may be quoted;
    /// an unquoted value ends at ` #` (a comment, which may begin it) or the end of the line.
    private static func entry(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>) -> Entry? {
        var index = line.lowerBound
        func skipBlanks() { while index < line.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 } }
        skipBlanks()
        let exportWord = Array("export ".utf8)
        if line.upperBound - index > exportWord.count, bytes[index..<(index + exportWord.count)].elementsEqual(exportWord) {
            index += exportWord.count
            skipBlanks()
        }
        let keyStart = index
        while index < line.upperBound, isKeyByte(bytes[index]) { index += 1 }
        guard index > keyStart else { return nil }
        let key = String(decoding: bytes[keyStart..<index], as: UTF8.self)
        skipBlanks()
        guard index < line.upperBound, bytes[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        let afterEquals = index
        skipBlanks()
        var end = line.upperBound
        while end > index, [0x20, 0x09, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        guard index < end else { return nil }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            var close = index + 1
            while close < end, bytes[close] != quote { close += 1 }
            guard close < end || bytes[end - 1] == quote, close > index + 1 else { return nil }
            return Entry(key: key, value: (index + 1)..<close)
        }
        // A `#` after a blank opens a comment, at the value's start too (`R2_SECRET_ACCESS_KEY=  # optional` is empty).
        var valueEnd = index
        while valueEnd < end, !(bytes[valueEnd] == UInt8(ascii: "#") && valueEnd > afterEquals && [0x20, 0x09].contains(bytes[valueEnd - 1])) {
            valueEnd += 1
        }
        while valueEnd > index, [0x20, 0x09].contains(bytes[valueEnd - 1]) { valueEnd -= 1 }
        return valueEnd > index ? Entry(key: key, value: index..<valueEnd) : nil
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }
}
