import Testing
@testable import DredgeKit

/// What the look-alikes copied from public files in round 30 (blind30b) taught: values a scrubber wrote, and the
/// reference syntaxes of Grafana's and Caddy's configuration, stand in for a secret under every rule.
@Suite struct ApplicationRound30Tests {
    @Test func aScrubbersMarkerIsNoSecret() {
        for value in ["[Filtered]", "[masked]", "[HIDDEN]", "[removed]", "[scrubbed]"] {
            #expect(PlaceholderFilter.isStandIn(Array(value.utf8)), "\(value)")
        }
        #expect(!PlaceholderFilter.isPlaceholder(Array("[Fq7x2Lm9]".utf8)))
        let matcher = Matcher(ProviderPrefixesTests.compiled)
        #expect(matcher.secrets(in: "{\"user\": {\"password\": \"[Filtered]\", \"api_key\": \"[Filtered]\"}}\n", at: "events/sentry.json").isEmpty)
    }

    @Test func grafanasAndCaddysReferencesAreNoSecrets() {
        let matcher = Matcher(ProviderPrefixesTests.compiled)
        #expect(matcher.secrets(in: "[security]\nsecret_key = $__file{/run/secrets/grafana_secret_key}\n", at: "conf/grafana.ini").isEmpty)
        #expect(matcher.secrets(in: "[database]\npassword = $__env{GF_DB_PASSWORD}\n", at: "conf/grafana.ini").isEmpty)
        #expect(matcher.secrets(in: "smtp {\n\tpassword {env.SMTP_PASSWORD}\n}\n", at: "Caddyfile").isEmpty)
        let password = "Vq8rT2mLx9Kw4Zn"
        #expect(matcher.secrets(in: "[database]\npassword = \(password)\n", at: "conf/grafana.ini") == [password])
    }

    /// python-social-auth's `SOCIAL_AUTH_<BACKEND>_KEY` is the OAuth client id; its `_SECRET` is the secret.
    @Test func aSocialAuthBackendsKeyIsItsClientID() {
        let matcher = Matcher(ProviderPrefixesTests.compiled)
        let id = "8c1d2f0e9b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d", secret = "b406117bf98898e0ffe1b1757e64f76a3c439bea"
        #expect(matcher.secrets(in: "SOCIAL_AUTH_GITLAB_KEY = \"\(id)\"\n", at: "app/settings.py").isEmpty)
        #expect(matcher.secrets(in: "SOCIAL_AUTH_GITLAB_SECRET = \"\(secret)\"\n", at: "app/settings.py") == [secret])
        #expect(PublicName.says("SOCIAL_AUTH_GITHUB_KEY") && !PublicName.says("SOCIAL_AUTH_GITHUB_SECRET") && !PublicName.says("SOCIAL_AUTH_KEY"))
    }

    /// A password in a doc comment's example (a PHP controller's API annotation) is documentation: low, as in a test.
    @Test func aDocCommentsExampleIsJudgedAsATests() throws {
        let matcher = Matcher(ProviderPrefixesTests.compiled)
        func declared(_ text: String) -> [Bool] {
            matcher.matches(in: Array(text.utf8)).matches.map { $0.validation[TestDeclaration.detail] == "true" }
        }
        #expect(declared("    /**\n     * @Request({\"email\": \"e@mail.com\", \"password\": \"soopersecret\"})\n     */\n") == [true])
        #expect(declared("/// let client = Client::new(\"Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6Fg1Js0Ty\");\n").allSatisfy { $0 })
        #expect(declared("$config = ['password' => 'soopersecret'];\n") == [false])
        // only the line's start tells a comment: a `* ` far into a long line of code is a product
        let key = "; $config = ['password' => '"
        let reach = "* " + String(repeating: "f", count: TestDeclaration.reach - 2 - key.utf8.count) + key
        #expect(declared("$total = $price " + reach + "soopersecret'];\n") == [false])
        #expect(TestDeclaration.isDocComment("   * ") && !TestDeclaration.isDocComment("$a = 2 * ") && !TestDeclaration.isDocComment("**bold**"))
    }
}
