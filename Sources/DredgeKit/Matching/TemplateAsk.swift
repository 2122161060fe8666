/// A template's request for a value, left as the value of a secret the application issues itself:
/// `SECRET_KEY = "change-me-before-deploying"` in a settings module, `POSTGRES_PASSWORD: your-db-password-here` in a
/// compose file, `JWT_SECRET=replace-with-a-long-random-string` in a `.env`. Where that file runs, the application
/// signs its sessions or starts its database with a secret anyone who read the template knows: a weak default like
/// `changeme`. In the template itself (an example, a sample, a document, a test) it is the template, and no exposure.
/// A key another party issues (`STRIPE_API_KEY=your-stripe-key-here`) is left alone anywhere: until it is replaced
/// the provider refuses it, so it opens nothing.
enum TemplateAsk {
    /// The validation detail that marks a weak default as a template's ask (`FindingAssembler` judges its paths).
    static let detail = "template_ask"

    static let validation = Validation(.valid, [("weakness", "a template's request for a value, left as the value: it runs as written until someone replaces it"),
                                                (detail, "true")])

    /// Whether `value` asks for a value in words: a change request (`change-me-before-deploying`,
    /// `PlaceholderFilter.isChangeRequest`), text saying what goes there (`your-secret-key-here`, `put_your_password_here`),
    /// or an instruction (`replace-with-a-random-string`, `fixme-postgres-password`). Letters and
    /// separators only: a password someone chose has a digit or a symbol more often than not, and is reported as it is.
    static func asks<Bytes: Collection>(_ value: Bytes) -> Bool where Bytes.Element == UInt8 {
        let lowered = value.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        guard lowered.count >= 6, lowered.count <= 64,
              lowered.allSatisfy({ ($0 >= 97 && $0 <= 122) || PlaceholderFilter.wordSeparators.contains($0) }) else { return false }
        if PlaceholderFilter.isChangeRequest(lowered) || PlaceholderFilter.isGoesHereText(lowered) { return true }
        let words = lowered.split { PlaceholderFilter.wordSeparators.contains($0) }.map { String(decoding: $0, as: UTF8.self) }
        guard words.count >= 2, let first = words.first else { return false }
        return instructions.contains(first)
    }

    /// First words that address the reader: what to do, or whose value goes there.
    /// (`change`, `set` and `add` begin a route's or a label's name as often: `CHANGE_PASSWORD: "change-password"`. A bare
    /// `your_password` is a fill-in-the-blanks script's, beside `username = "your_username"`: a tutorial, not a default.)
    static let instructions: Set<String> = ["replace", "fixme", "insert", "enter", "put", "generate", "paste", "todo"]

    /// Whether a setting's `name` is a secret the application issues itself: a password or passphrase (the database
    /// or admin account a compose file or an installer starts with that value), or a key it signs or encrypts with
    /// (`SECRET_KEY`, `JWT_SECRET`, `SESSION_SECRET`, `APP_KEY`, `ENCRYPTION_KEY`). A name that says another party issued
    /// it (`API`, `CLIENT`, `ACCESS`, `TOKEN`, `WEBHOOK`) is not one.
    static func namesOwnSecret(_ name: some StringProtocol) -> Bool {
        let words = DescribingName.words(name)
        guard !words.isEmpty, !words.contains(where: { issuedElsewhere.contains($0) }) else { return false }
        let joined = words.joined()
        return ownSecrets.contains { joined.contains($0) }
    }

    /// Inside the name's words run together (`DBPASSWORD`, `APP_KEY` as `APPKEY`).
    private static let ownSecrets = ["PASSWORD", "PASSWD", "PWD", "PASSPHRASE", "SECRET", "JWT", "SESSION", "COOKIE", "SIGNING",
                                     "ENCRYPT", "HMAC", "CSRF", "SALT", "PEPPER", "MASTERKEY", "APPKEY"]
    private static let issuedElsewhere: Set<String> = ["API", "APIKEY", "CLIENT", "CONSUMER", "ACCESS", "TOKEN", "OAUTH", "WEBHOOK",
                                                       "SMTP", "MAIL", "EMAIL"]

    /// Whether a finding that is a template's ask lives only in templates: every path is a test's, an example's, a
    /// document's or a CI run's (`ConfidenceScore` scored it low there), or a file named as a template
    /// (`settings.py.template`, `.env.dist`, `config.tmpl`), or some of each (lldap's `JWT_SECRET=REPLACE_WITH_RANDOM` in
    /// `lldap_config.docker_template.toml` and in the README that quotes it, blind21c).
    static func onlyInTemplates(_ finding: Finding) -> Bool {
        guard finding.validation[detail] == "true" else { return false }
        let paths = finding.occurrences.compactMap(\.shownPath)
        return !paths.isEmpty && (finding.confidence == .low || paths.allSatisfy { path in
            let lowered = path.lowercased()
            return isTemplateFile(path) || ConfidenceScore.isTestPath("/" + lowered) || ConfidenceScore.isDocument(lowered)
        })
    }

    /// (Not `.orig`, `.bak` or `.old`: a backup is a copy of the file that ran.)
    static let templateSuffixes = [".template", ".tmpl", ".tpl", ".dist", ".default", ".defaults", ".in", ".skel"]

    static func isTemplateFile(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return templateSuffixes.contains { lowered.hasSuffix($0) } || lowered.contains("template")
    }
}
