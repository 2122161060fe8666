/// Reads the tables people export and dump — CSV and TSV files (Excel's `;`-separated ones too), pg_dump's
/// `COPY t (cols) FROM stdin;` blocks, SQL `INSERT INTO t (cols) VALUES (…), (…);` and the same SQL a program keeps in
/// its string literals (`RecordExtractor.embeddedSQLRows`) — and yields each cell of a column
/// whose header names a secret (`api_token`, `Password`, `key`), so that a token or a plaintext password in an export is
/// a finding under its column's name, however far the value sits from it. A column of hashes or digests
/// (`password_hash`, `encrypted_password`, `token_sha256`) holds no secret, nor does a cell holding a password hash
/// (`$2b$…`, `$argon2id$…`, `pbkdf2_sha256$…`): no plaintext, so nothing to rotate at once.
enum TableParser {
    typealias Entry = DotEnvParser.Entry

    /// The rows come from the readers the personal-data detector uses (`DataStoreFormat` judges the format), so both
    /// read a quoted cell, a `COPY` block or an `INSERT` keyed by its `CREATE TABLE` the same way.
    /// With `keepingWeakDigests`, a password column's unsalted digest of a listed default password stays an entry
    /// (for the weak-password rules: `21232f29…` is `admin` to anyone with a lookup table).
    static func entries(in bytes: UnsafeRawBufferPointer, path: String, keepingWeakDigests: Bool = false) -> [Entry] {
        var entries: [Entry] = []
        func visit(_ keys: [String], _ row: [TableCell]) {
            for (key, cell) in zip(keys, row) where isSecretColumn(key) && !isAttributeNameColumn(key, among: keys) {
                if let range = cell.range, let entry = entry(bytes, key: key, value: range, keepingWeakDigests: keepingWeakDigests) {
                    entries.append(entry)
                }
            }
        }
        // A Markdown document's pipe tables (a wiki page's accounts), under a column that names a password or a token:
        // a bare `Key` column of a document lists keyboard shortcuts and setting names. A document's cells are mostly
        // words and code (`.beginGroup` under a grammar's `Token`, `rabbitmq_*`): a drawn value has letters and digits.
        if Self.isMarkdown(path) {
            RecordExtractor.markdownTables(bytes) { keys, row in
                visit(keys.map { DescribingName.words($0) == ["KEY"] || DescribingName.words($0) == ["KEYS"] ? "" : $0 }, row)
            }
            return entries.filter { entry in
                let value = bytes[entry.value]
                return value.contains { $0 >= 48 && $0 <= 57 } && value.contains { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }
            }
        }
        // A program's own SQL, in its string literals (a setup script's seed accounts, Android's `execSQL`).
        if Self.isProgramSource(path) {
            _ = RecordExtractor.embeddedSQLRows(bytes) { _, keys, row in visit(keys, row) }
            return entries
        }
        switch DataStoreFormat.candidates(path: path, bytes: bytes).first {
        case .sql?: _ = RecordExtractor.sqlRows(bytes) { _, keys, row in visit(keys, row) }
        case .delimited(let delimiter)?: _ = RecordExtractor.delimitedRows(bytes, delimiter: delimiter, visit)
        default: break
        }
        return entries
    }

    /// Languages whose programs create and seed their tables from string literals.
    static let programExtensions: Set<String> = ["php", "java", "kt", "scala", "groovy", "py", "rb", "js", "mjs", "cjs",
                                                 "ts", "cs", "vb", "go"]

