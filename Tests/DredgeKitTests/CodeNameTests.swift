@testable import DredgeKit
import Testing

/// An unquoted value that reads as a name in code (a variable or a type whose words carry digits) is no token: the
/// rules that judge a value by its name leave it, while a quoted string of words, a password of words, and random
/// tokens that happen to hold a word are still reported.
@Suite struct CodeNameTests {
    static let compiled = ProviderPrefixesTests.compiled

    @Test(arguments: ["previousX509PrivateKey", "FTS3TokenizerDescriptor", "ASN1ObjectIdentifier", "FTS5WrapperTokenCallback",
                      "hmacSha256SigningSecret", "OAuth2AccessTokenProvider", "base64EncodedApiToken"])
    func camelCaseNamesWithDigitsAreNames(_ value: String) {
        #expect(CodeName.isName(Array(value.utf8)), "\(value)")
    }

    @Test(arguments: ["Kq8vR2mZt7LpXw3NbYc6Hd1Fg9Js4Te0", "ghp_Zr4Tq8Lm2Wx6Nv9Pb3Hj7Kd5", "ad00663f233aef79bbc01ad205cf4903",
                      "AKIA2KAYLSVJCZL7XPUK", "uef4osrjjez225iloynnhk4sekaijkam5dmu27ofykyncicuugib",
                      "FKS51DDMfoBavA91GO", "Tk9ZbWx2Remington44Qp", "SECRETKEY2024PRODUCTION", "dXNlcjpwYXNzd29yZA2024"])
    func randomTokensAndCapitalsAreNot(_ value: String) {
        #expect(!CodeName.isName(Array(value.utf8)), "\(value)")
    }

    @Test func byNameRulesLeaveUnquotedNamesAndKeepQuotedWords() {
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: "        self.previousX509PrivateKey = previousX509PrivateKey\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "    withTokenizer tokenizer: FTS3TokenizerDescriptor = .simple)\n", at: nil).isEmpty)
        // Quoted, the same words are a string somebody chose: a weak default is still a finding.
        #expect(matcher.secrets(in: "SIGNING_SECRET = \"previousX509PrivateKey\"\n", at: nil) == ["previousX509PrivateKey"])
        // An unquoted random token beside it stays one.
        #expect(matcher.secrets(in: "export API_TOKEN=Kq8vR2mZt7LpXw3NbYc6Hd1Fg9Js4Te0\n", at: nil) == ["Kq8vR2mZt7LpXw3NbYc6Hd1Fg9Js4Te0"])
    }
}

/// A provider's prefix before words in camelCase (`sk_live_keyRotationReminderEnabled`, a feature flag) names the key in
/// code; the provider's rule leaves it, quoted or not, and keeps a random body and a body with a digit.
@Suite struct PrefixedCodeNameTests {
    @Test(arguments: ["sk_live_keyRotationReminderEnabled", "xoxb_defaultScopesForWorkspaceInstall", "ghp-tokenExpiryWarningBanner"])
    func aPrefixBeforeCamelCaseWordsIsAName(_ value: String) {
        #expect(CodeName.isPrefixedName(Array(value.utf8)), "\(value)")
    }

    @Test(arguments: ["sk_live_UsHv5UulWRYOxMgGIhdOFdla", "sk_live_keyRotationReminderEnabled2", "keyRotationReminderEnabled",
                      "sk_live_RotationReminder", "sk_live_VqLmZrTwXpKdNbHcFsJgQyWe", "ghp_Zr4Tq8Lm2Wx6Nv9Pb3Hj7Kd5"])
    func randomBodiesDigitsAndBareNamesAreNot(_ value: String) {
        #expect(!CodeName.isPrefixedName(Array(value.utf8)), "\(value)")
    }

    @Test func stripesRuleLeavesAFlagNamedAfterTheKey() throws {
        let matcher = Matcher(try CompiledRules(try Scanner.loadRules(extra: []).filter { $0.id.hasPrefix("stripe.") }))
        #expect(matcher.secrets(in: "{\"key\": \"sk_live_keyRotationReminderEnabled\", \"on\": false}\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "Stripe.api_key = \"sk_live_UsHv5UulWRYOxMgGIhdOFdla\"\n", at: nil) == ["sk_live_UsHv5UulWRYOxMgGIhdOFdla"])
    }
}
