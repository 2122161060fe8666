@testable import DredgeKit
import Foundation
import Testing
import TestSupport

/// Read on blind round 21's nine application repositories (epic-stack, Frappe HRMS, LinkAce, lldap, Mastodon for iOS,
/// papercups, Pixelorama, the Python Data Science Handbook, Red-DiscordBot): each false class here was at high or
/// medium there; beside each, the shape that must still be found.
@Suite struct ApplicationRound21Tests {
    static let rules = try! PatternPackLoader.builtin().flatMap(\.rules)

    static func rule(_ id: String) throws -> Rule {
        try #require(rules.first { $0.id == id })
    }

    /// Apple's bundles of one language (`gd-GB.lproj/Localizable.strings`, the strings converter's `eu.lproj/app.json`)
    /// translate the word: `"password": "Pasahitza"` there is a label. The app's own settings keep their confidence.
    @Test func appleLanguageBundlesAreCatalogues() throws {
        let password = try Self.rule("password.quoted-assignment")
        for path in ["Mastodon/Resources/gd-GB.lproj/Localizable.strings", "Localization/StringsConvertor/input/eu.lproj/app.json",
                     "Localization/StringsConvertor/input/gd_GB/app.json"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == .low, "\(path)")
        }
        for path in ["Mastodon/Config/app.json", "fastlane/Fastfile", "Resources/lproj.json"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == password.confidence, "\(path)")
        }
    }

    /// Laravel's model factories (`database/factories/UserFactory.php`) make fake users for tests and seeders: the
    /// bcrypt of `secret` there is low. varlock's `.env.schema` is the committed example of a `.env`.
    @Test func laravelFactoriesAndVarlockSchemasAreExamples() throws {
        let hash = try Self.rule("password-hash.crypt-assignment")
        let example = try Self.rule("env-file.example-with-values")
        #expect(ConfidenceScore.score(rule: hash, validation: .unchecked, paths: ["database/factories/UserFactory.php"]) == .low)
        #expect(ConfidenceScore.score(rule: example, validation: .unchecked, paths: [".env.schema"]) == .low)
        #expect(ConfidenceScore.score(rule: hash, validation: .unchecked, paths: ["app/Models/User.php"]) == hash.confidence)
        #expect(ConfidenceScore.score(rule: example, validation: .unchecked, paths: ["template.env"]) == example.confidence)
    }

    /// The scripts and settings a GitHub workflow runs from beside it (Frappe apps' `.github/helper/install.sh` and
    /// `site_config.json`) set up the CI run's throwaway database: a weak default there is low, as in the workflow.
    /// A chosen password there is not a weak default, and keeps its confidence.
    @Test func workflowHelpersAreCIConfiguration() throws {
        let weak = try Self.rule("weak.password-setting")
        let password = try Self.rule("password.quoted-assignment")
        for path in [".github/helper/site_config.json", ".github/helper/install.sh", ".github/actions/setup/action.yml"] {
            #expect(ConfidenceScore.score(rule: weak, validation: .unchecked, paths: [path]) == .low, "\(path)")
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == password.confidence, "\(path)")
        }
        for path in ["deploy/site_config.json", ".github/dependabot.yml"] {
            #expect(ConfidenceScore.score(rule: weak, validation: .unchecked, paths: [path]) == weak.confidence, "\(path)")
        }
    }

    /// A word between runs of asterisks is a mask a program prints (`postgres://user:***PASSWORD***@localhost`).
    @Test func starredMasksAreStandIns() {
        for value in ["***PASSWORD***", "****secret****", "***REDACTED***"] {
            #expect(PlaceholderFilter.isStandIn(Array(value.utf8)), "\(value)")
        }
        for value in ["***", "**bold**", "Kq7*mZ2x*", "***Kq7mZ2xW9", "pa**word"] {
            #expect(!PlaceholderFilter.isStandIn(Array(value.utf8)), "\(value)")
        }
    }

    /// Visual Studio's `.vs/slnx.sqlite` keeps .NET tick counts (18 digits from 63…) under `Timestamp` and
    /// `LastObserved`; one in ten passes Luhn behind a 6. Under a field naming a moment they are times, not cards; the
    /// same numbers under a card's name are cards.
    @Test func tickCountsUnderTimeFieldsAreNotCards() throws {
        let ticks = (0..<20).map { PersonalDataScannerTests.cardNumber(prefix: "637", length: 18, seed: $0) }
        for key in ["Timestamp", "LastObserved", "modified_time", "created_ticks"] {
            let records = ticks.map { [key: $0, "title": "Project \($0.suffix(3))"] }
            let data = try JSONSerialization.data(withJSONObject: ["data": records])
            #expect(data.withUnsafeBytes { PersonalDataScanner.analyze(path: "cache/entries.json", bytes: $0) } == nil, "\(key)")
        }
        let records = ticks.map { ["card_number": $0, "title": "Project \($0.suffix(3))"] }
        let data = try JSONSerialization.data(withJSONObject: ["data": records])
        let report = try #require(data.withUnsafeBytes { PersonalDataScanner.analyze(path: "data/payments.json", bytes: $0) })
        #expect(report.cards == ticks.count)
    }

    /// A Rust unit test module (`#[cfg(test)] mod tests`) may hold a value far below its `#[test]` line (lldap's
    /// `password: "bob00".to_string()` eight lines into `fn test_bind_user`): it is a test's. The same value above
    /// the module, in the code it tests, is not.
    @Test func valuesInsideARustTestModule() {
        let source = """
            pub fn connect() -> Client {
                Client::new("svc", "Vq7-Rt2zKp9xLm4v")
            }

            #[cfg(test)]
            mod tests {
                use super::*;

                #[tokio::test]
                async fn bind_user() {
                    let pool = pool().await;
                    insert_user(&pool, "bob", "bob00").await;
                    let handler = Handler::new(pool);
                    handler
                        .bind(BindRequest {
                            name: "bob".to_string(),
                            password: "Kq7mZ2xW9Lp".to_string(),
                        })
                        .await
                        .unwrap();
                }
            }
            """
        let bytes = Array(source.utf8)
        func offset(of needle: String) -> Int {
            let target = Array(needle.utf8)
            return (0...(bytes.count - target.count)).first { Array(bytes[$0..<($0 + target.count)]) == target }!
        }
        bytes.withUnsafeBytes { raw in
            #expect(TestDeclaration.declares(offset(of: "Kq7mZ2xW9Lp"), in: raw))
            #expect(!TestDeclaration.declares(offset(of: "Vq7-Rt2zKp9xLm4v"), in: raw))
        }
        // the words in a comment open no module
        let attribute = "// #[cfg(test)] mod tests holds the tests\nfn a() {}\nfn b() {}\nfn c() {}\nconst PASSWORD: &str = \"Kq7mZ2xW9Lp\";\n"
        Array(attribute.utf8).withUnsafeBytes { raw in
            #expect(!TestDeclaration.declares(attribute.utf8.count - 4, in: raw))
        }
    }

    /// The same template's ask in a template file and in the README that quotes it (lldap's
    /// `JWT_SECRET=REPLACE_WITH_RANDOM` in `lldap_config.docker_template.toml` and `README.md`) lives only in
    /// templates; in a compose file that runs it is a weak default still.
    @Test func anAskInATemplateAndTheDocumentQuotingIt() throws {
        let fixture = try GitFixture()
        try fixture.write("lldap_config.docker_template.toml", "jwt_secret = \"REPLACE_WITH_RANDOM\"\n")
        try fixture.write("README.md", "```yaml\n    environment:\n      - JWT_SECRET=REPLACE_WITH_RANDOM\n```\n")
        try fixture.write("docs/install.md", "      - JWT_SECRET=REPLACE_WITH_RANDOM\n")
        try fixture.write("deploy/docker-compose.yml", "services:\n  app:\n    environment:\n      - SESSION_SECRET=replace-with-random-words\n")
        try fixture.commit("Add templates")
        let findings = try fixture.scanWithBuiltinRules().findings
        let reported = Set(findings.map { $0.secret.reveal() })
        #expect(!reported.contains("REPLACE_WITH_RANDOM"), "\(findings.map { ($0.rule.id, $0.secret.reveal(), $0.confidence) })")
        #expect(reported.contains("replace-with-random-words"), "\(findings.map { ($0.rule.id, $0.secret.reveal()) })")
    }
}
