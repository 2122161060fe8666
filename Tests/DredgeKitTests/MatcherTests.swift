@testable import DredgeKit
import Foundation
import TestSupport
import Testing

@Suite struct MatcherTests {
    /// The line of code a report shows around a match: every secret on it redacted, an identifier in full, a long
    /// line cut around the match.
    @Test func contextLineRedactsEverySecretOnTheLine() throws {
        let rules = try Scanner.loadRules(extra: []).filter { $0.id.hasPrefix("aws.") || $0.id == "github.personal-access-token" }
        let matcher = Matcher(try CompiledRules(rules))
        let line = "creds = {\"aws_secret_access_key\": \"\(SyntheticSecrets.awsSecretKey)\", \"gh\": \"\(SyntheticSecrets.githubToken)\", "
            + "\"id\": \"\(SyntheticSecrets.awsKeyID)\"}"
        let text = "# header\n" + line + String(repeating: " ", count: 100) + "// end\n"
        let matches = matcher.matches(in: Array(text.utf8)).matches
        #expect(matches.count == 3)
        for match in matches {
            let context = try #require(match.context)
            #expect(!context.contains(SyntheticSecrets.awsSecretKey) && !context.contains(SyntheticSecrets.githubToken))
            #expect(context.contains("ghp_…Hqlg") || !context.contains("ghp_"))
            #expect(!context.contains("// end") && context.hasSuffix("…"))
            #expect(!context.contains("# header"))
        }
        let secretKey = try #require(matches.first { $0.secret.reveal() == SyntheticSecrets.awsSecretKey }?.context)
        #expect(secretKey.hasPrefix("creds = {\"aws_secret_access_key\": \"wK3p…u9Ro\", \"gh\": \"ghp_…"))
        let keyID = try #require(matches.first { $0.secret.reveal() == SyntheticSecrets.awsKeyID }?.context)
        #expect(keyID.hasPrefix("…") && keyID.contains("\"id\": \"\(SyntheticSecrets.awsKeyID)\"}"))
    }

