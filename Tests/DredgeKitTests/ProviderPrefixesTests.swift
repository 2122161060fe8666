@testable import DredgeKit
import Foundation
import Testing

/// Values with a provider's prefix belong to that provider's rule: where it does not match them (a character short,
/// a prefix one letter off), the rules that judge by a name beside the value do not report them either.
@Suite struct ProviderPrefixesTests {
    static let compiled = try! CompiledRules(PatternPackLoader.builtin().flatMap(\.rules))

    @Test func prefixesAreReadOffTheProvidersExamples() {
        let owners = Dictionary(Self.compiled.providerPrefixes.all.map { ($0.prefix, $0.rule) }, uniquingKeysWith: { a, _ in a })
        #expect(owners["ghp_"] == "github.personal-access-token")
        #expect(owners["AKIA"] != nil)
        #expect(owners["xoxb-"]?.hasPrefix("slack.") == true)
        // Short or shared stems name no single provider.
        for shared in ["sk_", "pk_", "api-", "sdk-", "key-", "secret_"] { #expect(owners[shared] == nil, "\(shared)") }
        // A keyword ending in a separator is a prefix of the rule's format even where no example shows it.
        #expect(owners["rk_test_"] == "stripe.test-key")
    }

    @Test(arguments: [
        ("github_token = \"ghp_R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aE\"", "app.py"),  // one character short
        ("GITHUB_TOKEN=ghp_R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aE", ".env"),
        ("SLACK_TOKEN=xoxb-123456789012-1234567890123-R7tK2mQ9vX4pL8wZ3nB6cF1", ".env"),  // the last part too short
        ("GH_TOKEN=gph_R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aEq", ".env"),  // the prefix's letters swapped
        ("stripe_key = \"sk_lvie_R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aEqW7tK2mQ9vX4pL8wZ3nB6\"", "billing.py"),
        ("slack_token: \"xoxq-123456789012-1234567890123-R7tK2mQ9vX4pL8wZ3nB6cF1h\"", "bot.yml"),  // one letter wrong
        // a letter dropped from or added to a long prefix before its separator
        ("STRIPE_SECRET_KEY=sk_lve_R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aEqW7tK2mQ9vX4pL8wZ3nB6", ".env"),
        ("schematic_api_key = \"sch_prd_R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY\"", "flags.py"),
        ("stripe_key = \"sk_livee_R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aEqW7tK2mQ9vX4pL8wZ3nB6\"", "billing.py"),
        // a prefix a rule waits for that its examples do not show (`rk_test_` beside `sk_test_`), a letter dropped
        ("STRIPE_SECRET_KEY: rk_tst_51zYzF971tHnJGuESBrS3GIRLvHkdzhk9xRsRNht1w8GY9dj8ftUythEbh9fIuNLxU0FsT7S2Y6Qkszo", "ci.yml"),
    ])
    func nearMissesOfAProviderFormatAreNotGenericSecrets(_ text: String, _ path: String) {
        let matcher = Matcher(Self.compiled)
        // A committed `.env` is a finding of its own (the file); no value in it is.
        #expect(matcher.secrets(in: text + "\n", at: path).filter { $0 != path }.isEmpty, "\(text)")
        #expect(matcher.secrets(in: text + "\n", at: nil).isEmpty, "\(text)")
    }

    @Test func valuesWithoutAProviderPrefixAreStillJudgedByTheirName() {
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: "my_service_token = \"R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aE\"\n", at: nil) == ["R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aE"])
        #expect(Set(matcher.secrets(in: "MY_SERVICE_TOKEN=R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aE\n", at: ".env")) == [".env", "R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aE"])
        // A shared stem is no provider's: judged by the name.
        #expect(matcher.secrets(in: "my_service_token = \"api-R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aE\"\n", at: nil) == ["api-R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aE"])
        // Two letters off is another value, not a typo of `ghp_`.
        #expect(matcher.secrets(in: "my_service_token = \"gxq_R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aE\"\n", at: nil) == ["gxq_R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aE"])
        #expect(Self.compiled.providerPrefixes.owner(of: Array("gph_R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aEq".utf8)) == "github.personal-access-token")
        // Without a separator, only two neighbours swapped at about the format's length count (`AKAI` for `AKIA`): one
        // letter off is met by chance too often.
        #expect(Self.compiled.providerPrefixes.owner(of: Array("AKAIR7TK2MQ9VX4PL8WZ".utf8))?.hasPrefix("aws.") == true)
        #expect(Self.compiled.providerPrefixes.owner(of: Array("AKIBR7TK2MQ9VX4PL8WZ".utf8)) == nil)
        #expect(Self.compiled.providerPrefixes.owner(of: Array("AKAIR7TK2MQ9VX4PL8WZR7TK2MQ9VX4PL8WZ".utf8)) == nil)
    }

    /// A mixed-case prefix without a separator one letter off claims a value only at its format's exact length: `AIzz`
    /// and 35 more characters is a mistyped Google key; `AIzz` at another length is judged by its name.
    @Test func aPrefixWithoutSeparatorOneOffClaimsOnlyItsFormatsExactLength() {
        let prefixes = Self.compiled.providerPrefixes
        let google = "AIzz" + "R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aEq"
        #expect(google.count == 39)
        #expect(prefixes.owner(of: Array(google.utf8))?.hasPrefix("google") == true || prefixes.owner(of: Array(google.utf8))?.hasPrefix("gcp") == true)
        #expect(Matcher(Self.compiled).secrets(in: "const mapsKey = '\(google)';\n", at: nil).isEmpty)
        let longer = google + "W7tK"
        #expect(prefixes.owner(of: Array(longer.utf8)) == nil)
        // Its first letter lost, one short of the length: `Iza` and 35 more.
        let dropped = String(google.dropFirst().replacingOccurrences(of: "Izz", with: "Iza"))
        #expect(prefixes.owner(of: Array(dropped.utf8)) != nil)
        #expect(Matcher(Self.compiled).secrets(in: "const mapsKey = '\(dropped)';\n", at: nil).isEmpty)
        #expect(prefixes.owner(of: Array((dropped + "Q").utf8)) == nil)
        // Its last letter lost the same way: `AIz` and 35 more.
        let lastLost = "AIz" + google.dropFirst(4)
        #expect(prefixes.owner(of: Array(lastLost.utf8)) != nil)
        #expect(Matcher(Self.compiled).secrets(in: "youtube = build(\"youtube\", \"v3\", developerKey=\"\(lastLost)\")\n", at: nil).isEmpty)
        #expect(Matcher(Self.compiled).secrets(in: "const mapsKey = '\(longer)';\n", at: nil) == [longer])
    }

    /// A value in the full format of the provider whose exact prefix it carries is that provider's, not a near miss.
    /// Rootly's rule wants Rootly's name beside the value, so with none near it reports nothing; the rules that judge by
    /// the name must then report it rather than leave it to a rule that did not take it.
    @Test func aValueInItsProvidersFullFormatIsJudgedByItsNameWhereTheProvidersRuleWantsItsName() throws {
        let matcher = Matcher(Self.compiled)
        let key = "rootly_" + "7e0c4a91d25fb83e6a1c9d07f4b2e58a" + "c3f19d6b0e7a25c48f9b1d3e6a07c52b"
        #expect(key.count == 71)
        let rootly = try #require(Self.compiled.rules.firstIndex { $0.id == "rootly.api-key" })
        #expect(try Matcher(rules: [Self.compiled.rules[rootly]]).secrets(in: "pager_api_token = \"\(key)\"\n", at: nil).isEmpty)
        #expect(Self.compiled.providerPrefixes.owner(of: Array(key.utf8)) == "rootly.api-key")
        #expect(Self.compiled.nearMissOwner(of: Array(key.utf8)) == nil)
        #expect(matcher.secrets(in: "pager_api_token = \"\(key)\"\n", at: nil) == [key])
        #expect(matcher.secrets(in: "PAGER_API_TOKEN=\(key)\n", at: ".env").contains(key))
        // Beside Rootly's name, Rootly's rule reports it (one finding, the provider's).
        let named = matcher.matches(in: Array("ROOTLY_API_TOKEN=\(key)\n".utf8)).matches
        #expect(named.map { Self.compiled.rules[$0.ruleIndex].id } == ["rootly.api-key"])
        // A hex digit short, or a letter outside hex: near misses of the format, left alone by the name rules.
        for nearMiss in [String(key.dropLast()), String(key.dropLast()) + "g"] {
            #expect(Self.compiled.nearMissOwner(of: Array(nearMiss.utf8)) == "rootly.api-key")
            #expect(matcher.secrets(in: "pager_api_token = \"\(nearMiss)\"\n", at: nil).isEmpty, "\(nearMiss)")
        }
    }

    /// The rules that report whatever sits in a credential's place (a URL's password, a `.netrc` password) leave a
    /// value with a provider's prefix that misses its format, as the rules judged by name do: a GitHub token cut short
    /// in a clone URL, a Heroku key cut short in `.netrc`. A password of its own, or the provider's full token, is
    /// still reported.
    @Test func credentialPlacesLeaveNearMissesOfAPrefixedFormat() {
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: "git clone https://deploy:ghp_R7tK2mQ9vX4pL8wZ3nB6@github.com/acme/app.git\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "machine api.heroku.com\n  login ops@acme.test\n  password HRKU-AAIC4Wy9SnDq\n", at: ".netrc").filter { $0 != ".netrc" }.isEmpty)
        #expect(matcher.secrets(in: "git clone https://deploy:Zq8mW2rT6yPx4@git.acme.test/app.git\n", at: nil) == ["Zq8mW2rT6yPx4"])
        let token = "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"  // its checksum holds
        #expect(matcher.secrets(in: "git clone https://deploy:\(token)@github.com/acme/app.git\n", at: nil).contains(token))
    }

    @Test func aPrefixOneOffClaimsOnlyValuesOfAboutItsFormatsLength() {
        let matcher = Matcher(Self.compiled)
        // `rsk_` is one letter off Groq's `gsk_`, but Groq keys are 56 characters: a 100-character `rsk_` value is
        // another provider's key (Rapyd's secret key, which its own rule reports), not a mistyped Groq key.
        let rapyd = "rsk_" + String(repeating: "c0651dbbcc74fe01091c3a4c3bda252a", count: 3)
        #expect(matcher.secrets(in: "secretKey = \"\(rapyd)\"\n", at: nil) == [rapyd])
        #expect(Self.compiled.rules.first { $0.id == "rapyd.secret-key" } != nil)
        // `tsk_` (no provider's prefix) of Groq's length is still a mistyped Groq key.
        let typo = "tsk_" + "R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aEqW7tK2mQ9vX4pL8wZ"
        #expect(Self.compiled.providerPrefixes.owner(of: Array(typo.utf8)) == "groq.api-key")
        #expect(matcher.secrets(in: "secretKey = \"\(typo)\"\n", at: nil).isEmpty)
    }

    /// A prefix many providers share (`sk_test_`) claims a value as a near miss only when its body is written in an
    /// owner's alphabet but for one byte: a body of URL-safe base64 with several `-` and `_` is another provider's
    /// token (Knock's secret keys), judged by its name, while one stray `-` in Stripe's letters and digits is a typo.
    @Test func aSharedPrefixClaimsOnlyBodiesInAnOwnersAlphabet() {
        let matcher = Matcher(Self.compiled)
        let knock = "sk_test_Zq8mW2rT_6yPx4-Lk3vN9bQ_7cHd5-Jf2sR8tYw1uE0aGoIpXn3mK"
        #expect(Self.compiled.providerPrefixes.writesAnotherAlphabet(Array(knock.utf8)))
        #expect(matcher.secrets(in: "const knock = new Knock(\"\(knock)\");\nKNOCK_SECRET_KEY=\"\(knock)\"\n", at: nil) == [knock])
        let typo = "sk_test_Zq8mW2rT6yPx4Lk3vN9bQ7cHd5-Jf2sR8tYw1uE0aGoIpXn3mK"
        #expect(!Self.compiled.providerPrefixes.writesAnotherAlphabet(Array(typo.utf8)))
        #expect(matcher.secrets(in: "STRIPE_SECRET_KEY=\"\(typo)\"\n", at: nil).isEmpty)
    }
}

