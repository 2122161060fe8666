/// A setting's name that says its value describes a secret rather than holds it: a secret word, then a last word
/// naming a property of it or of its form field (`passwordField`, `password_hint`, `secretName`, `PASSWORD_MIN_LENGTH`,
/// `tokenType`, `secretKeyRef`). Such values are field names, labels, kinds, limits and references: `"passwordField":
/// "pass"` in a browser's saved-logins file is no password.
enum DescribingName {
    /// Last words that say what the value describes (a key's `FINGERPRINT` or a certificate's `THUMBPRINT` is the digest
    /// of its public half, printed to pin it; a `token_sha1` or `API_KEY_SHA256` is a digest kept to look a key up or
    /// to check it, not the key; a policy's `AGE` or `DAYS` counts time). Left out on purpose: HEADER, URL
    /// and TEXT (`AUTH_HEADER: "Bearer …"`, `WEBHOOK_URL`, `password_text` can hold the secret itself), ID (a Vault
    /// `secret_id` is one) and CONFIRMATION (a form's second copy of the password).
    static let describingWords: Set<String> = [
        "FIELD", "FIELDS", "NAME", "LABEL", "HINT", "TYPE", "POLICY", "LENGTH", "LEN", "MIN", "MAX", "SIZE", "PROMPT",
        "PLACEHOLDER", "REGEX", "PATTERN", "FORMAT", "MODE", "STRENGTH", "SELECTOR", "COLUMN", "FILE", "PATH", "DIR", "ENV",
        "VAR", "VARIABLE", "REF", "REFERENCE", "TTL", "EXPIRY", "EXPIRES", "LIFETIME", "TIMEOUT", "ENABLED", "REQUIRED", "RULE",
        "RULES", "ERROR", "MESSAGE", "MSG", "TITLE", "INPUT", "ICON", "PARAM", "PARAMETER", "ATTRIBUTE", "ATTR", "PROP", "PROPERTY",
        "COUNT", "ATTEMPTS", "RETRIES", "VERSION", "ALGORITHM", "ALGO", "SCHEME", "LOCATION", "SOURCE", "METHOD", "USER", "USERNAME",
        "PREFIX", "FINGERPRINT", "THUMBPRINT",
        // the component that checks it: Dex's `passwordConnector: local` names the connector for password logins
        "CONNECTOR",
        // a digest of the secret, named for its algorithm; HASH is left out (`PASSWORD_HASH` may be a crackable bcrypt)
        "DIGEST", "CHECKSUM", "MD5", "SHA1", "SHA256", "SHA384", "SHA512",
        // a duration or an age in its unit: a password policy (`PASSWORD_MAX_AGE_DAYS=90`) or a rotation period
        "AGE", "DAYS", "HOURS", "MINUTES", "SECONDS", "INTERVAL",
        // the window a reset link stays good for (Devise's `reset_password_within`: huginn's `RESET_PASSWORD_WITHIN=6.hours`)
        "WITHIN",
        // when it was made or changed (`password_changed_at`, `token_created_date`, Active Directory's `pwdLastSet`):
        // a time, not the secret
        "AT", "DATE", "TIME", "TIMESTAMP", "CHANGED", "UPDATED", "CREATED", "MODIFIED", "ROTATED", "SET",
        // where the secret is kept or sent, and who issues or takes it (`TOKEN_ENDPOINT`, `SECRET_ARN`, `AUTH_DOMAIN`,
        // `TOKEN_ISSUER`): an address or a party, not the secret
        "HOST", "HOSTNAME", "DOMAIN", "REGION", "ENDPOINT", "ADDRESS", "ADDR", "ARN", "BUCKET", "EMAIL", "PROVIDER", "ISSUER",
        "AUDIENCE", "SCOPE", "SCOPES",
        // what it costs or how much of it may be spent: an LLM app's `TOKEN_PRICE=0.002` or `TOKEN_LIMIT=4096` counts
        // a model's tokens, not a credential (blind22c)
        "PRICE", "COST", "LIMIT",
        // the container image a service runs: `VALKEY_IMAGE=valkey/valkey:8.1-alpine` in the OpenTelemetry demo's `.env`
        // (Valkey's name holds the word key), a repository and a tag, not a credential (blind23c)
        "IMAGE",
    ]