    /// Supabase's anon key is a JWT of the `anon` role, made to ship in browsers (supabase.com/docs/guides/database/secure-data):
    /// its match is `info`, left out unless asked for; a token of any other role (the service role's) stays a credential.
    @Test func aTokenOfTheAnonymousRoleIsPublic() throws {
        let rules = try Scanner.loadRules(extra: []).filter { $0.id == "jwt.signed-token" }
        let matcher = Matcher(try CompiledRules(rules))
        func part(_ json: String) -> String {
            Data(json.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
        }
        func token(_ role: String) -> String {
            part(#"{"alg":"HS256","typ":"JWT"}"#) + "." + part(#"{"iss":"supabase","ref":"qwsdfrtyhgbnmkjuytre","role":"\#(role)","iat":1716200000}"#)
                + ".Kq7Lm2Xv9Tz4Wn8Rc1Hb6Jd3Fs5Gp0YaHq2Vw9Lz4Tx"
        }
        func severity(_ role: String) throws -> Severity? {
            let text = "createClient('https://qwsdfrtyhgbnmkjuytre.supabase.co', '\(token(role))')\n"
            return try #require(matcher.matches(in: Array(text.utf8)).matches.first).severity
        }
        #expect(try severity("anon") == .info)
        #expect(try severity("service_role") == nil)
    }

    @Test func prefilterFindsKeywordsCaseInsensitivelyAndOnlyThose() {
        let prefilter = KeywordPrefilter(keywords: [["akia"], ["ghp_", "github_pat_"], ["xoxb-"], ["hers"]])
        func candidates(_ text: String) -> [Int] { Array(text.utf8).withUnsafeBytes { prefilter.candidates(in: $0).map(\.rule) } }
        #expect(candidates("export KEY=AKIAQWERTY") == [0])
        #expect(candidates("token GITHUB_PAT_x and ghp_y") == [1])
        #expect(candidates("ushers and xoxb-1") == [2, 3])  // overlapping keywords, found through failure links
        #expect(candidates("nothing relevant") == [])
        #expect(candidates("") == [])
    }

    @Test func aBlankInAKeywordIsAnyRunOfBlanks() {
        let prefilter = KeywordPrefilter(keywords: [["stats auth"], ["key 7 "], [" -u"]])
        func candidates(_ text: String) -> [Int] { Array(text.utf8).withUnsafeBytes { prefilter.candidates(in: $0).map(\.rule) } }
        #expect(candidates("    stats\t\t\tauth admin:Xy9") == [0])
        #expect(candidates("stats  \t auth") == [0])
        #expect(candidates("statsauth") == [])
        #expect(candidates("stats\nauth") == [])  // a line break is no blank
        #expect(candidates(" username admin password\tkey\t7  0822455D0A16") == [1])
        #expect(candidates("curl\t\t-u ops") == [2])
        #expect(candidates("curl-u ops") == [])
    }

    /// The automaton (narrow rows of byte columns, failure links, blanks' loops) against a plain substring search
    /// with each run of blanks read as one, on random keywords and texts over a small alphabet where keywords overlap
    /// and nest often.
    @Test func prefilterAgreesWithASubstringSearch() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abAB_-é\n \t".utf8)
        func word(_ length: Int) -> [UInt8] { (0..<length).map { _ in alphabet.randomElement(using: &generator)! } }
        func lowered(_ bytes: [UInt8]) -> [UInt8] { bytes.map { (65...90).contains($0) ? $0 | 0x20 : $0 } }
        func blanksAsOne(_ bytes: [UInt8]) -> [UInt8] {
            bytes.map { $0 == 0x09 ? 0x20 : $0 }.enumerated().filter { $0.offset == 0 || $0.element != 0x20 || bytes[$0.offset - 1] != 0x20 && bytes[$0.offset - 1] != 0x09 }.map(\.element)
        }
        for _ in 0..<400 {
            let keywords = (0..<Int.random(in: 1...6)).map { _ in
                (0..<Int.random(in: 1...3)).map { _ in String(decoding: word(Int.random(in: 1...4)), as: UTF8.self) }
            }
            let prefilter = KeywordPrefilter(keywords: keywords)
            let text = word(Int.random(in: 0...60))
            let found = text.withUnsafeBytes { prefilter.candidates(in: $0).map(\.rule) }
            let expected = keywords.indices.filter { rule in
                keywords[rule].contains { keyword in
                    let needle = blanksAsOne(lowered(Array(keyword.utf8))), haystack = blanksAsOne(lowered(text))
                    return haystack.count >= needle.count
                        && (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
                }
            }
            #expect(found == expected, "keywords \(keywords), text \(String(decoding: text, as: UTF8.self).debugDescription)")
        }
    }

    @Test func keywordHitsOpenMergedWindowsWithinTheRulesReach() {
        let prefilter = KeywordPrefilter(keywords: [["key"], ["far"]], reaches: [.init(before: 2, after: 3), .init(before: 1, after: 1)])
        let text = Array("key..key..........key far".utf8)
        let found = text.withUnsafeBytes { prefilter.candidates(in: $0) }
        // "key" ends at offsets 3, 8 and 21: windows 1..<6 and 6..<11 touch and merge; 19..<24 stands alone.
        #expect(found.map(\.rule) == [0, 1])
        #expect(found[0].windows == [1..<11, 19..<24])
        #expect(found[1].windows == [24..<25])
    }

    @Test func lineReachStopsAtTheLinesEitherSideOfTheKeywordsLine() {
        let prefilter = KeywordPrefilter(keywords: [["key"]], reaches: [.init(before: 100, after: 100, lines: 1)])
        let text = Array("one\ntwo\nthe key\nfour\nfive\n".utf8)
        let found = text.withUnsafeBytes { prefilter.candidates(in: $0) }
        // "key" is on the third line (8..<16): the window runs from the second line's start to the fourth's newline.
        #expect(found.first?.windows == [4..<21])
        // The byte reach still bounds it, on long lines.
        let tight = KeywordPrefilter(keywords: [["key"]], reaches: [.init(before: 2, after: 3, lines: 1)])
        #expect(text.withUnsafeBytes { tight.candidates(in: $0) }.first?.windows == [13..<18])
    }

    /// A rule's declared `window` decides what PCRE2 sees: with `line` (the default for credentials) a value three
    /// lines below its keyword is out of reach, with `nearby` it is found.
    @Test func aRulesWindowBoundsWhereItsMatchesAreLookedFor() throws {
        func rule(_ window: Rule.Window?) -> Rule {
            Rule(id: "acme.spread", name: "Spread out", kind: .credential, severity: .high, confidence: .medium,
                 pattern: "(?s)acme_key:.{0,60}?value=(?<secret>[A-Za-z0-9]{24})", keywords: ["acme_key"], window: window, paths: [],
                 excludedPaths: [], parser: nil, minEntropy: 0, validators: [], playbook: nil, references: ["https://dredge.test"],
                 examples: [], counterExamples: [], source: .init(file: "t", line: 1))
        }
        let text = Array("acme_key:\n# one\n# two\nvalue=Zq8Wn3Rt6Yp1Ks4Lm7Xc2Vb5\n".utf8)
        #expect(rule(nil).effectiveWindow == .line)
        #expect(try Matcher(rules: [rule(nil)]).matches(in: text).matches.isEmpty)
        #expect(try Matcher(rules: [rule(.nearby)]).matches(in: text).matches.map(\.line) == [4])
        #expect(try Matcher(rules: [rule(.line)]).matches(in: Array("acme_key: value=Zq8Wn3Rt6Yp1Ks4Lm7Xc2Vb5\n".utf8)).matches.count == 1)
    }

    /// Words on every screen of real code open no window for rules that do not need them: `curl` for the curl
    /// `-u user:password` rule (it keys on the flag), `privatekey` for the WireGuard rule (its key is on that line,
    /// not in the 64 KiB after it). Both still find their secrets.
    @Test func commonWordsOfRealCodeSendNothingToRulesKeyedOnSomethingElse() throws {
        let all = try PatternPackLoader.merge(base: PatternPackLoader.builtin())
        let rules = try ["generic.curl-user-password", "wireguard.private-key"].map { id in try #require(all.first { $0.id == id }) }
        let matcher = try Matcher(rules: rules)
        let code = "\tssh_privatekey_free(session);\n" + String(repeating: "\tint x = compute(y);\n", count: 4_000)
            + "\tcurl_easy_setopt(curl, CURLOPT_URL, url);\n"
        // The `privatekey` line and the one below it; nothing around `curl`.
        #expect(matcher.matches(in: Array(code.utf8)).regexBytes == "\tssh_privatekey_free(session);\n\tint x = compute(y);\n".utf8.count)
        let config = "[Interface]\nPrivateKey = VAXCKvNN0fgyTZFu7EL5DL0/F9PX4cSqxV+hVO2lofI=\n" + String(repeating: "# note\n", count: 4_000)
        let found = matcher.matches(in: Array(config.utf8))
        #expect(found.matches.map(\.line) == [2])
        #expect(found.regexBytes < 200)
    }

    /// A `token` window runs from the keyword to its line's end: Airtable's `pat` in the `path` and `patch` of real
    /// code sends the rest of that line to PCRE2, not three lines, and the token is still found where it begins.
    @Test func aTokenWindowRunsFromItsKeywordToTheLinesEnd() throws {
        let all = try PatternPackLoader.merge(base: PatternPackLoader.builtin())
        let rule = try #require(all.first { $0.id == "airtable.personal-access-token" })
        #expect(rule.effectiveWindow == .token)
        let matcher = try Matcher(rules: [rule])
        let code = "int a;\n\tconst char *path = get(repo);\nint b;\n"
        #expect(matcher.matches(in: Array(code.utf8)).regexBytes == "path = get(repo);\n".utf8.count)
        let token = "patm0xVQzJXtw3XVB.7931db925306a0799dc6ebd718b8c764d1c0acb3dea13519a60a077bbd142880"
        let config = "# the path of the token\nAIRTABLE_TOKEN=\(token)\n"
        #expect(matcher.matches(in: Array(config.utf8)).matches.map { $0.secret.reveal() } == [token])
    }

    @Test func aSecretDeepInALargeBlobIsFoundAtItsLine() throws {
        let packs = try PatternPackLoader.load(directory: FixturePaths.fixtures.appendingPathComponent("packs"))
        let matcher = try Matcher(rules: packs.flatMap(\.rules))
        let text = String(repeating: "filler line\n", count: 5_000) + "ACME_KEY=\(SyntheticSecrets.acme)\n"
        #expect(matcher.matches(in: Array(text.utf8)).matches.map(\.line) == [5_001])
    }

    @Test func unionLengthCountsOverlapsOnce() {
        #expect(Matcher.unionLength([0..<10, 5..<15, 20..<25]) == 20)
        #expect(Matcher.unionLength([3..<4, 0..<10]) == 10)
        #expect(Matcher.unionLength([]) == 0)
    }

    @Test func windowsStretchToTheEndOfTheirLineAndMerge() {
        let bytes = Array("abc\ndefgh\nij".utf8)
        bytes.withUnsafeBytes { raw in
            #expect(Matcher.toLineEnds([0..<2], in: raw) == [0..<4])
            #expect(Matcher.toLineEnds([0..<2, 3..<6], in: raw) == [0..<10])
            #expect(Matcher.toLineEnds([10..<11], in: raw) == [10..<12])
        }
    }

    /// A locale file's message under a `pass` key (axe-core's Japanese strings) is a sentence, not a password; a
    /// password with a letter or two of another script is still one.
    @Test func sentencesInSpacelessScriptsAreNoSecrets() throws {
        let matcher = try Matcher(rules: PatternPackLoader.builtin().flatMap(\.rules))
        #expect(matcher.secrets(in: "    \"pass\": \"ページには少なくとも1つのレベル1の見出しがあります\",\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "    \"pass\": \"所有元素的对比度都足够1\",\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "$config['smtp_pass'] = 'mail-R3lay!';\n", at: nil) == ["mail-R3lay!"])
        #expect(!PlaceholderFilter.isStandIn(Array("Tr0ub4dor&3x猫犬".utf8)))
    }

    @Test func placeholdersAreRecognised() {
        for placeholder in ["AKIAIOSFODNN7EXAMPLE", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "${GITHUB_TOKEN}", "<your-api-key>",
                            "sk_live_0000000000000000000000000", "{{ secret }}", "your_key_here", "AKIAXXXXXXXXXXXXXXXX", "Dummy_Key_1", "sk_DUMMY_4f9", "YourKeyGoesHere",
                            "fakepwd", "Fake-Secret-42", "my_FAKE_token"] {
            #expect(PlaceholderFilter.isPlaceholder(Array(placeholder.utf8)), "\(placeholder)")
        }
        for real in [SyntheticSecrets.acme, "changeme", "hunter2", "Zq8Wn3Rt6Yp1Ks4L", "acme_live_q7XxXx2Lm9Pz4Rt6Yw1Kd8Fb3Nh5Cj0Vs",
                    "acme_live_ADumMy9wsorctsLaF1ASTHUiQicIs0gW", "q7fAkE2Lm9Pz4Rt6"] {
            #expect(!PlaceholderFilter.isPlaceholder(Array(real.utf8)), "\(real)")
        }
    }

    /// A value the provider publishes in its own documentation (Stripe's sample test key in its API reference, copied
    /// into a README of curl's history) is no finding: the key belongs to the provider's documentation, and the rule's
    /// `documented_examples` say so, as data beside the format, not as a case in code. Another key of the same shape
    /// stays high, and `patterns check` gives the reason when an example yields nothing.
    @Test func documentedExamplesAreDropped() throws {
        let compiled = try CompiledRules(try Scanner.loadRules(extra: []).filter { $0.id.hasPrefix("stripe.") })
        let matcher = Matcher(compiled)
        let text = """
            curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:
            STRIPE_KEY=sk_test_Vq3LmZ8rT2wXp9KdN4bHc7Fs
            $stripe = new \\Stripe\\StripeClient("sk_test_BQokikJOvBiI2HlWgH4olfQ2");
            """
        let matches = matcher.matches(in: Array(text.utf8)).matches
        #expect(matches.map { $0.secret.reveal() } == ["sk_test_Vq3LmZ8rT2wXp9KdN4bHc7Fs"])
        #expect(matches.allSatisfy { ConfidenceScore.score(rule: compiled.rules[$0.ruleIndex], validation: $0.validation, paths: ["README.md"]) == compiled.rules[$0.ruleIndex].confidence })
        let sample = Array("sk_test_4eC39HqLyjWDarjtT1zdp7dc".utf8)
        sample.withUnsafeBytes { bytes in
            guard case .failure(.documentedExample) = matcher.verdict(0..<bytes.count, in: bytes, rule: 0) else {
                Issue.record("a documented sample is dropped as one")
                return
            }
        }
    }

    /// A value one provider's page publishes is a sample whichever rule matches it: PAY.JP's SDK README gives
    /// `sk_test_c62f…`, and Stripe's test-key rule, which takes a hex body too, matches it; it is dropped all the
    /// same. A PagerDuty sample needs the rule's context (`Token token=`) to be matched, and is dropped there.
    @Test func aDocumentedExampleIsMarkedWhicheverRuleMatchesIt() throws {
        let rules = try Scanner.loadRules(extra: [])
        let compiled = try CompiledRules(rules.filter { $0.id.hasPrefix("stripe.") || $0.id.hasPrefix("payjp.") || $0.id.hasPrefix("pagerduty.") })
        let matches = Matcher(compiled).matches(in: Array("""
            Payjp.api_key = 'sk_test_c62fade9d045b54cd76d7036'
            curl -H 'Authorization: Token token=y_NbAkKc66ryYTWUXYEu' https://api.pagerduty.com/incidents
            Payjp.api_key = 'sk_test_e83a5c0f91d27b46a0c5e9f3'
            """.utf8)).matches
        #expect(Set(matches.map { $0.secret.reveal() }) == ["sk_test_e83a5c0f91d27b46a0c5e9f3"])
    }

    /// Read on BookStack's history: the API documentation its instances serve shows a sample `Authorization: Token
    /// <id>:<secret>` header. Both halves are dropped as documented, whichever rule takes them (the BookStack rule the
    /// secret, the generic token-scheme rule the id); another token of the same shape is found.
    @Test func bookStacksDocumentedSampleTokenIsDropped() throws {
        let rules = try Scanner.loadRules(extra: [])
        let compiled = try CompiledRules(rules.filter { $0.id.hasPrefix("bookstack.") || $0.id == "generic.authorization-token-scheme" })
        let matches = Matcher(compiled).matches(in: Array("""
            curl --header 'Authorization: Token C6mdvEQTGnebsmVn3sFNeeuelGEBjyQp:NOvD3VlzuSVuBPNaf1xWHmy7nIRlaj22' https://wiki.shop.test/api/books
            curl --header 'Authorization: Token Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6Fg1Js0Ty:Hq2Vw9Lz4Tx7Mc3Pn8Bd5Gs1Rk6Jf0Ya' https://wiki.shop.test/api/books
            """.utf8)).matches
        let found = Set(matches.map { $0.secret.reveal() })
        #expect(found.contains("Hq2Vw9Lz4Tx7Mc3Pn8Bd5Gs1Rk6Jf0Ya"))
        #expect(found.isDisjoint(with: ["NOvD3VlzuSVuBPNaf1xWHmy7nIRlaj22", "C6mdvEQTGnebsmVn3sFNeeuelGEBjyQp"]))
    }

    /// Real code hands a password setting an expression or a name, not a value: a workflow's `GITHUB_TOKEN`, a Maven
    /// settings file's `SONATYPE_PASSWORD`, Terraform's `azurerm_key_vault_secret.db.value`, an ARM template's
    /// `[parameters('…')]`, an LDAP library's object identifier, a command's `--password=` waiting for its value; a
    /// translation file gives a `password` key the word in its language. None is a credential; values of those alphabets that are no such thing still are.
    @Test func expressionsNamesAndLabelsAreNoSecrets() {
        for value in ["GITHUB_TOKEN", "SONATYPE_PASSWORD", "JFROG_TOKEN", "DB_ROOT_PWD", "azurerm_key_vault_secret.kv-sql-secret.value",
                      "azurerm_kubernetes_cluster.main.kube_config.0.password", "var.db_password", "module.db.admin_password",
                      "[parameters('sqlserver_password')]", "[reference(variables('vault')).secret]", "1.3.6.1.4.1.4203.1.11.1",
                      "2.16.840.1.113730.3.4.4", "String!", "string|null", "required|confirmed", "sometimes|required_with:new_password",
                      "required|string|min:8", "--password=", "-pass=", "--db-password="] {
            #expect(PlaceholderFilter.isReference(Array(value.utf8)), "\(value)")
        }
        for value in ["Contraseña", "Kennwort", "パスワード", "Wachtwoord", "Пароль", "Sandi", "Parolă", "Kata Laluan"] {
            #expect(PlaceholderFilter.isStandIn(Array(value.utf8)), "\(value)")
        }
        for value in ["Xr12052001Rx!", "K7QW_ZP4M_TOKENLESS9", "SUPERSECRETVALUE", "k0rg.wFjc.Q9", "1.2.3.4", "10.0.12.7",
                      "[Zq8(Lm2]", "my_db.pass", "Kennwort2024!", "Hunter2!", "required|Zq8Lm2",
                      "CHANGE_ME_SECRET", "INSECURE_SECRET_KEY", "DEMO_API_KEY", "--password=hunter2", "-=", "--=", "-9xQ2mLp7Rw="] {
            #expect(!PlaceholderFilter.isPlaceholder(Array(value.utf8)), "\(value)")
        }
    }

    /// Read on blind round 16's repositories: a Strapi admin bundle's Turkish strings give `Password` its word with a
    /// capital outside ASCII (`Şifre`), and a compose template's `.env` asks for a value with `fixme-…`. Neither is a
    /// secret; a password holding the word in another case or inside other letters still is.
    @Test func capitalisedLabelsAndFixmeAreNoSecrets() {
        for value in ["Şifre", "ŞIFRE", "Κωδικός", "fixme-postgres-password", "FIXME_DB_PASSWORD", "Fixme"] {
            #expect(PlaceholderFilter.isStandIn(Array(value.utf8)), "\(value)")
        }
        for value in ["Şifre2024!", "gizliŞifre9x", "fiXmE7Qz2Lp", "fixmyQ7zL2"] {
            #expect(!PlaceholderFilter.isPlaceholder(Array(value.utf8)), "\(value)")
        }
    }

    /// Read on blind round 17's repositories: bitwarden's installer writes `smtp__password=REPLACE` into the env file it
    /// generates, maybe's e2e config `AUTH0_PASSWORD: 'REPLACE_THIS'`: what a template asks to be replaced (a word of
    /// seven letters, so in any case, as `example`). A password near the word but without it still is one.
    @Test func replaceMarkersAreNoSecrets() {
        for value in ["REPLACE", "REPLACE_THIS", "replace-me", "Replace"] {
            #expect(PlaceholderFilter.isStandIn(Array(value.utf8)), "\(value)")
        }
        for value in ["Rplce7Qz2Lp", "replac3Qz7Lm", "re-place9Wq4"] {
            #expect(!PlaceholderFilter.isPlaceholder(Array(value.utf8)), "\(value)")
        }
    }

    /// blind18b: an example file asks for a value in the value's place (`POSTGRES_PASSWORD=change-me-before-deploying`,
    /// `changeme_in_production`). A value made only of the words a weak default is glued from stays a weak default for
    /// the weak-password rules, and a password that merely holds the word is one.
    @Test func changeRequestsAreNoSecrets() {
        for value in ["change-me-before-deploying", "changeme_in_production", "please-change-this-value", "CHANGE_ME_BEFORE_USE"] {
            #expect(PlaceholderFilter.isStandIn(Array(value.utf8)), "\(value)")
        }
        for value in ["dev-secret-change-me", "secret-change-me", "changeme", "change-me", "changeme2024prod", "Qz7-change-me-Lp4x"] {
            #expect(!PlaceholderFilter.isChangeRequest(Array(value.lowercased().utf8)), "\(value)")
        }
    }

    /// Read on application repositories: a lock file maps packages named for passwords to versions
    /// (`"@inquirer/password": "^4.0.23"`, `"parse-passwd": "1.0.0"`), a page writes a template's brackets as HTML
    /// entities (`&lt;dbpassword&gt;`), a to-do note puts a name in square brackets (`identified by '[password]'`), a
    /// CI env file says what goes there in a sentence, a locale file says "new password" in Chinese. None is a secret;
    /// values of the same alphabets that are no such thing still are.
    @Test func versionsEscapedTemplatesAndLabelsAreNoSecrets() {
        for value in ["^4.0.23", "npm:^4.0.23", "1.0.0", "~1.4", ">=3.0.0-beta.2", "2.1.22+build.7", "&lt;dbpassword&gt;",
                      "&lt;your-api-key&gt;", "[password]", "[API_KEY]", "[public ip]", "%generate(secret)%", "%kernel.secret%"] {
            #expect(PlaceholderFilter.isReference(Array(value.utf8)), "\(value)")
        }
        for value in ["Your Session Secret goes here", "新密码", "确认密码", "パスワード確認", "새 비밀번호", "पासवर्ड", "अपना पासवर्ड दर्ज करें",
                      "Парола", "رمز عبور"] {
            #expect(PlaceholderFilter.isStandIn(Array(value.utf8)), "\(value)")
        }
        for value in ["1.2.3.4", "10.5", "^Zq8Lm2", "1.0.0x", "2.1.22-", "npm:", "[Xk9mP2]", "[]", "AT&amp;T-9xQ2", "Zq8&lt;Lm2x",
                      "Parola2024!", "senha-Forte9", "yourself42", "Tr0ub4dor密"] {
            #expect(!PlaceholderFilter.isPlaceholder(Array(value.utf8)), "\(value)")
        }
    }

    /// A notebook's plot, encoded inline, holds every provider's shape by chance (an `EAA…` run read as a Facebook
    /// token in pinecone-io/examples); the same token written as a value is found.
    @Test func aTokenShapeInsideAnEncodedPictureIsNoToken() throws {
        let matcher = try Matcher(rules: PatternPackLoader.builtin().flatMap(\.rules).filter { $0.id == "facebook.access-token" })
        let token = "EAAgNSWPH8prVqsUeQCtDR3zzX6hqo35uwZqxZOOHjkJQQrkaPehMvbfrn2yzL7C5Mg3PR4hLLOOxl3gV3FGRmrCNnFZsGqgh0frrhbkVAhRHLfBE"
        let noise = String(repeating: "iVBORw0KGgo+AAAANSUhEUgAA/", count: 4)
        #expect(matcher.secrets(in: "   \"image/png\": \"\(noise)/\(token)+\(noise)\",\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "FB_PAGE_TOKEN=\"\(token)\"\n", at: nil) == [token])
        #expect(matcher.secrets(in: "url = \"https://graph.example.test/v19.0/me?access_token=\(token)\"\n", at: nil) == [token])
    }

    /// A password may begin with `%` or `#` as generated ones do (`%Ve4xysakn.Z*D`); a format directive, an interpolation or
    /// a systemd specifier in its place is no password. The rules leave `%` to this judgement rather than to their first
    /// character.
    @Test func aPasswordBeginningWithAPercentSignIsNoFormatDirective() throws {
        for value in ["%s", "%1$s", "%-12s", "%(db_password)s", "%<password>s", "%{hiera('db_password')}", "#{ENV['DB_PASSWORD']}",
                      "%d/db_password", "####", "%LARAVEL_LOAD_PASSWORD", "#password", "#login-form"] {
            #expect(PlaceholderFilter.isPlaceholder(Array(value.utf8)), "\(value)")
        }
        for value in ["%Ve4xysakn.Z*D", "%ljWe0A4WX0tLx", "%s9Lq2xW!", "%(ab)sQ7", "#Xk9!pQ2zL", "%dq/8Lm2", "#Pa55word", "%Kq7_mZ2"] {
            #expect(!PlaceholderFilter.isPlaceholder(Array(value.utf8)), "\(value)")
        }
        let matcher = try Matcher(rules: PatternPackLoader.builtin().flatMap(\.rules).filter { $0.id.hasPrefix("password.") || $0.id.hasPrefix("spring.") })
        #expect(matcher.secrets(in: "<Resource name=\"jdbc/shop\" username=\"shop\" password=\"%Ve4xysakn.Z*D\"/>\n", at: nil) == ["%Ve4xysakn.Z*D"])
        #expect(matcher.secrets(in: "DB_PASSWORD = \"%(db_password)s\"\n", at: nil).isEmpty)
    }

    @Test func pathsBuiltOnAVariableAreReferences() {
        for reference in ["$HOME/.cache/app", "$APP_ROOT/config/keys", "%APPDATA%\\Vendor\\app.ini", "$BUILD_DIR\\out",
                          "$3", "$12", "$@", "$*"] {
            #expect(PlaceholderFilter.isReference(Array(reference.utf8)), "\(reference)")
        }
        for reference in ["your-api-key>", "$deployTokenForStagingEnvironment", "$GITHUB_PERSONAL_ACCESS_TOKEN_2024"] {
            #expect(PlaceholderFilter.isReference(Array(reference.utf8)), "\(reference)")
        }
        for reference in ["<token>", "Bearer <token>", "<%= ENV['ACME_KEY'] %>", "sk_live_<your_key", "https://ops:<PASSWORD",
                          "<<EOF", "acme-<stage>-key", "<db password>", "<path/to/key.pem>", "<YOUR API KEY HERE",
                          "<?= $apiKey ?>", "<{{ token }}>", "<YourApiKey>", "Bearer <Token>"] {
            #expect(PlaceholderFilter.isReference(Array(reference.utf8)), "\(reference)")
        }
        // A random token may hold a `>` or a `<`, or begin with `$`: Oracle's auth tokens, generated passwords, Asaas'
        // `$aact_` keys.
        for value in ["Pcw>1S<q3b6VMxiE-5aH", "x(3;Y<o8Zrq4q9Eh0lT2", "Kq7<Lm2Xv9T!4", "$9xQ/2mLp7Rw", "$ecretPass:42", "%AB%Cd/x2", "a$HOME/x", "$123", "$3x", "q7W>pL2;zX9(mK4tR8)vB1",
                      "$aact_YTU5YTE0M2M2N2I4MTliNzk0YTI5N2U5MzdjNWZmNDQ6OjAwMDAwMDAwMDAwMDAwNjMyNDU6OiRhYWNoXzg",
                      // WordPress' generated salts draw on punctuation: a `<` that a later `>` closes around symbols
                      "pa>$sJEAi/|ZV=,i-F<-00-!<Vf2f^$19W[H:|eRG^*dL/:t[*:I>QZWKOKZr8YG",
                      "<Xq]9#vL2;m>Tz^7wR(c1!Hd@4kP+e8|Ns&3Gb~6Yj*0Lf.5Va?2Mr[8Qh%1Ut_9",
                      // letters of mixed cases between them, or a random value's last character
                      "Wd8<kQ9>Lm2Wq8Zr", "Zq8(Lm2]Xv9;kQ>"] {
            #expect(!PlaceholderFilter.isReference(Array(value.utf8)), "\(value)")
        }
    }

    /// A deployment fills some values in late: a container's entry script or a pipeline's replace-tokens step swaps
    /// `__API_KEY__` for the key, Maven's resource filtering swaps `@db.password@` (Spring Boot's docs expand
    /// `application.properties` so), and a password manager resolves `op://vault/item/field` (1Password's secret
    /// references) or `pass://…` (Proton Pass) when the program starts. None is a value of its own; passwords between
    /// the same marks, of mixed cases or with digits run into a word, still are.
    @Test func substitutionTokensAndPasswordManagerReferencesAreReferences() throws {
        for value in ["__API_KEY__", "__db_password__", "@db.prod.password@", "@DB_PASSWORD@", "@jdbc.password@", "@TOKEN@",
                      "op://Production/Stripe/secret_key", "op://shop dev/Orders DB/db/password", "op://ci/github/token?attribute=otp",
                      "pass://Work/GitHub/password"] {
            #expect(PlaceholderFilter.isReference(Array(value.utf8)), "\(value)")
        }
        for value in ["@Xk9_pQ2@", "@admin2024@", "@password@", "@q7W.Lm2@", "__Kq7mZ2xW9__", "__x__", "__9Lm_2Qx__",
                      "op://", "op://vault", "op://a/b", "shop://a/b/c", "op://a/b/c/d/e", "op://a/b!/c"] {
            #expect(!PlaceholderFilter.isReference(Array(value.utf8)), "\(value)")
        }
        let matcher = try Matcher(rules: PatternPackLoader.builtin().flatMap(\.rules).filter { $0.id.hasPrefix("weak.") || $0.id.hasPrefix("spring.") })
        #expect(matcher.secrets(in: "window.__ENV = { apiKey: \"__API_KEY__\" };\nspring.datasource.password=@db.prod.password@\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "spring.datasource.password=@Xk9_pQ2@\n", at: nil) == ["@Xk9_pQ2@"])
    }

    /// TeamCity's versioned settings keep a password parameter's value in the server's credentials storage and write
    /// `credentialsJSON:<uuid>` in its place (blind21e); a literal after `credentialsJSON:` that is no such token, or a
    /// token in another setting's shape, stays a value.
    @Test func teamCityCredentialsTokensAreReferences() throws {
        #expect(PlaceholderFilter.isReference(Array("credentialsJSON:47ee8cb4-be9a-433a-9833-bda5a9096064".utf8)))
        for value in ["credentialsJSON:", "credentialsJSON:Xq7mLw2-Rz9x", "credentialsJSON:47ee8cb4be9a433a9833bda5a9096064",
                      "47ee8cb4-be9a-433a-9833-bda5a9096064"] {
            #expect(!PlaceholderFilter.isReference(Array(value.utf8)), "\(value)")
        }
        let matcher = try Matcher(rules: PatternPackLoader.builtin().flatMap(\.rules).filter { $0.id.hasPrefix("generic.") || $0.id.hasPrefix("teamcity.") })
        #expect(matcher.secrets(in: "    params {\n        password(\"par1\", \"credentialsJSON:47ee8cb4-be9a-433a-9833-bda5a9096064\")\n    }\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "    params {\n        password(\"par1\", \"Vq7mLw2-Rz9xKt4\")\n    }\n", at: nil) == ["Vq7mLw2-Rz9xKt4"])
    }

    /// Bitwarden's encrypted export holds every field as a CipherString (the type, a dot, then IV, ciphertext and MAC in
    /// base64, split by `|`); only the account's key opens it. Passwords with a dot and bars are passwords.
    @Test func bitwardenCipherStringsAreCiphertexts() {
        let iv = "q3Lm8ZvT1wXp9KdN4bHc7A==", data = "Rk2Wz8Tq2Lx6Nv9Pb3Hm7Jd5Fc1Gs0YaHq2Vw9Lz4Tx=", mac = "Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6Fg1Js0Ty8Rk4Wz8Tq2L="
        for value in ["2.\(iv)|\(data)|\(mac)", "0.\(iv)|\(data)", "1.\(iv)|\(data)|\(mac)"] {
            #expect(EncryptedEnvelope.holds(Array(value.utf8)), "\(value)")
        }
        for value in ["2.Kq7|Lm2|Xv9", "2.hunter2|pass|word", "3.\(iv)|\(data)|\(mac)", "2.\(iv)|\(data)", "0.\(iv)|\(data)|\(mac)",
                      "2.\(iv)|Rk2W!z8T|\(mac)", "2.q3Lm8ZvT1wXp9KdN4bHc7Aq=|\(data)|\(mac)", "2.\(iv)|\(data)|Wq5Zx8Lm2Np7"] {
            #expect(!EncryptedEnvelope.holds(Array(value.utf8)), "\(value)")
        }
    }

    /// An uncompressed elliptic-curve point (65 bytes, `04` first) is a public key whatever its name: a VAPID key
    /// handed to Firebase's `getToken(messaging, { vapidKey })`, a Web Push subscription's `p256dh`. The rules that judge
    /// by name leave it; the private half (32 bytes) under the same kind of name is still found.
    @Test func anUncompressedCurvePointIsAPublicKey() throws {
        var generator = SystemRandomNumberGenerator()
        func base64URL(_ bytes: [UInt8]) -> String {
            Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
        }
        for _ in 0..<20 {
            let point = [0x04] + (0..<64).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(PublicValue.isUncompressedPoint(Array(base64URL(point).utf8)))
            #expect(PublicValue.isUncompressedPoint(Array(Data(point).base64EncodedString().utf8)))
            var compressed = point
            compressed[0] = 0x03
            #expect(!PublicValue.isUncompressedPoint(Array(base64URL(compressed).utf8)))
            #expect(!PublicValue.isUncompressedPoint(Array(base64URL(Array(point.dropLast())).utf8)))
            #expect(!PublicValue.isUncompressedPoint(Array(base64URL(Array(point.prefix(32))).utf8)))
        }
        let matcher = try Matcher(rules: PatternPackLoader.builtin().flatMap(\.rules).filter { $0.id.hasPrefix("generic.") })
        let point = "BClpQcVL42BIBkVz3bkqLkBTOGXzAinzkUvjiHlTvKbZwvpKdXrSyz9JT_g3L4M5yHpN_GfXUhXG1twlXfMfxSw"
        #expect(PublicValue.isUncompressedPoint(Array(point.utf8)))
        #expect(matcher.secrets(in: "const token = await getToken(messaging, { vapidKey: '\(point)' });\n", at: nil).isEmpty)
        let privateHalf = "Tq4Kd9Wx2Lm7Zp3RHq2Vw9Lz4Tx7Mc3Pn8Bd5Gs1Rk6"
        #expect(matcher.secrets(in: "webpush.setVapidDetails('mailto:ops@shop.test', publicKey, process.env.X)\nconst vapidPrivateKey = '\(privateHalf)';\n", at: nil) == [privateHalf])
    }

    @Test func entropyFollowsShannon() {
        #expect(Entropy.shannon(Array("aaaa".utf8)) == 0)
        #expect(Entropy.shannon(Array("abab".utf8)) == 1)
        #expect(abs(Entropy.shannon(Array("abcdefgh".utf8)) - 3) < 1e-9)
        #expect(Entropy.shannon([UInt8]()) == 0)
    }

    @Test func shortValuesAreHeldToTheEntropyTheirLengthAndAlphabetAllow() {
        // The expected entropy of random draws: 16 of 16 symbols, 20 of 62.
        #expect(abs(Entropy.expected(length: 16, alphabet: 16) - 3.209) < 0.01)
        #expect(abs(Entropy.expected(length: 20, alphabet: 62) - 4.033) < 0.01)
        #expect(Entropy.alphabetSize(of: Array("9f86d081884c7d65".utf8)) == 16)
        #expect(Entropy.alphabetSize(of: Array("p0873plvleupbgb2".utf8)) == 36)
        #expect(Entropy.alphabetSize(of: Array("Gs10QItykPu4ofIKPskA".utf8)) == 62)
        #expect(Entropy.alphabetSize(of: Array("2WoGauLpCQ!Q3Ars".utf8)) == 78)
        // 20 random base-62 characters average about 4.0 bits per byte, 16 lower-case letters and digits 3.6: a 4.0
        // floor would drop most of them. A long value of a rich alphabet meets the rule's own floor.
        #expect(abs(Entropy.floor(4.0, for: Array("Gs10QItykPu4ofIKPskA".utf8)) - (4.033 - 0.4)) < 0.01)
        #expect(abs(Entropy.floor(3.7, for: Array("p0873plvleupbgb2".utf8)) - (3.615 - 0.4)) < 0.01)
        #expect(Entropy.floor(4.0, for: Array(String(repeating: "aB3x", count: 16).utf8)) == 4.0)
        #expect(Entropy.floor(3.0, for: Array("Gs10QItykPu4ofIKPskA".utf8)) == 3.0)
        // Hex of a key's size is held to what random bytes of that size reach (24 digits average 3.47 bits); hex of
        // another size keeps the floor of its length.
        #expect(abs(Entropy.floor(3.3, for: Array("97b9474866c918cccb1f7137".utf8)) - (Entropy.expected(length: 24, alphabet: 16) - 0.4)) < 0.01)
        #expect(Entropy.floor(3.3, for: Array("97b9474866c918cccb1f71".utf8)) == 3.3)
        // A short prefix before hex of a key's size is held to what its hex reaches, not to letters and digits of its
        // length: `sk-` and 32 hex digits of entropy 3.68 fell under the 3.7 a by-name rule asks.
        let prefixed = Array("sk-838cb64a9f3d42e8b6a1f0d9c37e2b84".utf8)
        #expect(abs(Entropy.floor(3.7, for: prefixed) - (Entropy.expected(length: 32, alphabet: 16) - 0.4)) < 0.01)
        #expect(Entropy.floor(3.7, for: Array("sk-838cb64a9f3d42e8b6a1f0d9c37e2b8".utf8)) > 3.5)
        // Under twelve characters only the length counts.
        #expect(Entropy.floor(4.0, for: Array("manoli".utf8)) == 3.5)
        // Words are no random draw of their letters: they keep the floor of their length.
        for words in ["youReallyNeedToChangeThis", "v2-release", "ProcessOfSendingChanges2Upstream", "MySuperSecretKey2024",
                      "HSPLandroidx/tracing/TraceApi18Impl", "getIncludeSelfInTraversal-H91voCI"] {
            #expect(CommonWords.readsAsWords(Array(words.utf8)), "\(words)")
        }
        for random in ["p0873plvleupbgb2", "GobJtZJ4AIt5pptU", "K1KGRRMPF8USAG18", "bbt5x4o4sxy0tjd", "a1a54a032a861979"] {
            #expect(!CommonWords.readsAsWords(Array(random.utf8)), "\(random)")
        }
        #expect(Entropy.floor(3.7, for: Array("v2-release".utf8)) == 3.5)
        #expect(abs(Entropy.floor(3.7, for: Array("a1a54a032a861979".utf8)) - 3.55) < 1e-9)
        // NS1's 20-character key under a name that ends in key, once dropped for 3.92 bits per byte.
        let matcher = Matcher(ProviderPrefixesTests.compiled)
        #expect(matcher.secrets(in: "curl -H \"X-NSONE-Key: Gs10QItykPu4ofIKPskA\" https://api.nsone.net/v1/zones\n", at: nil) == ["Gs10QItykPu4ofIKPskA"])
        // A short secret of lower-case letters and digits, as rclone's config keeps one, once dropped for 3.45.
        #expect(matcher.secrets(in: "[dropbox]\ntype = dropbox\nclient_secret = p0873plvleupbgb2\n", at: nil) == ["p0873plvleupbgb2"])
        // Words in a row, and a value that repeats itself, still fall short.
        #expect(matcher.secrets(in: "licenseKey: \"MySuperSecretKey2024\"\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "client_secret = ab12ab12ab12ab12\n", at: nil).isEmpty)
    }

    @Test func aUUIDUnderASecretsNameIsJudgedByItsShapeNotItsEntropy() {
        // 3.49 bits per byte: under the 3.7 that a secret's name asks of other values, as four random v4 UUIDs in ten are.
        let uuid = "6b0d549b-6f03-475a-9600-a35a099950d8"
        #expect(Entropy.shannon(Array(uuid.utf8)) < 3.7)
        let matcher = Matcher(ProviderPrefixesTests.compiled)
        #expect(matcher.secrets(in: "deploy_pat: \(uuid)\n", at: nil) == [uuid])
        #expect(matcher.secrets(in: "var token = GetEnvOrDefault(\"api_token\", \"\(uuid)\");\n", at: nil) == [uuid])
        // The same UUID named as an id, and a UUID-looking run that no generator writes, stay out.
        #expect(matcher.secrets(in: "tenant_id: \(uuid)\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "request_uuid = \"\(uuid)\"\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "deploy_pat: aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee\n", at: nil).isEmpty)
    }

    @Test func secretsPrintRedacted() {
        let secret = Secret("AKIAQ3EGRTWJKZ5XWXYZ")
        #expect("\(secret)" == "AKIA…WXYZ")
        #expect(String(describing: [secret]).contains("AKIA…WXYZ"))
        #expect(!String(reflecting: secret).contains("Q3EGRTWJKZ5X"))
        #expect(Secret("hunter2").redacted == "h…2")
        #expect(Secret("abc").redacted == "…")
        #expect(secret.reveal() == "AKIAQ3EGRTWJKZ5XWXYZ")
    }

    @Test func findingIDIsSHA256OfRuleNulSecret() {
        // printf 'acme.live-key\0secret' | sha256sum
        let id = FindingID(ruleID: "acme.live-key", secret: Secret("secret"))
        #expect(id.hex == "c2e32bba3d1dd85761b7750d2a0201e936ff9b9c5987589d7a638a3ffc65965e")
        #expect(id == FindingID(ruleID: "acme.live-key", secret: Secret("secret")))
        #expect(id != FindingID(ruleID: "acme.other", secret: Secret("secret")))
        #expect(id.short.count == 12)
    }

    @Test func overlappingMatchesKeepTheMoreConfidentRule() throws {
        let packs = try PatternPackLoader.load(directory: FixturePaths.fixtures.appendingPathComponent("packs"))
        let specific = try #require(packs.first?.rules.first)
        let generic = Rule(id: "generic.token", name: "Generic token", kind: .credential, severity: .medium, confidence: .low,
                           pattern: "(?i)key\\s*=\\s*(?<secret>[A-Za-z0-9_]{20,})", keywords: ["key"], paths: [], excludedPaths: [], parser: nil, minEntropy: 0, validators: [], playbook: nil,
                           references: ["https://dredge.test"], examples: [], counterExamples: [], source: .init(file: "t", line: 1))
        let matcher = try Matcher(rules: [generic, specific])
        let outcome = matcher.matches(in: Array("ACME_KEY=\(SyntheticSecrets.acme)\nOTHER_KEY=Zq8Wn3Rt6Yp1Ks4Lm7Xc2Vb5\n".utf8))
        #expect(outcome.matches.map { matcher.compiled.rules[$0.ruleIndex].id } == ["acme.live-key", "generic.token"])
        #expect(outcome.matches.map(\.line) == [1, 2])
    }

    /// Two providers' rules that capture the same value, one of them a notice of a public key (info, hidden by default)
    /// loaded first: the credential speaks, as PDFGen Studio's secret `pk_live_…` must beside Stripe's publishable-key
    /// rule (blind28a). Loaded the other way round, the same.
    @Test func aCredentialOutranksAPublicKeyNoticeOnTheSameValue() throws {
        func rule(_ id: String, _ severity: Severity, _ pattern: String, _ keyword: String) -> Rule {
            Rule(id: id, name: id, kind: .credential, severity: severity, confidence: .high, pattern: pattern, keywords: [keyword],
                 paths: [], excludedPaths: [], parser: nil, minEntropy: 0, validators: [], playbook: nil,
                 references: ["https://dredge.test"], examples: [], counterExamples: [], source: .init(file: "t", line: 1))
        }
        let notice = rule("payco.publishable-key", .info, "(?<secret>pk_live_[A-Za-z0-9]{32})", "pk_live_")
        let secret = rule("pdfco.api-key", .critical, "(?i)pdfco\\w*\\s*=\\s*(?<secret>pk_live_[A-Za-z0-9]{32})", "pdfco")
        let text = Array("PDFCO_API_KEY=pk_live_O37oy13Z4R4ANnNtLSIep3ERPrTLerOe\n".utf8)
        for rules in [[notice, secret], [secret, notice]] {
            let matcher = try Matcher(rules: rules)
            #expect(matcher.matches(in: text).matches.map { matcher.compiled.rules[$0.ruleIndex].id } == ["pdfco.api-key"])
        }
    }

    /// Two providers that issue keys of one format: the rule that waited for its provider's name beside the value
    /// names the key, in either load order (Transcodely's `ak_live_` keys are Akupon's shape too, blind29a).
    @Test func theProviderNamedBesideASharedFormatNamesTheKey() throws {
        func rule(_ id: String, _ confidence: Confidence, _ pattern: String, _ keyword: String) -> Rule {
            Rule(id: id, name: id, kind: .credential, severity: .high, confidence: confidence, pattern: pattern, keywords: [keyword],
                 paths: [], excludedPaths: [], parser: nil, minEntropy: 0, validators: [], playbook: nil,
                 references: ["https://dredge.test"], examples: [], counterExamples: [], source: .init(file: "t", line: 1))
        }
        let byPrefix = rule("akupon.api-key", .high, "(?<secret>ak_(?:live|test)_[A-Za-z0-9]{32})", "ak_live_")
        let byName = rule("transcodely.api-key", .medium, "(?<secret>ak_(?:live|test)_[A-Za-z0-9]{32})", "transcodely")
        let named = Array("const client = new Transcodely({ apiKey: 'ak_live_O37oy13Z4R4ANnNtLSIep3ERPrTLerOe' });\n".utf8)
        let bare = Array("API_KEY=ak_live_O37oy13Z4R4ANnNtLSIep3ERPrTLerOe\n".utf8)
        for rules in [[byPrefix, byName], [byName, byPrefix]] {
            let matcher = try Matcher(rules: rules)
            #expect(matcher.matches(in: named).matches.map { matcher.compiled.rules[$0.ruleIndex].id } == ["transcodely.api-key"])
            #expect(matcher.matches(in: bare).matches.map { matcher.compiled.rules[$0.ruleIndex].id } == ["akupon.api-key"])
        }
        // Across blobs too, the named provider owns the secret (`FindingAssembler.owners`).
        #expect(byName.outranks(byPrefix) && !byPrefix.outranks(byName))
    }

    /// A Terraform provider block's rule takes any provider's key, as a format-wide rule does: the provider's own rule
    /// names a key it recognises (UpCloud's `ucat_`, blind30e).
    @Test func aProvidersOwnRuleNamesItsKeyInATerraformProviderBlock() {
        let matcher = Matcher(ProviderPrefixesTests.compiled)
        let text = Array("provider \"upcloud\" {\n  token = \"ucat_AfbHE7lj5hDhMvAt1oCd4WLJntXacyBH\"\n}\n".utf8)
        #expect(matcher.matches(in: text).matches.map { matcher.compiled.rules[$0.ruleIndex].id } == ["upcloud.api-token"])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let packs = try PatternPackLoader.load(directory: FixturePaths.fixtures.appendingPathComponent("packs"))
        let matcher = try Matcher(rules: packs.flatMap(\.rules))
        let outcome = matcher.matches(in: Array("first\nclé=«\(SyntheticSecrets.acme)»\n".utf8))
        #expect(outcome.matches.first?.line == 2)
        #expect(outcome.matches.first?.column == 6)
    }

    @Test func catastrophicPatternIsReportedAsASkipNotAHang() throws {
        let packs = try PatternPackLoader.load(directory: FixturePaths.invalid.appendingPathComponent("rule-catastrophic-backtracking.yml"))
        let matcher = Matcher(try CompiledRules(packs.flatMap(\.rules)), limits: .init(matchLimit: 100_000))
        let outcome = matcher.matches(in: Array((String(repeating: "a", count: 20_000) + "!").utf8))
        #expect(outcome.matches.isEmpty)
        #expect(outcome.limitedRules == [0])
    }
}
