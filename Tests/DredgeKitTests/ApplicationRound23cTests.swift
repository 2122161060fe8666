@testable import DredgeKit
import Foundation
import Testing
import TestSupport

/// Read on blind round 23's (blind23c) nine application repositories (akaunting, atuin, changelog.com, a Flutter and
/// Firebase starter, godot-open-rpg, mlops-zoomcamp, the OpenTelemetry demo, paas-cf, wp-rocket): each false class
/// here was at high or medium there; beside each, the shape that must still be found.
@Suite struct ApplicationRound23cTests {
    static let rules = try! PatternPackLoader.builtin().flatMap(\.rules)

    static func rule(_ id: String) throws -> Rule {
        try #require(rules.first { $0.id == id })
    }

    /// Laravel's validation rules under a `password` key, alone or cut where code joins on more of them:
    /// `'password' => 'confirmed'`, `'required_if:change_password,true' . $rule`, `$password = 'required|';`. A word
    /// a password may be, alone (`required`, `password`, `min`), or a rule's name with a value no rule takes, stays.
    @Test func laravelValidationRulesAloneAreRules() {
        for value in ["confirmed", "nullable", "required_if:change_password,true", "required_with:new_password", "min:8",
                      "required|", "required|confirmed|"] {
            #expect(PlaceholderFilter.isReference(Array(value.utf8)), "\(value)")
        }
        for value in ["required", "password", "min", "secret:Kq7Lm2Xv9Tz4", "password:hunter2", "|", "Zq8Lm2|", "confirmed2024"] {
            #expect(!PlaceholderFilter.isSchemaWords(Array(value.utf8)), "\(value)")
        }
    }

    /// The environment a CI service's test run loads (`.env.travis`, `.env.ci`) is a test's, as `.env.testing` is: its
    /// committed file and its framework key are low; a provider's prefixed token keeps its confidence there.
    @Test func ciEnvironmentFilesAreTests() throws {
        let committed = try Self.rule("env-file.committed")
        let github = try Self.rule("github.personal-access-token")
        for path in [".env.travis", "app/.env.ci"] {
            #expect(ConfidenceScore.score(rule: committed, validation: .unchecked, paths: [path]) == .low, "\(path)")
            #expect(ConfidenceScore.score(rule: github, validation: .unchecked, paths: [path]) == github.confidence, "\(path)")
        }
        #expect(ConfidenceScore.score(rule: committed, validation: .unchecked, paths: [".env.production"]) == committed.confidence)
        #expect(ConfidenceScore.score(rule: committed, validation: .unchecked, paths: ["config/travis.env"]) == committed.confidence)
    }

    /// A connection string's password sent to a documentation domain (`@db.example.com`, `.invalid`) reached no
    /// server: a commit message's or a manual's sample, low. `localhost`, `.test` and real hosts keep the rule's.
    @Test func connectionStringsToDocumentationHostsAreLow() throws {
        let rule = try Self.rule("postgres.uri-password")
        func details(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            let at = bytes.firstIndex(of: UInt8(ascii: "@"))!
            return bytes.withUnsafeBytes { DocumentationHost.follows(at, in: $0) }
        }
        #expect(details("postgres://app:Kq7Lm2Xv9Tz4@db.example.com/app"))
        #expect(details("postgres://app:Kq7Lm2Xv9Tz4@EXAMPLE.ORG:5432/app"))
        #expect(details("mysql://root:Kq7Lm2Xv9Tz4@db.staging.invalid/app"))
        #expect(!details("postgres://app:Kq7Lm2Xv9Tz4@localhost/app"))
        #expect(!details("postgres://app:Kq7Lm2Xv9Tz4@db.shop.test/app"))
        #expect(!details("postgres://app:Kq7Lm2Xv9Tz4@example.com.evil.io/app"))
        #expect(!details("postgres://app:Kq7Lm2Xv9Tz4@myexample.com/app"))
        let documented = Validation(.unchecked, [(DocumentationHost.detail, "true")])
        #expect(ConfidenceScore.score(rule: rule, validation: documented, paths: ["config/prod.env"]) == .low)
        #expect(ConfidenceScore.score(rule: rule, validation: .unchecked, paths: ["config/prod.env"]) == rule.confidence)
    }

    /// The licence list a bundle ships for its packages (`static/third-party-licenses.json`: each package's author
    /// and address) is third-party content, no store of anyone's records: low. A store beside it keeps its confidence.
    @Test func bundledLicenceListsAreThirdParty() throws {
        let store = try Self.rule("pii.data-store")
        #expect(ConfidenceScore.score(rule: store, validation: .unchecked,
                                      paths: ["env/share/jupyter/lab/static/third-party-licenses.json"]) == .low)
        #expect(ConfidenceScore.score(rule: store, validation: .unchecked, paths: ["exports/customers.json"]) == store.confidence)
    }

    /// BOSH's and Concourse's credential variables (`((secrets_nats_password))`, `((uaa_jwt_signing_key.private_key))`)
    /// are filled in at deploy time: references. A password that only opens with parentheses stays.
    @Test func credentialVariablesAreReferences() {
        for value in ["((secrets_nats_password))", "((uaa_jwt_signing_key.private_key))", "((vault:db.password))"] {
            #expect(PlaceholderFilter.isReference(Array(value.utf8)), "\(value)")
        }
        for value in ["((Kq7Lm2Xv9Tz4", "((x))Kq7Lm2", "((a b))", "((9k!Lm2Xv9))", "(Kq7Lm2Xv9Tz4)"] {
            #expect(!PlaceholderFilter.isCredentialInterpolation(Array(value.utf8)), "\(value)")
        }
    }

    /// A service's container image (`VALKEY_IMAGE=valkey/valkey:8.1-alpine`: Valkey's name holds the word key) is a
    /// repository and a tag; a key's own setting keeps its value.
    @Test func containerImagesDescribe() {
        #expect(DescribingName.describes("VALKEY_IMAGE"))
        #expect(DescribingName.describes("apiKeyImage"))
        #expect(!DescribingName.describes("IMAGE_API_KEY"))
    }
}