    /// Whether `name` (any spelling: `passwordField`, `password_field`, `password-field`, `auth.token.type`) ends in a
    /// describing word after a secret word.
    static func describes(_ name: some StringProtocol) -> Bool {
        let words = Self.words(name)
        guard words.count >= 2, let last = words.last, describingWords.contains(last) else { return false }
        return words.dropLast().contains { word in
            // a secret word whole (`SK`, `PAT`) or, for the longer ones, inside a word (`DBPASSWORD_FILE`, `APIKEY_HEADER_NAME`)
            SecretWords.inSettings.contains(word) || SecretWords.inSettings.contains { $0.count >= 3 && word.contains($0) }
        }
    }

    /// Whether `value` is two or more of `name`'s last words, in any spelling (`ALGOLIA_API_KEY: api_key`,
    /// `serpapi_api_key='api_key'`, `PICTRS__API_KEY=API_KEY`): a template that names what goes there, as Mage's
    /// generated `io_config.yaml` does for every service; all of them, a constant naming itself (a route's
    /// `CHANGE_PASSWORD: "change-password"`). One word is left alone: `DB_PASSWORD: password` is the weak default a
    /// compose file really starts its database with.
    static func repeatsItsName(_ value: [UInt8], _ name: some StringProtocol) -> Bool {
        guard value.count <= 64, value.allSatisfy({ $0 < 0x80 }) else { return false }
        let valueWords = words(String(decoding: value, as: UTF8.self))
        let nameWords = words(name)
        if valueWords.count >= 2 && nameWords.count >= valueWords.count && nameWords.suffix(valueWords.count).elementsEqual(valueWords) {
            return true
        }
        // Three or more of its words in their order, ending as it ends (`AIRFLOW_VAR_BUGZILLA_PROBE_EXPIRY_BOT_API_KEY=
        // bugzilla-api-key`): a template that names its setting shortly (blind22c). A typed secret is not the
        // setting's own words in order.
        if valueWords.count >= 3, valueWords.last == nameWords.last, isInOrder(valueWords, within: nameWords) { return true }
        return isQualifiedConstant(value, valueWords, nameWords)
    }

    /// Whether every one of `words` is in `within`, in the same order (other words may stand between them).
    private static func isInOrder(_ words: [String], within: [String]) -> Bool {
        var rest = within[...]
        for word in words {
            guard let found = rest.firstIndex(of: word) else { return false }
            rest = rest[(found + 1)...]
        }
        return true
    }

    /// Words that, first in a constant's name, say it stands for the setting it is given to (`DEFAULT_API_KEY`,
    /// `YOUR_SECRET_KEY`, `DUMMY_TOKEN`).
    static let standInQualifiers: Set<String> = ["DEFAULT", "YOUR", "MY", "DUMMY", "FAKE", "SAMPLE", "EXAMPLE", "PLACEHOLDER",
                                                 "TEST", "DEMO", "MOCK", "LOCAL", "DEV", "NO", "MISSING", "UNSET"]

    /// `MAPS_API_KEY=DEFAULT_API_KEY` (the Secrets Gradle Plugin's checked-in `local.defaults.properties`): a value
    /// written as a constant's name in capitals, a stand-in word and then the setting's own last words, names what goes
    /// there. A typed password is not an upper-case identifier that ends in its setting's name (blind18b).
    private static func isQualifiedConstant(_ value: [UInt8], _ valueWords: [String], _ nameWords: [String]) -> Bool {
        let isConstant = value.allSatisfy { ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "_") }
        guard isConstant, valueWords.count >= 2, let first = valueWords.first, standInQualifiers.contains(first) else { return false }
        let tail = valueWords.dropFirst()
        return nameWords.count >= tail.count && nameWords.suffix(tail.count).elementsEqual(tail)
    }

    /// The name's words, upper-cased: split at `_`, `-`, `.`, blanks (a table's `API token` column) and where a
    /// lower-case letter or digit meets an upper-case one.
    static func words(_ name: some StringProtocol) -> [String] {
        var words: [String] = []
        var current = ""
        var previousIsLower = false
        for character in name {
            if character == "_" || character == "-" || character == "." || character == " " {
                if !current.isEmpty { words.append(current) }
                (current, previousIsLower) = ("", false)
                continue
            }
            if character.isUppercase, previousIsLower, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current += character.uppercased()
            previousIsLower = character.isLowercase || character.isNumber
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