extension ProviderPrefixesTests {
    /// A value one character off a provider's prefix, or with an owned prefix and another length, is no near miss when
    /// it is in full the format of another provider whose examples begin as it does, though that rule owns no prefix:
    /// Smartpay's `sk_live_` and 22 characters is not a Stripe key cut short, LaunchDarkly's `sdk-` and a UUID is not a
    /// mistyped ServiceM8 `smk-` key. Under a bare name, with no provider's name near, the rules that judge by name
    /// report them; a typo of the prefix of no provider's format stays a near miss.
    @Test func aValueInAnotherProvidersFullFormatIsNoNearMiss() {
        let matcher = Matcher(Self.compiled)
        for value in ["sk_live_Q7vRk2Lm9XwT4pZcH3nB8d", "sdk-5e0f2a9c-71b3-4d8e-a6c4-93f1b07d2e58"] {
            #expect(Self.compiled.nearMissOwner(of: Array(value.utf8)) == nil, "\(value)")
            #expect(matcher.secrets(in: "PAYMENTS_SECRET_KEY=\"\(value)\"\n", at: nil) == [value], "\(value)")
        }
        #expect(Self.compiled.nearMissOwner(of: Array("gph_R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aEq".utf8)) == "github.personal-access-token")
        // Timekit's `live_api_key_` mistyped is a near miss, though GoCardless's `live_` and 40 characters holds it.
        #expect(Self.compiled.nearMissOwner(of: Array("live_apl_key_59aJHvSgNrlocbOCmV54Rz681zdpYNY3".utf8)) == "timekit.api-key")
    }

