/// Recognises values that stand in for a secret, which are not exposures. Two classes:
/// - references to a value kept elsewhere (`${VAR}`, `#{ENV['VAR']}`, `%{hiera('var')}`, `$VAR`, `$3`, `$VAR/path`, `%VAR%`, `{{ var }}`, `<your-key>`, `process.env.X`,
///   `os.getenv(…)`): never a secret, whatever the rule;
/// - stand-in words and shapes (`xxxx`, `EXAMPLE`, `dummy`, `test`, runs like `123456`, one repeated character),
///   each word written in one case:
///   not a credential, except for weak-password rules when the value is itself a listed default (`test`, `password`).
/// The lists are documented in patterns/README.md; keep the two in step.
public enum PlaceholderFilter {
    /// `<` and `>` are not among them: a random token may hold either (Oracle's auth tokens do). A value that ends in
    /// `>` does count (`your-key>`, the end of a `<…>` template some rule captured without its start), and so does a
    /// `<` that opens a template (`hasAngleTemplate`).
    static let references: [[UInt8]] = ["${", "#{", "%{", "{{", "process.env", "getenv", "environ[", "env(", "secrets.",
                                         // Grafana's configuration (`$__env{…}`, `$__file{…}`, `$__vault{…}`) and
                                         // Caddy's (`{env.SMTP_PASSWORD}`), blind30b
                                         "$__env{", "$__file{", "$__vault{", "{env."]
        .map { Array($0.utf8) }
    static let standIns: [[UInt8]] = [
        "example", "xxxx", "####", "placeholder", "your_", "your-", "yourkey", "dummy", "sample", "redacted", "****", "...",
        "\u{2026}", "0123456789", "1234567890", "abcdefghij", "fake", "your ",
        // what a template asks to be replaced (healthchecks' `docker/.env`: `DB_PASSWORD=fixme-postgres-password`;
        // bitwarden's installer writes `globalSettings__mail__smtp__password=REPLACE`, maybe's e2e config `'REPLACE_THIS'`)
        "fixme", "replace",
    ].map { Array($0.utf8) }
    /// Whole values that only ever stand in for a secret; `generateme` is what Roots' Bedrock template, copied into
    /// every site built on it, gives each WordPress salt and key until one is generated.
    static let standInValues: Set<[UInt8]> = Set(["test", "testing", "todo", "tbd", "none", "null", "nil", "undefined", "empty",
                                                  "string", "secret", "password", "token", "value", "fake", "foo", "bar", "foobar",
                                                  "generateme",
                                                  // what a format's help shows (`postgresql://umami:mypassword@localhost`
                                                  // in umami's README and setup check)
                                                  "mypassword", "yourpassword",
                                                  // huginn's `.env.example`: `SMTP_PASSWORD=somepassword` (blind20c)
                                                  "somepassword",
                                                  // Rails' generated `config/database.yml` comment:
                                                  // `postgres://myuser:mypass@localhost/somedatabase` (blind22c)
                                                  "mypass",
                                                  // what a scrubber writes in place of a value (Sentry's `[Filtered]`,
                                                  // a log's `[masked]`; `[REDACTED]` is a stand-in anywhere), blind30b
                                                  "[filtered]", "[masked]", "[hidden]", "[removed]", "[scrubbed]"]
        .map { Array($0.utf8) }).union(passwordLabels)
    /// The word "password" in other languages, lower-cased: what a translation file or a bundle's strings give a
    /// `password` key (`password:"Contraseña"`, `Password=Kennwort` in `config_de.properties`). A label, not a password.
    static let passwordLabels: Set<[UInt8]> = Set(["contraseña", "passwort", "kennwort", "mot de passe", "senha", "wachtwoord",
                                                   "hasło", "пароль", "パスワード", "密码", "密碼", "비밀번호", "parola", "lösenord",
                                                   "adgangskode", "passord", "salasana", "heslo", "jelszó", "şifre", "κωδικός",
                                                   "סיסמה", "كلمة المرور", "mật khẩu", "kata sandi", "รหัสผ่าน", "contrasenya",
                                                   "palavra-passe", "geslo", "lozinka", "slaptažodis", "parool", "parole", "Пароль", "Κωδικός",
                                                   "sandi", "parolă", "kata laluan",
                                                   // Hindi, Marathi and Nepali (Clerk's Hindi localisation, blind29b), Bengali,
                                                   // Persian, Urdu, Bulgarian, Serbian and Macedonian, Georgian, Tamil
                                                   "पासवर्ड", "পাসওয়ার্ড", "گذرواژه", "رمز عبور", "پاس ورڈ", "парола", "лозинка",
                                                   "პაროლი", "கடவுச்சொல்",
                                                   // Galician, Welsh, Danish's other word, Esperanto, Occitan (DSpace's,
                                                   // Monica's, listmonk's catalogues; blind32d, blind32h)
                                                   "contrasinal", "cyfrinair", "kodeord", "pasvorto", "senhal"]
        .map { Array($0.utf8) })

