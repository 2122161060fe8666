/// Values that are an expression of a language or a name, not a value of their own: seen as passwords and keys in real
/// code (`server-password: GITHUB_TOKEN` in a workflow, `<password>SONATYPE_PASSWORD</password>` in a Maven settings
/// file, `password = azurerm_key_vault_secret.db.value` in Terraform, `"[parameters('sql_password')]"` in an ARM
/// template, `passwordModifyOID = "1.3.6.1.4.1.4203.1.11.1"` in an LDAP library).
extension PlaceholderFilter {
    static func isExpression(_ value: [UInt8]) -> Bool {
        isObjectIdentifier(value) || isTemplateExpression(value) || isVariableName(value) || isResourceReference(value)
            || isSchemaWords(value) || isOptionAwaitingValue(value) || isVersionRange(value) || isFormatDirective(value)
            || isSubstitutionToken(value) || isSecretManagerReference(value) || isCredentialInterpolation(value)
    }

    /// A BOSH or Concourse credential variable, the whole value: `((secrets_nats_password))`,
    /// `((uaa_jwt_signing_key.private_key))`, `((vault:db.password))`: the director or the pipeline fills it in from
    /// its credential manager when it deploys (paas-cf's manifests and pipelines, blind23c). Inside the parentheses a
    /// name: a letter first, then letters, digits, `_`, `-`, `.`, `/` or one `:` after a source's name.
    static func isCredentialInterpolation(_ value: [UInt8]) -> Bool {
        guard value.count > 6, value.starts(with: Array("((".utf8)), value.reversed().starts(with: Array("))".utf8)) else { return false }
        let name = value.dropFirst(2).dropLast(2)
        guard let first = name.first, (first | 0x20) >= 97, (first | 0x20) <= 122, name.filter({ $0 == UInt8(ascii: ":") }).count <= 1 else {
            return false
        }
        return name.allSatisfy { (($0 | 0x20) >= 97 && ($0 | 0x20) <= 122) || ($0 >= 48 && $0 <= 57)
            || [UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ":")].contains($0) }
    }

    /// A build's or a deployment's substitution token, the whole value: `__API_KEY__` (what a container's entry script
    /// or a pipeline's replace-tokens step swaps for the value at deploy time), `@db.password@` (Maven's resource
    /// filtering, which Spring Boot's docs use to expand `application.properties`; Ant's and Gradle's `ReplaceTokens` write
    /// `@TOKEN@`). Between the marks a name: words of one case joined by `_`, `.` or `-`, each opening on a letter, one of
    /// three letters or more; between `@`s two words at least, or capitals. A password between `@`s (`@Xk9_pQ2@`,
    /// `@admin2024@`) mixes cases or runs digits into its words.
    static func isSubstitutionToken(_ value: [UInt8]) -> Bool {
        let underscores = Array("__".utf8), at = Array("@".utf8)
        for mark in [underscores, at] where value.count > 2 * mark.count + 2 && value.starts(with: mark) && value.reversed().starts(with: mark) {
            let body = value.dropFirst(mark.count).dropLast(mark.count)
            let separators: Set<UInt8> = mark == at ? [UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-")] : [UInt8(ascii: "_")]
            let words = body.split(omittingEmptySubsequences: false) { separators.contains($0) }
            let isUpper: (UInt8) -> Bool = { $0 >= 65 && $0 <= 90 }, isLower: (UInt8) -> Bool = { $0 >= 97 && $0 <= 122 }
            let isDigit: (UInt8) -> Bool = { $0 >= 48 && $0 <= 57 }
            let upper = body.allSatisfy { isUpper($0) || isDigit($0) || separators.contains($0) }
            let lower = body.allSatisfy { isLower($0) || isDigit($0) || separators.contains($0) }
            guard upper || lower, words.allSatisfy({ word in word.first.map { isUpper($0) || isLower($0) } == true }),
                  words.contains(where: { $0.filter { !isDigit($0) }.count >= 3 }) else { continue }
            if mark == underscores || words.count >= 2 || upper { return true }
        }
        return false
    }

    /// A password manager's reference to where the secret is kept, the whole value: 1Password's `op://vault/item/field`
    /// (or `op://vault/item/section/field`, developer.1password.com/docs/cli/secret-reference-syntax), which `op run` and
    /// `op inject` resolve at run time, and Proton Pass' `pass://vault/item/field`. Names (spaces allowed) between the
    /// slashes, a query after the field (`?attribute=otp`). Also TeamCity's versioned settings' `credentialsJSON:<uuid>`
    /// (blind21e): where a Kotlin DSL or XML setting holds a password parameter, TeamCity writes a token in its place and
    /// keeps the value in its own credentials storage (jetbrains.com/help/teamcity, "Managing tokens").
    static func isSecretManagerReference(_ value: [UInt8]) -> Bool {
        let teamCity = Array("credentialsJSON:".utf8)
        if value.starts(with: teamCity) { return CommonShapes.isUUID(value.dropFirst(teamCity.count)) }
        for scheme in ["op://", "pass://"].map({ Array($0.utf8) }) where value.starts(with: scheme) {
            var path = value.dropFirst(scheme.count)
            if let query = path.firstIndex(of: UInt8(ascii: "?")) { path = path[..<query] }
            let segments = path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            let isNameByte: (UInt8) -> Bool = { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 || ($0 >= 48 && $0 <= 57) || "-_. ".utf8.contains($0) }
            return (3...4).contains(segments.count) && segments.allSatisfy { !$0.isEmpty && $0.allSatisfy(isNameByte) }
        }
        return false
    }

    /// A format directive, the whole value: `%s`, `%1$s`, `%-12s`, `%(password)s`, `%<password>s`. A
    /// format string gives the password's place to an argument. A password that only begins with `%`
    /// (`%Ve4xysakn.Z*D`) runs on after its first letter; a directive ends on its conversion.
    static func isFormatDirective(_ value: [UInt8]) -> Bool {
        guard value.count >= 2, value.first == UInt8(ascii: "%") else { return false }
        let body = value.dropFirst()
        let isNameByte: (UInt8) -> Bool = { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
        for (open, close) in [(UInt8(ascii: "("), UInt8(ascii: ")")), (UInt8(ascii: "<"), UInt8(ascii: ">"))]
        where body.first == open {
            guard let end = body.firstIndex(of: close), end > body.startIndex + 1,
                  body[(body.startIndex + 1)..<end].allSatisfy(isNameByte) else { return false }
            let conversion = body[(end + 1)...]
            return conversion.count == 1 && (conversion.first! | 0x20) >= 97 && (conversion.first! | 0x20) <= 122
        }
        // Position, flags and width, then one conversion letter: `1$`, `-`, `08`, `.2`.
        let spec = body.dropLast()
        guard let conversion = body.last, (conversion >= 97 && conversion <= 122) || (conversion >= 65 && conversion <= 90) else { return false }
        return spec.count <= 4 && spec.allSatisfy { ($0 >= 48 && $0 <= 57) || "$-+ #.".utf8.contains($0) }
    }

    /// A package's version or version range, the whole value: `1.0.0`, `^2.1.22`, `~1.4`, `>=3.0.0-beta.2`, Yarn's
    /// alias `npm:^4.0.23`. A lock file or a manifest maps packages named for passwords (`@inquirer/password`,
    /// `parse-passwd`) to these. Without a range operator only major.minor.patch counts: `1.2.3.4` and `10.5` stay values.
    static func isVersionRange(_ value: [UInt8]) -> Bool {
        var rest = value[...]
        if rest.starts(with: Array("npm:".utf8)) { rest = rest.dropFirst(4) }
        let operators: Set<UInt8> = [UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "=")]
        let ranged = rest.first.map(operators.contains) ?? false
        rest = rest.drop { operators.contains($0) }
        let core = rest.prefix { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: ".") }
        let numbers = core.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard numbers.allSatisfy({ !$0.isEmpty }), ranged ? (2...3).contains(numbers.count) : numbers.count == 3 else { return false }
        // A pre-release or build suffix: `-beta.2`, `+sha.5114f85`.
        let suffix = rest.dropFirst(core.count)
        guard let mark = suffix.first else { return true }
        return (mark == UInt8(ascii: "-") || mark == UInt8(ascii: "+")) && suffix.count >= 2
            && suffix.dropFirst().allSatisfy { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    /// A command-line option with nothing after its `=`, the whole value: `--password=`, `-pass=` (PHP building a
    /// command, `'--password='.$connection['password']`): the secret is appended from elsewhere.
    static func isOptionAwaitingValue(_ value: [UInt8]) -> Bool {
        guard value.count >= 3, value.first == UInt8(ascii: "-"), value.last == UInt8(ascii: "=") else { return false }
        let name = value.dropFirst(value.count > 1 && value[1] == UInt8(ascii: "-") ? 2 : 1).dropLast()
        guard let first = name.first, (first | 0x20) >= 97, (first | 0x20) <= 122 else { return false }
        return name.allSatisfy { (($0 | 0x20) >= 97 && ($0 | 0x20) <= 122) || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    /// A type or a list of validation rules, the whole value: `String!` (GraphQL), `string|null` (TypeScript),
    /// `required|confirmed` and `sometimes|required_with:new_password` (Laravel): words of a schema, each of them a
    /// type's or a rule's name, joined by `|`, with `!`, `?` or `[]` after a type and an argument after a rule's `:`.
    static func isSchemaWords(_ value: [UInt8]) -> Bool {
        guard !value.isEmpty, value.count <= 120 else { return false }
        var parts = value.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
        // A list that code goes on joining (`'required|' . $rule`): the `|` waits for the next rule.
        let continued = parts.count >= 2 && parts.last?.isEmpty == true
        if continued { parts.removeLast() }
        let words = parts.map { part -> String in
            var word = part.prefix { $0 != UInt8(ascii: ":") }
            while let last = word.last, last == UInt8(ascii: "!") || last == UInt8(ascii: "?") || last == UInt8(ascii: "]") || last == UInt8(ascii: "[") {
                word = word.dropLast()
            }
            return String(decoding: word, as: UTF8.self).lowercased()
        }
        // One bare word is a type only when written as one (`String!`, `Int?`), not `string` alone (a stand-in).
        // One rule alone is a rule when no password is written so: a word only a rule list uses (`confirmed`), or a
        // rule with its argument (`required_if:change_password,true`, `min:8`).
        if parts.count == 1, !continued, !(value.last == UInt8(ascii: "!") || value.last == UInt8(ascii: "?") || value.last == UInt8(ascii: "]")) {
            let hasArgument = parts[0].contains(UInt8(ascii: ":"))
            return hasArgument ? ruleWordsTakingArguments.contains(words[0]) : ruleOnlyWords.contains(words[0])
        }
        return words.allSatisfy { schemaWords.contains($0) }
    }

    /// Laravel's validation rules that read an argument after `:`; alone with it (`required_with:new_password`) the
    /// value is a rule.
    static let ruleWordsTakingArguments: Set<String> = ["required_with", "required_without", "required_if", "required_unless",
                                                        "min", "max", "between", "same", "different", "size", "exists",
                                                        "unique", "prohibited_if", "prohibited_unless", "exclude_if"]

    /// Rules no one sets as a password: alone under a `password` key (`'password' => 'confirmed'`) they are a rule.
    static let ruleOnlyWords: Set<String> = ["confirmed", "sometimes", "nullable", "bail", "filled", "present"]

    static let schemaWords: Set<String> = ["string", "number", "int", "integer", "float", "double", "boolean", "bool", "null",
                                           "undefined", "id", "any", "str", "bytes", "text", "char", "object", "unknown", "void",
                                           "required", "confirmed", "sometimes", "nullable", "min", "max", "between", "same",
                                           "different", "required_with", "required_without", "required_if", "present", "filled",
                                           "size", "regex", "alpha_num", "alpha_dash", "email", "unique", "exists", "current_password",
                                           "password", "ascii", "bail", "not_regex", "prohibited", "secret"]

    /// An ASN.1 object identifier: an arc of 0, 1 or 2, then four numbers or more, dotted. It names a thing.
    static func isObjectIdentifier(_ value: [UInt8]) -> Bool {
        guard let first = value.first, (48...50).contains(first), value.count >= 2, value[1] == UInt8(ascii: ".") else { return false }
        let arcs = value.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return arcs.count >= 5 && arcs.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= 48 && $0 <= 57 } }
    }

    /// An Azure Resource Manager template expression, the whole value: `[parameters('…')]`, `[variables('…')]`,
    /// `[reference(…).key]`: a function call the deployment evaluates.
    static func isTemplateExpression(_ value: [UInt8]) -> Bool {
        guard value.count >= 4, value.first == UInt8(ascii: "["), value.last == UInt8(ascii: "]") else { return false }
        let function = value.dropFirst().prefix { ($0 >= 97 && $0 <= 122) || ($0 >= 65 && $0 <= 90) }
        return function.count >= 3 && value.dropFirst(1 + function.count).first == UInt8(ascii: "(")
    }

    /// The name of a variable that holds the secret, written as such names are (`GITHUB_TOKEN`, `SONATYPE_PASSWORD`):
    /// capitals and digits in two words or more, one of them a word for a secret. A password of that shape is typed
    /// by no one; a name is what CI files and Maven settings hand to the tool that reads the environment. A value made
    /// only of placeholder words (`CHANGE_ME_SECRET`, `INSECURE_SECRET_KEY`) is a weak default, not a name: the
    /// secret is literally that text.
    static func isVariableName(_ value: [UInt8]) -> Bool {
        guard let first = value.first, first >= 65, first <= 90,
              value.allSatisfy({ ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "_") }) else { return false }
        let words = value.split(separator: UInt8(ascii: "_")).map { String(decoding: $0, as: UTF8.self) }
        guard words.count >= 2, words.contains(where: SecretWords.inSettings.contains) else { return false }
        return WeakPassword.validate(String(decoding: value, as: UTF8.self)).verdict != .valid
    }


    /// A Terraform reference to another object's attribute, the whole value: `var.db_password`, `local.token`,
    /// `module.db.password`, `data.vault_generic_secret.db.data`, or `<resource_type>.<name>.<attribute>`
    /// (`azurerm_key_vault_secret.kv-sql-secret.value`). Lower-case identifiers joined by dots, a resource type's with
    /// an underscore.
    static func isResourceReference(_ value: [UInt8]) -> Bool {
        let parts = value.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ part in
            !part.isEmpty && part.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
        }) else { return false }
        let head = String(decoding: parts[0], as: UTF8.self)
        if ["var", "local", "module", "data"].contains(head) { return true }
        return parts.count >= 3 && head.contains("_") && parts[0].first.map { $0 >= 97 && $0 <= 122 } == true
    }
}