    /// A rule's values begin as its pattern's secret group begins; a rule that takes whatever sits in a place begins
    /// them with anything, so its "format" holds every value and names none.
    @Test func theLiteralStartsAPatternBeginsItsValuesWith() {
        func heads(_ pattern: String) -> Set<String> { Set(ProviderPrefixes.literalStarts(ofPattern: pattern).map { String(decoding: $0, as: UTF8.self) }) }
        #expect(heads(#"culqi[^\n]{0,60}?(?<secret>sk_(?:live|test)_[A-Za-z0-9]{16})"#) == ["sk_live_", "sk_test_"])
        #expect(heads(#"(?<secret>(?:live|test)_[0-9a-f]{27})"#) == ["live_", "test_"])
        #expect(heads(#"(?<secret>pn[ub]_[A-Za-z0-9]{36})"#) == ["pnu_", "pnb_"])
        #expect(heads(#"(?<secret>(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{8})"#) == ["sk_live_", "sk_test_", "rk_live_", "rk_test_"])
        #expect(heads(#"(?<secret>SG\.[A-Za-z0-9_-]{22})"#) == ["SG."])
        #expect(heads(#"apiKey:[ \t]*(?<secret>\S{12,300})"#).isEmpty)
        #expect(heads(#"(?<secret>ab?c[0-9]{8})"#).isEmpty)
        #expect(heads(#"(?<secret>x[A-Za-z0-9]{8})"#).isEmpty)
        // the group's own alternatives, each with its start; one that may begin with anything leaves none
        #expect(heads(#"(?<secret>sk_[A-Za-z0-9]{24}|rk_(?:live|test)_[A-Za-z0-9]{24})(?![A-Za-z0-9])"#) == ["sk_", "rk_live_", "rk_test_"])
        #expect(heads(#"(?<secret>sk_[A-Za-z0-9]{24}|[a-f0-9]{40})"#).isEmpty)
        #expect(PatternStart.common(ofSecretIn: #"(?<secret>pn[ub]_[A-Za-z0-9]{36})"#) == "pn")
        #expect(PatternStart.common(ofSecretIn: #"(?<secret>(?:ab|cd)c[0-9]{8}|abd)"#) == "")
    }
}

/// `requires`: a window with the rule's keyword but none of its required words never reaches PCRE2.
@Suite struct SecondLiteralStageTests {
    @Test func windowsWithoutARequiredWordAreSkipped() throws {
        let compiled = ProviderPrefixesTests.compiled
        let rule = try #require(compiled.rules.firstIndex { $0.id == "env-default.weak-value" })
        let other = try #require(compiled.rules.firstIndex { $0.id == "github.personal-access-token" })
        func passes(_ index: Int, _ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBytes { compiled.passesSecondStage(index, 0..<bytes.count, in: $0) }
        }
        #expect(!passes(rule, #"home = os.getenv("HOME", "/usr/local")"#))
        #expect(passes(rule, #"key = os.getenv("SECRET_KEY", "changeme")"#))
        #expect(passes(rule, #"PASSWORD = ENV.fetch("DB_PASSWORD") { "changeme" }"#))
        #expect(passes(other, "anything at all"))
        // The stage keeps what the rule finds.
        let matcher = Matcher(compiled)
        #expect(matcher.secrets(in: #"SECRET_KEY = os.getenv("SECRET_KEY", "changeme")"# + "\n", at: nil) == ["changeme"])
    }
}