    /// The labels written in a script other than Latin, found inside a longer label too: `新密码` ("new password"),
    /// `パスワード確認` ("confirm password"). A Latin word (`parola`, `senha`) may be part of a password someone chose.
    static let nonLatinPasswordLabels: [[UInt8]] = passwordLabels.filter { label in
        String(decoding: label, as: UTF8.self).unicodeScalars.allSatisfy { $0.value >= 0x370 || $0 == " " }
    }

    public static func isPlaceholder<Bytes: Collection>(_ secret: Bytes) -> Bool where Bytes.Element == UInt8 {
        isReference(secret) || isStandIn(secret)
    }

    /// Only the stand-in words and shapes.
    public static func isStandIn<Bytes: Collection>(_ secret: Bytes) -> Bool where Bytes.Element == UInt8 {
        let original = Array(secret)
        let lowered = original.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        if standIns.contains(where: { containsTyped($0, lowered: lowered, original: original) }) || standInValues.contains(lowered)
            || isSpacelessProse(original) || nonLatinPasswordLabels.contains(where: { lowered.contains($0) })
            || isCapitalisedPasswordLabel(original) || isChangeRequest(lowered) || isSeparatedRun(lowered) || isGoesHereText(lowered)
            || isThisIsSentence(lowered) || isPossessiveLabel(original) || isStarredMask(original) {
            return true
        }
        guard lowered.count >= 8 else { return false }
        var counts = [Int](repeating: 0, count: 256)
        for byte in secret { counts[Int(byte)] += 1 }
        return counts.max()! * 2 > lowered.count
    }

    /// A request to replace the value, written as the value (`change-me-before-deploying`, `changeme_in_production`,
    /// `please-change-this`): three or more words of letters, `change me`/`change this`/`changeme` among them, and a word
    /// no made-up default is glued from. Values made only of those words (`dev-secret-change-me`) are left to
    /// `WeakPassword`, whose rules report them as the weak defaults they are (blind18b).
    static func isChangeRequest(_ lowered: [UInt8]) -> Bool {
        guard lowered.count >= 12, lowered.count <= 64 else { return false }
        let words = String(decoding: lowered, as: UTF8.self).split(whereSeparator: { "-_. ".contains($0) }).map(String.init)
        // the request run together, letters only (Saleor's `VATLAYER_ACCESS_KEY=changemetoenablevat`), blind32d
        if words.count == 1, let word = words.first, word.allSatisfy({ $0 >= "a" && $0 <= "z" }),
           ["changeme", "changethis"].contains(where: { word.hasPrefix($0) && word.count >= $0.count + 4 }) {
            return true
        }
        guard words.count >= 3, words.allSatisfy({ $0.allSatisfy { $0 >= "a" && $0 <= "z" } }) else { return false }
        let asks = words.indices.contains { index in
            let word = words[index]
            if word == "changeme" || word == "changethis" { return true }
            return word == "change" && index + 1 < words.count && ["me", "this", "it"].contains(words[index + 1])
        }
        return asks && words.contains { !WeakPassword.filler.contains($0) && $0 != "this" && $0 != "it" && $0 != "changethis" }
    }

    /// A word between runs of three asterisks or more (`***PASSWORD***` in lldap's masked connection string, blind21c):
    /// what a program prints in place of the secret, as `********` is.
    static func isStarredMask(_ original: [UInt8]) -> Bool {
        let star = UInt8(ascii: "*")
        guard original.count >= 7, original.prefix(3).allSatisfy({ $0 == star }), original.suffix(3).allSatisfy({ $0 == star }) else { return false }
        return original.contains { $0 != star }
    }

