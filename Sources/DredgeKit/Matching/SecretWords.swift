/// The words in a name that say its value is a secret, in one place for every reader that judges a name by its words
/// (a `.env` key, a setting's name that describes its secret, a variable's name written where a value goes, a table's
/// column), so that they answer alike. Each reader takes the groups that fit where its names come from.
enum SecretWords {
    /// Nouns for a secret, said alike in any name: a password and its spellings, a secret, a token, a key, a credential.
    static let nouns: Set<String> = ["PASSWORD", "PASSWD", "PASSPHRASE", "PASS", "PWD", "SECRET", "SECRETS", "TOKEN", "KEY", "APIKEY",
                                     "CREDENTIAL", "CREDENTIALS"]
    /// Short names of a secret, said only as whole words (inside a longer one they are letters of another word):
    /// a bearer JWT (`PINATA_JWT`), a personal access token (`AZURE_DEVOPS_PAT`), a pre-shared key (`WIFI_PSK`).
    static let abbreviations: Set<String> = ["JWT", "PAT", "PSK"]
    /// Words that say secret in a setting's name but not in a table's column, where `auth` names a scheme, `salt` a
    /// digest's salt, `private` and `signing` a flag: `DB_AUTH`, `PRIVATE_KEY`, `SENTRY_DSN`, `WEBHOOK_URL`.
    static let ofSettings: Set<String> = ["AUTH", "PRIVATE", "DSN", "SALT", "SIGNING", "WEBHOOK"]
    /// Short words that say secret only as a setting's whole word: an SDK's secret key written `SK` beside its `AK`
    /// (`HUAWEICLOUD_SDK_SK`), an access grant (`STORJ_ACCESS_GRANT`). A table's `sk` is a sort key, its `grant` a
    /// privilege.
    static let settingAbbreviations: Set<String> = ["SK", "GRANT"]

    /// Every word a setting's name may say its secret with.
    static let inSettings = nouns.union(abbreviations).union(ofSettings).union(settingAbbreviations)
    /// The words a table's column says its secret with.
    static let inColumns = nouns.union(abbreviations)
}

extension SecretWords {
    /// Whether a setting's name, split into its words (`DescribingName.words`), says its value is a secret: a secret
    /// word whole, or a noun closing a longer word (`DBPASSWORD`, `APIKEY`, `MASTERKEY`), or one of the long nouns
    /// anywhere in it (`PASSWORDS`); never the letters of another word (`AUTHOR`, `AUTH0`, `KEYBOARD`, `KEYCLOAK`,
    /// `TOKENIZER`, `PASSENGER`). A word that says secret only in a setting (`AUTH`, `PRIVATE`, `SIGNING`, `WEBHOOK`,
    /// `SALT`, `DSN`) names the secret only as the name's head: last, or before nothing but a form, a stage or a
    /// number (`DB_AUTH`, `SLACK_WEBHOOK_URL`, `SENTRY_DSN_PROD`); before another word it qualifies that word
    /// (`PRIVATE_IP`, `SIGNING_REGION`, `AUTH_PROVIDER`, `SALT_ROUNDS`).
    static func nameSaysSecret(_ words: [String]) -> Bool {
        words.indices.contains { index in
            let word = words[index]
            if nouns.contains(word) || abbreviations.contains(word) || settingAbbreviations.contains(word) { return true }
            if nouns.contains(where: { word.hasSuffix($0) || ($0.count >= 6 && word.contains($0)) }) { return true }
            return ofSettings.contains(word) && words[(index + 1)...].allSatisfy(isHeadQualifier)
        }
    }

    /// Words that may follow a secret's head without naming another thing: its form (`URL`, `STRING`), a stage or a
    /// version (`PROD`, `V2`, `2`).
    static func isHeadQualifier(_ word: String) -> Bool {
        if word.allSatisfy(\.isNumber) { return true }
        if word.first == "V", word.count > 1, word.dropFirst().allSatisfy(\.isNumber) { return true }
        return headQualifiers.contains(word)
    }
    static let headQualifiers: Set<String> = ["URL", "URI", "STRING", "PROD", "PRODUCTION", "LIVE", "TEST", "DEV", "STAGING",
                                             "STAGE", "LOCAL", "SANDBOX", "OLD", "NEW", "CURRENT", "PREVIOUS", "PRIMARY", "SECONDARY"]
}
