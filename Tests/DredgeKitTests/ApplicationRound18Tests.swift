@testable import DredgeKit
import Testing

/// Read on blind round 18's nine application repositories (taiga-back, flaskbb, piggymetrics, Kavita, umami, localsend,
/// frenck's Home Assistant configuration, MoJ's cloud platform, woocommerce-gateway-stripe): each false class here
/// was at high or medium there; beside each, the shape that must still be found.
@Suite struct ApplicationRound18Tests {
    static let rules = try! PatternPackLoader.builtin().flatMap(\.rules)

    /// Test suites, stubs and message files by their paths: a password there is low; the app's own files keep theirs.
    @Test func testSuitesStubsAndMessageFilesByTheirPaths() throws {
        let password = try #require(Self.rules.first { $0.id == "password.quoted-assignment" })
        let weak = try #require(Self.rules.first { $0.id == "weak.password-setting" })
        for path in [".stubs/secrets.yaml", "cypress/cypress.config.ts", "cypress.config.ts", "taiga/auth/tests.py",
                     "settings/testing.py", "bin/run-ci-tests.bash", "UI/Web/global-setup.ts", "UI/Web/src/assets/langs/ga.json",
                     "public/intl/messages/fo-FO.json", "public/intl/country/es-MX.json", "support/build/windows/inno/Icelandic.isl",
                     "locale/de/LC_MESSAGES/django.po"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == .low, "\(path)")
            #expect(ConfidenceScore.score(rule: weak, validation: .unchecked, paths: [path]) == .low, "\(path)")
        }
        for path in ["settings/common.py", "src/contests.py", "API/Services/AccountService.cs", "lib/internationalize.js",
                     "bin/docker-setup.sh", "settings/local.py", "src/global-settings.ts", "web/cypress.sh"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == password.confidence, "\(path)")
        }
    }

    /// `abcd-efgh-ijkl-mnop` (an Apple app-specific password written as the alphabet), `strong-password-here` and
    /// `mypassword` stand in for a value; a chosen password near those shapes is one.
    @Test func alphabetRunsGoesHereTextAndMypasswordAreStandIns() {
        for value in ["abcd-efgh-ijkl-mnop", "ABCD-EFGH-IJKL-MNOP", "1234 5678 90", "strong-password-here", "put_your_token_here",
                      "Secret Goes Here", "mypassword", "yourpassword"] {
            #expect(PlaceholderFilter.isStandIn(Array(value.utf8)), "\(value)")
        }
        for value in ["kqvz-mrtw-hxbn-pdle", "Kx7-here", "cheesehere", "hunter2-here", "abcd-9fgh", "my-Pa55word", "there-we-go"] {
            #expect(!PlaceholderFilter.isPlaceholder(Array(value.utf8)), "\(value)")
        }
    }

    /// Terraform's `auth0_rule_config` names a rule's setting with `key = "UPPER_SNAKE"`: under a section named for a
    /// provider that is the setting's name, not the provider's key. A key-shaped value in a provider's section is found.
    @Test func anUpperSnakeNameUnderAProvidersSectionIsNoKey() throws {
        let matcher = try Matcher(rules: Self.rules)
        let config = """
            resource "auth0_rule_config" "claim-domain" {
              key   = "K8S_OIDC_GROUP_CLAIM_DOMAIN"
              value = "https://k8s.shop.test/groups"
            }

            """
        #expect(matcher.secrets(in: config, at: nil).isEmpty)
        let mailgun = "{\n  \"Mailgun\": {\n    \"Key\": \"Tq4Vn7Lx2Rp9Wk3Hz6Mb8Jd1Fs5Gc0Ya\"\n  }\n}\n"
        #expect(matcher.secrets(in: mailgun, at: nil).contains("Tq4Vn7Lx2Rp9Wk3Hz6Mb8Jd1Fs5Gc0Ya"))
    }
}
