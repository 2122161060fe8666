@testable import DredgeKit
import Testing

/// Where a finding lives lowers its confidence only as far as the value leaves room: a token that carries its
/// provider's prefix is live wherever it is, while a provider's value known by its name alone is a fixture in a test.
@Suite struct ConfidenceScoreTests {
    static let rules = Dictionary(try! PatternPackLoader.builtin().flatMap(\.rules).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    @Test func aPrefixedTokenStaysHighInATestAndAnUnprefixedKeyDoesNot() throws {
        let github = try #require(Self.rules["github.personal-access-token"])
        let mediawiki = try #require(Self.rules["mediawiki.secret-key"])
        #expect(ConfidenceScore.carriesItsPrefix(github) && !ConfidenceScore.carriesItsPrefix(mediawiki))
        let test = ["contrib/mw-to-git/t/install-wiki/LocalSettings.php"]
        #expect(ConfidenceScore.score(rule: github, validation: .unchecked, paths: test) == .high)
        #expect(ConfidenceScore.score(rule: mediawiki, validation: .unchecked, paths: test) == .medium)
        #expect(ConfidenceScore.score(rule: mediawiki, validation: .unchecked, paths: ["wiki/LocalSettings.php"]) == .high)
        // One place outside the tests is a deployment's key.
        #expect(ConfidenceScore.score(rule: mediawiki, validation: .unchecked, paths: test + ["wiki/LocalSettings.php"]) == .high)
    }

    /// Third-party code kept in the repository holds its authors' fixtures: a private key or a password there is low,
    /// as in a test, while a prefixed token stays high and the repository's own file keeps the rule's confidence.
    @Test func thirdPartyCodeIsJudgedLikeATest() throws {
        let pgp = try #require(Self.rules["pgp.private-key-block"])
        let github = try #require(Self.rules["github.personal-access-token"])
        for path in ["resources/node_modules/lazystream/secret", "vendor/github.com/lib/pq/doc.go",
                     ".yarn/cache/axe-core-npm-4.7.2.zip!node_modules/axe-core/locales/ja.json"] {
            #expect(ConfidenceScore.score(rule: pgp, validation: .unchecked, paths: [path]) == .low, "\(path)")
            #expect(ConfidenceScore.score(rule: github, validation: .unchecked, paths: [path]) == .high, "\(path)")
        }
        #expect(ConfidenceScore.score(rule: pgp, validation: .unchecked, paths: ["deploy/signing.key"]) == pgp.confidence)
        #expect(ConfidenceScore.score(rule: pgp, validation: .unchecked, paths: ["src/vendors/signing.key"]) == pgp.confidence)
    }

    /// Cucumber's step definitions are tests and a fake-data task makes fixtures (lobsters' `features/step_definitions/`
    /// and `lib/tasks/fake_data.rake`): a password there is low; the application's own file keeps the rule's confidence.
    @Test func stepDefinitionsAndFakeDataAreTests() throws {
        let password = try #require(Self.rules["password.quoted-assignment"])
        for path in ["features/step_definitions/registration_steps.rb", "lib/tasks/fake_data.rake", "spec/support/fakes/mailer.rb"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == .low, "\(path)")
        }
        for path in ["app/models/user.rb", "features/flags.rb", "config/database.yml"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == password.confidence, "\(path)")
        }
    }

    /// Python names a package of tests as it names a test module (`test_support/`, `tests_integration/`): a password
    /// there is low; a directory whose name only begins with the letters (`testimonials/`, `contest_entries/`) keeps it.
    @Test func directoriesNamedAsTestModulesAreTests() throws {
        let password = try #require(Self.rules["password.quoted-assignment"])
        for path in ["app/test_support/users.py", "tests_integration/conftest.py"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == .low, "\(path)")
        }
        for path in ["testimonials/settings.py", "app/contest_entries/config.py", "attest_keys/config.py"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == password.confidence, "\(path)")
        }
    }

    /// Read on blind round 17's repositories: wallabag keeps a library under `inc/3rdparty/` and its acceptance users
    /// in `behat.yml`, maybe its Cypress suite under `apps/e2e/`. A password there is low; the app's own files keep theirs.
    @Test func e2eSuitesBehatAndThirdPartyDirectoriesAreTests() throws {
        let weak = try #require(Self.rules["weak.password-setting"])
        let password = try #require(Self.rules["password.quoted-assignment"])
        for path in ["inc/3rdparty/config.php", "behat.yml", "behat.yml.dist", "apps/e2e/src/support/e2e.ts"] {
            #expect(ConfidenceScore.score(rule: weak, validation: .unchecked, paths: [path]) == .low, "\(path)")
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == .low, "\(path)")
        }
        for path in ["inc/poche/Database.class.php", "config/behaviour.yml", "src/e2ee/keys.ts", "docker-compose.yml"] {
            #expect(ConfidenceScore.score(rule: weak, validation: .unchecked, paths: [path]) == weak.confidence, "\(path)")
        }
    }

    /// A Vagrant machine's settings provision a developer's local VM (jenkins-infra's `hieradata/vagrant/common.yaml`):
    /// a password there is low, a prefixed token stays high, and a file merely named for a vagrant is the app's own.
    @Test func aVagrantMachinesSettingsAreLikeATests() throws {
        let url = try #require(Self.rules["mysql.uri-password"])
        let github = try #require(Self.rules["github.personal-access-token"])
        #expect(ConfidenceScore.score(rule: url, validation: .unchecked, paths: ["hieradata/vagrant/common.yaml"]) == .low)
        #expect(ConfidenceScore.score(rule: github, validation: .unchecked, paths: ["hieradata/vagrant/common.yaml"]) == .high)
        #expect(ConfidenceScore.score(rule: url, validation: .unchecked, paths: ["hieradata/production.yaml"]) == url.confidence)
        #expect(ConfidenceScore.score(rule: url, validation: .unchecked, paths: ["src/vagrantly/db.yaml"]) == url.confidence)
    }

    /// xUnit, JUnit and XCTest name a test class `…Tests` or `…Test` (eShop's `testing/unit/…/IdentityServiceTests.cs`),
    /// ScalaTest and Spock `…Spec`; Kong's Pongo keeps its test services in `.pongo/`: a password there is low; a file whose name only ends in the letters (`Latest.java`, `contest.py`) is not a test.
    @Test func testClassesAndATestingTreeAreTests() throws {
        let password = try #require(Self.rules["password.quoted-assignment"])
        for path in ["src/Identity/IdentityServiceTests.cs", "src/main/OwnerControllerTest.java", "Sources/LoginTests.swift",
                     "testing/e2e/checkout.ts", ".env.test", "docker/.env.testing", ".env.dusk.local", "it/connectors/LoginCSRFIntegrationSpec.scala",
                     "src/test/groovy/AuthSpecs.groovy", "plugins-ee/kafka-log/.pongo/kafka/keystore/users.properties",
                     "support-frontend/test-results/checkout-chromium/trace.zip!0-trace.network", "charts/bors/ci/default-values.yaml"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == .low, "\(path)")
        }
        for path in ["src/Latest.java", "app/contest.py", "src/Attest.cs", "src/TestHarness/Login.cs", "src/LATEST.cs", ".env",
                     ".env.production", "app/compliance/Inspec.scala", "conf/pongo.yml", "charts/bors/values.yaml"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == password.confidence, "\(path)")
        }
    }

    /// A password in a document is low, but CMake's `CMakeLists.txt` and pip's `requirements.txt` are a build's
    /// configuration, named `.txt` (blind29f: `set(WIFI_PASS "…" CACHE STRING …)` in an ESP32 project's CMakeLists.txt).
    @Test func aBuildsTextNamedFilesAreNoDocuments() throws {
        let password = try #require(Self.rules["password.quoted-assignment"])
        #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: ["docs/notes.txt"]) == .low)
        #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: ["README.md"]) == .low)
        for path in ["esp32/CMakeLists.txt", "requirements.txt", "backend/requirements-prod.txt"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == password.confidence, "\(path)")
        }
    }

    /// A workflow's service container gets a default password (healthchecks' `.github/workflows/django.yml`:
    /// `POSTGRES_PASSWORD: postgres`): a weak default in CI configuration is low, as in a test; a chosen password there
    /// and a weak one in a compose file keep the rule's confidence.
    @Test func aWeakDefaultInCIConfigurationIsATestRuns() throws {
        let weak = try #require(Self.rules["weak.password-setting"])
        let password = try #require(Self.rules["password.bare-assignment"])
        for path in [".github/workflows/django.yml", ".gitlab-ci.yml", ".circleci/config.yml", "ci/.travis.yml"] {
            #expect(ConfidenceScore.score(rule: weak, validation: .unchecked, paths: [path]) == .low, "\(path)")
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == password.confidence, "\(path)")
        }
        for path in ["docker-compose.yml", "deploy/workflows/django.yml", ".github/dependabot.yml"] {
            #expect(ConfidenceScore.score(rule: weak, validation: .unchecked, paths: [path]) == weak.confidence, "\(path)")
        }
        #expect(ConfidenceScore.score(rule: weak, validation: .unchecked, paths: [".github/workflows/ci.yml", "docker-compose.yml"])
                == weak.confidence)
    }

    /// A translation catalogue gives a `password` key the word in its language (lemmy's `ui/translations/eo.ts`:
    /// `password: 'Pasvorto'`): low, as in a document; a provider's token there keeps its confidence.
    @Test func translationCataloguesHoldLabels() throws {
        let password = try #require(Self.rules["password.quoted-assignment"])
        let github = try #require(Self.rules["github.personal-access-token"])
        for path in ["ui/translations/ka.json", "ui/src/translations/eo.ts", "config/locales/de.yml", "resources/lang/fr/auth.php"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == .low, "\(path)")
            #expect(ConfidenceScore.score(rule: github, validation: .unchecked, paths: [path]) == .high, "\(path)")
        }
        #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: ["src/language.ts"]) == password.confidence)
    }

    /// A token whose `exp` has passed (a Postman collection's bearer token of 2018) opens nothing now: low, wherever it is.
    @Test func anExpiredTokenIsLow() throws {
        let jwt = try #require(Self.rules["jwt.signed-token"])
        let expired = Validation(.valid, [("alg", "HS512"), ("expired", "true")])
        let live = Validation(.valid, [("alg", "HS512"), ("expired", "false")])
        let forever = Validation(.valid, [("alg", "HS512"), ("expired", "never (no exp claim)")])
        #expect(ConfidenceScore.score(rule: jwt, validation: expired, paths: ["document/postman/admin.json"]) == .low)
        #expect(ConfidenceScore.score(rule: jwt, validation: live, paths: ["document/postman/admin.json"]) == .high)
        #expect(ConfidenceScore.score(rule: jwt, validation: forever, paths: ["config/service.yml"]) == .high)
    }
}