    /// What separates the words of a value typed as words (`change-me_now`, `secret goes here`, `this.is.a.test`).
    static let wordSeparators: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: " "), UInt8(ascii: ".")]

    /// The alphabet or the digits in order, cut into groups (`abcd-efgh-ijkl-mnop`, the shape of an Apple
    /// app-specific password written out as a stand-in in localsend's notarization script; `1234 5678 90`).
    private static func isSeparatedRun(_ lowered: [UInt8]) -> Bool {
        let joined = lowered.filter { !wordSeparators.contains($0) }
        guard joined.count < lowered.count else { return false }
        return [Array("abcdefghij".utf8), Array("0123456789".utf8), Array("1234567890".utf8)].contains { joined.contains($0) }
    }

    /// Words that say what goes in the place, ending in `here` (`strong-password-here`, `put_your_token_here`,
    /// piggymetrics' `dev.env`): letters only, at least two words. A chosen password ending in `here` has a digit or
    /// a symbol, or no separator.
    static func isGoesHereText(_ lowered: [UInt8]) -> Bool {
        let words = lowered.split { wordSeparators.contains($0) }
        guard words.count >= 2, words.last.map(Array.init) == Array("here".utf8) else { return false }
        return lowered.allSatisfy { ($0 >= 97 && $0 <= 122) || wordSeparators.contains($0) }
    }

    /// A label whose capital is outside ASCII (`Şifre`, Turkish, in a Strapi admin bundle's strings):
    /// `lowered` folds ASCII only, so the label list is asked again with the whole value lower-cased.
    private static func isCapitalisedPasswordLabel(_ original: [UInt8]) -> Bool {
        guard original.contains(where: { $0 >= 0x80 }), original.count <= 40 else { return false }
        return passwordLabels.contains(Array(String(decoding: original, as: UTF8.self).lowercased().utf8))
    }

    /// Whether `word` (lowercase) is in `lowered`; a word shorter than seven bytes only where `original` writes it in one
    /// case (`dummy`, `DUMMY`, `Dummy`), as a person types a stand-in: a random token holds a mixed-case `DumMy` or
    /// `xXxX` often enough (one key in a few thousand) that matching those case-insensitively would drop real keys.
    /// Longer words (`YourKey`, `eXample`) are as good as never in a random token, in any case.
    private static func containsTyped(_ word: [UInt8], lowered: [UInt8], original: [UInt8]) -> Bool {
        if word.count >= 7 { return lowered.contains(word) }
        guard let first = word.first, word.count <= lowered.count else { return false }
        for start in 0...(lowered.count - word.count) where lowered[start] == first {
            guard lowered[start..<(start + word.count)].elementsEqual(word) else { continue }
            let capitals = original[start..<(start + word.count)].filter { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }.map { $0 <= 90 }
            if capitals.allSatisfy({ $0 }) || capitals.dropFirst().allSatisfy({ !$0 }) { return true }
        }
        return false
    }

    /// Only the references to a value kept elsewhere: what weak-password rules still drop.
    public static func isReference<Bytes: Collection>(_ secret: Bytes) -> Bool where Bytes.Element == UInt8 {
        let lowered = secret.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        if let literal = passphraseLiteral(lowered) { return literal.isEmpty || isReference(secret.dropFirst(lowered.count - literal.count)) }
        if references.contains(where: { lowered.contains($0) }) || endsTemplate(Array(secret))
            || hasAngleTemplate(unescapingAngles(Array(secret))) || isBracketedName(Array(secret)) {
            return true
        }
        return (isVariable(lowered, opening: UInt8(ascii: "$"), closing: nil) && !isRandomAfterDollar(secret))
            || isVariable(lowered, opening: UInt8(ascii: "%"), closing: UInt8(ascii: "%")) || isMarkedName(Array(secret))
            || isPathUnderVariable(lowered) || isExpression(Array(secret))
            || isQuoteSplicedReference(Array(secret))
    }

    /// Where OpenSSL's and apksigner's pass-phrase arguments say the phrase comes from (`-passin env:KEY_PASSPHRASE`,
    /// `file:/run/secrets/pw`, `fd:3`): a source, no phrase. `pass:` gives the phrase itself, so what follows it is
    /// judged (`--ks-pass pass:$KEY_STORE_PASSWORD` is a reference, `pass:Hq2Vw9Lz.4Tx` the phrase). Nil for a value
    /// of neither form; empty for a source; the literal's bytes after `pass:` otherwise (blind31c).
    static let passphraseSources: [[UInt8]] = ["env:", "file:", "fd:"].map { Array($0.utf8) }

    private static func passphraseLiteral(_ lowered: [UInt8]) -> ArraySlice<UInt8>? {
        if passphraseSources.contains(where: { lowered.count > $0.count && lowered.starts(with: $0) }) { return [] }
        // (`pass://…` is Proton Pass' reference, judged below with the other password managers')
        let literal = Array("pass:".utf8)
        guard lowered.count > literal.count, lowered.starts(with: literal), !lowered.starts(with: Array("pass://".utf8)) else { return nil }
        return lowered[literal.count...]
    }

    /// `<your-key>`, `Bearer <token>`, `<%= ENV["KEY"] %>`, `sk_live_<your_key` (a template some rule captured without its
    /// end): a `<` that a `>` closes around a template's body, or that a name written in one case follows to the end, or
    /// that opens the value before a name. A random value may hold `<` and `>` too (Oracle's auth tokens, generated
    /// passwords, WordPress' salts: `…F<-00-!<Vf2f^$19W[H:|eRG^*dL/:t[*:I>QZ…`): then no name lies between them.
    private static func hasAngleTemplate(_ value: [UInt8]) -> Bool {
        let open = UInt8(ascii: "<")
        guard value.contains(open) else { return false }
        let isLowerName: (UInt8) -> Bool = { ($0 >= 97 && $0 <= 122) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
        let isUpperName: (UInt8) -> Bool = { ($0 >= 65 && $0 <= 90) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
        for index in value.indices where value[index] == open {
            let rest = value[(index + 1)...]
            if let close = rest.firstIndex(of: UInt8(ascii: ">")) {
                if isTemplateBody(rest[..<close]) { return true }
                continue
            }
            if rest.count >= 3 && (rest.allSatisfy(isLowerName) || rest.allSatisfy(isUpperName)) { return true }
            if index == value.startIndex && isTemplateBody(rest) { return true }
        }
        return false
    }

    /// `your-api-key>`: the end of a `<…>` template some rule captured without its start; a name runs up to the `>`.
    private static func endsTemplate(_ value: [UInt8]) -> Bool {
        guard value.last == UInt8(ascii: ">") else { return false }
        let name = value.dropLast().reversed().prefix(while: isNameByte)
        return isTemplateBody(ArraySlice(name.reversed()))
    }

    /// What a template writes between angle brackets: a name, in words or a path (`token`, `YOUR_API_KEY`, `YourApiKey`,
    /// `db password`, `path/to/key.pem`), with a word of three letters or more and each run of letters a word (one case,
    /// or capitalised words), or a template language's tag, closed as it opens (`%= ENV["KEY"] %`, `?= $key ?`,
    /// `{{ token }}`, `${TOKEN}`). Between a random value's `<` and `>` letters mix cases (`<kQ9>`) or symbols lie.
    private static func isTemplateBody(_ body: ArraySlice<UInt8>) -> Bool {
        guard let first = body.first, let last = body.last else { return false }
        let tags: [UInt8: UInt8] = [UInt8(ascii: "%"): UInt8(ascii: "%"), UInt8(ascii: "?"): UInt8(ascii: "?"),
                                    UInt8(ascii: "#"): UInt8(ascii: "#"), UInt8(ascii: "{"): UInt8(ascii: "}"),
                                    UInt8(ascii: "$"): UInt8(ascii: "}")]
        if let closing = tags[first] { return body.count >= 2 && last == closing }
        guard body.allSatisfy(isNameByte) else { return false }
        let isLetter: (UInt8) -> Bool = { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }
        let words = body.split { !isLetter($0) }
        return words.contains { $0.count >= 3 } && words.allSatisfy(isWord)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        let isLetterOrDigit = (byte | 0x20) >= 97 && (byte | 0x20) <= 122 || (byte >= 48 && byte <= 57)
        return isLetterOrDigit || [UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: " "),
                                   UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "@")].contains(byte)
    }

    /// Letters as a person writes a name: all capitals (`API`), or words each of one optional capital and small letters
    /// (`token`, `Token`, `YourApiKey`).
    private static func isWord(_ letters: ArraySlice<UInt8>) -> Bool {
        let isUpper: (UInt8) -> Bool = { $0 >= 65 && $0 <= 90 }
        if letters.allSatisfy(isUpper) { return true }
        var previousUpper = false
        for letter in letters {
            if isUpper(letter) && previousUpper { return false }
            previousUpper = isUpper(letter)
        }
        return !previousUpper
    }

    /// `&lt;dbpassword&gt;` as `<dbpassword>`: a page's HTML writes a template's angle brackets as entities.
    private static func unescapingAngles(_ value: [UInt8]) -> [UInt8] {
        guard value.contains(UInt8(ascii: "&")) else { return value }
        let entities: [([UInt8], UInt8)] = [(Array("&lt;".utf8), UInt8(ascii: "<")), (Array("&gt;".utf8), UInt8(ascii: ">"))]
        var result: [UInt8] = []
        var index = value.startIndex
        while index < value.endIndex {
            if let (entity, byte) = entities.first(where: { value[index...].starts(with: $0.0) }) {
                result.append(byte)
                index += entity.count
            } else {
                result.append(value[index])
                index += 1
            }
        }
        return result
    }

    /// `[password]`, `[public ip]`, `[API_KEY]`: a name in square brackets, the whole value, in one case, as a to-do note
    /// or a usage line writes what goes there. A random value in brackets mixes cases or symbols (`[Zq8(Lm2]`).
    private static func isBracketedName(_ value: [UInt8]) -> Bool {
        guard value.count >= 3, value.first == UInt8(ascii: "["), value.last == UInt8(ascii: "]") else { return false }
        let name = value.dropFirst().dropLast()
        let isSeparator: (UInt8) -> Bool = { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: " ") }
        let lower = name.allSatisfy { ($0 >= 97 && $0 <= 122) || isSeparator($0) }
        let upper = name.allSatisfy { ($0 >= 65 && $0 <= 90) || isSeparator($0) }
        return (lower || upper) && name.contains { !isSeparator($0) }
    }

    /// `%LARAVEL_LOAD_PASSWORD` (a command template a program fills in), `#password` (a CSS selector, a page's anchor):
    /// a mark, then a variable's name in capitals or a name in lower case. A password that begins with `%` or `#` runs
    /// on in mixed case and symbols (`#Xk9!pQ2zL`).
    private static func isMarkedName(_ value: [UInt8]) -> Bool {
        guard value.count >= 3, let mark = value.first, mark == UInt8(ascii: "%") || mark == UInt8(ascii: "#") else { return false }
        let name = Array(value.dropFirst())
        let isLowerName = name.first.map { $0 >= 97 && $0 <= 122 } == true
            && name.allSatisfy { ($0 >= 97 && $0 <= 122) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
        return isLowerName || isVariableName(name)
    }

    /// `$aact_YTU5…`: a token that begins with `$` (Asaas' keys do), not a variable. Names are written in one case
    /// (`$api_key`, `$API_KEY`, at most `$apiKey`); 24 characters or more with upper and lower case and digits are not a name.
    private static func isRandomAfterDollar<Bytes: Collection>(_ value: Bytes) -> Bool where Bytes.Element == UInt8 {
        let body = value.dropFirst()
        return body.count >= 24 && body.contains { $0 >= 65 && $0 <= 90 } && body.contains { $0 >= 97 && $0 <= 122 }
            && body.contains { $0 >= 48 && $0 <= 57 }
    }

    /// `$HOME/.cache`, `%APPDATA%\\app`, systemd's `%d/db_password`: a path built on a variable, not a value of its own.
    private static func isPathUnderVariable(_ value: [UInt8]) -> Bool {
        guard let opening = value.first, opening == UInt8(ascii: "$") || opening == UInt8(ascii: "%") else { return false }
        let name = value.dropFirst().prefix { $0 == UInt8(ascii: "_") || ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }
        guard let first = name.first, !(first >= 48 && first <= 57) else { return false }
        var rest = value.dropFirst(1 + name.count)
        // `%d/db_password`: a systemd specifier (one letter) opens a path as a `%NAME%` does.
        if opening == UInt8(ascii: "%"), name.count > 1 || rest.first == opening {
            guard rest.first == opening else { return false }
            rest = rest.dropFirst()
        }
        guard let separator = rest.first else { return false }
        return separator == UInt8(ascii: "/") || separator == UInt8(ascii: "\\")
    }

    /// `$NAME` or `%NAME%` (`%kernel.secret%`), the whole value; for `$`, also a shell's positional parameters (`$3`, `$@`): a
    /// function's argument (`echo "machine $1 login $2 password $3" >.netrc`).
    private static func isVariable(_ value: [UInt8], opening: UInt8, closing: UInt8?) -> Bool {
        guard value.count >= 2, value.first == opening else { return false }
        var body = value.dropFirst()
        if let closing {
            guard body.last == closing else { return false }
            body = body.dropLast()
        } else if body.count <= 2, body.allSatisfy({ $0 >= 48 && $0 <= 57 }) || body.elementsEqual([UInt8(ascii: "@")])
                    || body.elementsEqual([UInt8(ascii: "*")]) {
            return true
        }
        guard let first = body.first, first == UInt8(ascii: "_") || (first >= 97 && first <= 122) else { return false }
        // Between `%`s, also a Symfony parameter or its function (`%kernel.secret%`, `%generate(secret)%`).
        let punctuation: [UInt8] = closing == nil ? [] : [UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")")]
        return body.allSatisfy { $0 == UInt8(ascii: "_") || ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || punctuation.contains($0) }
    }
}

extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// Whether `needle` occurs as a contiguous run (bytes of an array or a buffer).
    func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        let first = needle[0]
        for start in startIndex...(endIndex - needle.count) where self[start] == first {
            if self[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