    static func isProgramSource(_ path: String) -> Bool {
        let name = DataStoreFormat.fileName(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return programExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    static func isMarkdown(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown")
    }

    /// Name words that say a column holds a digest or a ciphertext of a secret, or names it.
    static let digestWords: Set<String> = ["HASH", "HASHED", "DIGEST", "SHA1", "SHA256", "SHA512", "MD5", "BCRYPT", "CRYPT",
                                           "ENCRYPTED", "CRYPTED", "CIPHERTEXT", "SALT", "ID", "IDS", "PUBLIC", "PUBLISHABLE", "PREFIX",
                                           "HINT", "EXPIRES", "EXPIRY", "TYPE", "NAME",
                                           // a YouTube video's `rt-GoLEs6L4` under mutillidae's `identificationToken`
                                           "IDENTIFIER", "IDENTIFICATION",
                                           // a page's address or slug (bagisto's `url_key`, `PUFFJKT2023-variant-39-8`), blind32d
                                           "URL", "SLUG", "HANDLE"]

    static func isSecretColumn(_ name: some StringProtocol) -> Bool {
        let words = DescribingName.words(name)
        return words.contains(where: SecretWords.inColumns.contains) && !words.contains(where: digestWords.contains)
            && !DescribingName.describes(name)
    }

    /// A column named for a password (`password`, `passwd`, `user_pwd`, `userPassword`), not one whose only sign is `pass`
    /// (a test report's `Pass/Fail`) or that names a token or key.
    static func isPasswordColumn(_ name: some StringProtocol) -> Bool {
        DescribingName.words(name).contains { word in ["PASSWORD", "PASSWD", "PWD", "PASSPHRASE"].contains { word.contains($0) } }
    }

    /// The key column of an entity-attribute-value table, beside a value column of the same stem (WordPress'
    /// `wp_postmeta (meta_id, post_id, meta_key, meta_value)`, `setting_key` and `setting_value`): each row's attribute
    /// name (`_wp_page_template`, `_oembed_time_<md5>`), not a key. A bare `key` beside `value` is left to the cell's
    /// shape (`isSpelledAsName`): nothing but the pair says which of the two is the name.
    static func isAttributeNameColumn(_ name: String, among columns: [String]) -> Bool {
        let words = DescribingName.words(name)
        guard words.count >= 2, words.last == "KEY" else { return false }
        let value = words.dropLast() + ["VALUE"]
        return columns.contains { DescribingName.words($0).elementsEqual(value) }
    }

    /// A password hash in one of the crypt formats: the value is what a login checks against, not the password.
    /// phpass' portable hashes (`$P$`, `$H$`) are WordPress' and phpBB's; a reset key stored as the time it was made
    /// and its hash (WordPress' `user_activation_key`, `1549976124:$P$B…`) is a hash too.
    static func isPasswordHash(_ value: some Collection<UInt8>) -> Bool {
        var text = Substring(String(decoding: value, as: UTF8.self))
        if let colon = text.firstIndex(of: ":"), colon > text.startIndex, text[..<colon].allSatisfy({ $0.isASCII && $0.isNumber }) {
            text = text[text.index(after: colon)...]
        }
        let prefixes = ["$2a$", "$2b$", "$2y$", "$2x$", "$argon2", "$pbkdf2", "pbkdf2_", "$scrypt$", "$1$", "$5$", "$6$", "$y$",
                        "$P$", "$H$", "{SSHA}", "{SHA}", "{BCRYPT}", "bcrypt$", "argon2$", "sha1$", "md5$"]
        return prefixes.contains { text.hasPrefix($0) }
    }

    private static func entry(_ bytes: UnsafeRawBufferPointer, key: String, value: Range<Int>, keepingWeakDigests: Bool) -> Entry? {
        // an unquoted cell's blanks, and the quotes of one written after a blank (`a, "b"`), are not the value's
        var value = value
        while let first = value.first, bytes[first] == 0x20 || bytes[first] == 0x09 { value = value.dropFirst() }
        while let last = value.last, bytes[last] == 0x20 || bytes[last] == 0x09 { value = value.dropLast() }
        if value.count >= 2, bytes[value.lowerBound] == UInt8(ascii: "\""), bytes[value.upperBound - 1] == UInt8(ascii: "\"") {
            value = value.dropFirst().dropLast()
        }
        // a cell of words (`(in vault)`, `see 1Password`) is a note about where the secret is
        guard !value.isEmpty, !isPasswordHash(bytes[value]), !bytes[value].contains(0x20) else { return nil }
        if ["PASSWORD", "PASSWD", "PASS", "PWD"].contains(where: key.uppercased().contains), isHexDigest(bytes[value]),
           !(keepingWeakDigests && WeakPassword.isDigestOfListed(bytes[value])) {
            return nil
        }
        if DotEnvParser.isNamedOnlyAsKey(key), isSpelledAsName(bytes[value]) { return nil }
        return Entry(key: key, value: value)
    }

    /// An unsalted digest in hex, the length of MD5, SHA-1, SHA-256 or SHA-512, in one case: what a shop's user table
    /// keeps in its `password` column (macrozheng/mall's `ums_admin`, `e10adc39…` being MD5 of `123456`). Under a
    /// password's name nobody types that; under a key's or a client secret's name it may be the secret itself, and stays one.
    /// Spring Security's `StandardPasswordEncoder` writes an 8-byte salt and a SHA-256 digest, 80 hex digits
    /// (piggymetrics' `init.sql` demo user).
    private static func isHexDigest(_ value: some Collection<UInt8>) -> Bool {
        guard [32, 40, 64, 80, 128].contains(value.count) else { return false }
        return value.allSatisfy { CommonShapes.isHex($0, upper: false) } || value.allSatisfy { CommonShapes.isHex($0, upper: true) }
    }

    /// Words joined by `_`, `-` or `.`, each in one case and without a digit (`ADD_NEW_PET`, `owner-search`,
    /// `checkout.Enabled`): under a column named only as a key (`flag_key`, `key`) that is the record's key, a name
    /// people chose, not an issued one.
    /// So are a key-value table's resource and setting names (SimplCommerce's `Localization_Resource ("CultureId",
    /// "Key", "Value")` and `Core_AppSetting`: `Products`, `Global.AssetVersion`, `Tax_IsProductPriceIncludedTax`,
    /// `products`): words of letters, each opening on a capital with lower case in it, or one lower-case word with a
    /// vowel; an issued key mixes digits in or runs capitals and small letters together at random (blind20c).
    private static func isSpelledAsName(_ value: some Collection<UInt8>) -> Bool {
        let words = value.split(omittingEmptySubsequences: false) { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
        let isLetter = { (byte: UInt8) in (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) }
        if words.allSatisfy({ word in
            guard let first = word.first, word.allSatisfy(isLetter), word.count >= 2 else { return false }
            return first <= 90 && word.contains { $0 >= 97 }
        }) || (words.count == 1 && value.count >= 4 && value.allSatisfy { $0 >= 97 && $0 <= 122 }
               && value.contains { "aeiouy".utf8.contains($0) }) {
            return true
        }
        guard words.count >= 2 else { return false }
        return words.allSatisfy { word in
            let upper = word.filter { $0 >= 65 && $0 <= 90 }.count, lower = word.filter { $0 >= 97 && $0 <= 122 }.count
            guard !word.isEmpty, upper + lower == word.count else { return false }
            return upper == 0 || lower == 0 || (upper == 1 && word.first! <= 90)
        } || isDottedSettingName(value)
    }

    /// A setting's path of three or more dotted parts in lower case, digits allowed, one part a word of three letters
    /// or more (listmonk's `settings (key, value)`: `upload.s3.bucket`, `upload.s3.aws_secret_access_key`), blind32h.
    private static func isDottedSettingName(_ value: some Collection<UInt8>) -> Bool {
        let parts = value.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        let isLower = { (byte: UInt8) in byte >= 97 && byte <= 122 }
        return parts.count >= 3
            && parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { isLower($0) || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "_") } }
            && parts.contains { part in part.count >= 3 && part.allSatisfy(isLower) }
    }
}
