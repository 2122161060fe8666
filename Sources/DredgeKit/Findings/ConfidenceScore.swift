/// A finding's confidence: the rule's, raised by a passing offline check, lowered by a failing one, by a documented
/// example value, by a token a development server on localhost issued or one whose `exp` has passed (a Postman
/// collection's bearer token from 2018 opens nothing now; the key that signed it is not in it), by a connection string
/// whose host is a documentation domain (`DocumentationHost`), or when every place it lives is a test,
/// fixture, benchmark, example or third-party path (inside an archive, the member's path:
/// `release.tar.gz!curl/tests/certs/server.key` is a test's key). Path context never lowers a
/// high-confidence provider token whose value carries its provider's prefix: a live token in a test file is still a
/// live token. A provider's value with no prefix (a framework's 64-hex secret key) is known by its name alone, and a
/// test's copy of it (git's test wiki's `$wgSecretKey`) is a fixture: one step lower there.
/// Everything that has no provider to tell a fixture from a leak (private keys, passwords and their hashes,
/// connection strings, weak passwords, committed credential files, data stores, format-wide tokens like JWTs) drops
/// to low there and in documentation: read on real code (git's t/ and its `test.netrc`, curl's tests/certs and
/// netrc test inputs, Swift packages' Tests/ and Benchmarks/), not one in a hundred of them was anyone's secret.
/// Cucumber's `step_definitions/` are tests, and a fake-data task (lobsters' `lib/tasks/fake_data.rake`) makes
/// fixtures. So are a `testing/` tree, a test class named as xUnit, JUnit and XCTest name theirs
/// (`IdentityServiceTests.cs`, `OwnerControllerTest.java`) and a `.env.test`. Translation catalogues hold labels, as
/// documents do. A weak default in continuous-integration configuration is a test run's throwaway service password.
/// A value whose own declaration names it a test's (`const TEST_FAKE_RSA_KEY_0`, a key opened inside `fn test_…`:
/// `TestDeclaration`) is judged as one under a test path, wherever it lives.
enum ConfidenceScore {
    static let testPathMarkers = ["test/", "tests/", "spec/", "specs/", "fixture", "testdata/", "__tests__/", "example",
                                  "sample", "mock", "/docs/", "doc/", "/t/", "vectors/", "benchmark", "tester/",
                                  "snippets/", "/seed", "populatedb", "step_definitions/", "fake", "/testing/",
                                  // an end-to-end suite's tree (Cypress', Playwright's `e2e/`; maybe's `apps/e2e/src/support/`)
                                  "/e2e/",
                                  // stubs a CI check loads in place of the real files (a Home Assistant configuration's
                                  // `.stubs/secrets.yaml`, read by its config check; frenck/home-assistant-config)
                                  "stubs/",
                                  // Cypress' tree (`cypress/`; its configuration is a test file, below)
                                  "/cypress/",
                                  // Laravel's model factories, which make fake models for tests and seeders (LinkAce's
                                  // `database/factories/UserFactory.php`: the bcrypt of `secret`), blind21c
                                  "database/factories/",
                                  // a Vagrant machine's settings: a developer's local VM, provisioned with throwaway
                                  // passwords (jenkins-infra's `hieradata/vagrant/common.yaml`), blind28c
                                  "/vagrant/",
                                  // Kong's Pongo, which starts the services a plugin's tests need from `.pongo/` (its
                                  // keystores and users), blind29c
                                  "/.pongo/",
                                  // what a Playwright run leaves (its traces hold the pages' requests: a test user's
                                  // JWT, a recorded browser key; guardian/support-frontend), blind30j
                                  "test-results/", "playwright-report/",
                                  // Ansible Molecule's scenarios, which converge a role on a throwaway instance to test it
                                  // (`roles/frigate/molecule/default/molecule.yml`), blind31e
                                  "/molecule/"]
    /// The seed scripts a framework runs against a fresh development database (Spring Boot's `data.sql`, Hibernate's
    /// `import.sql`, kept under `resources/`): a sample app's rows, like a fixture.
    static let seedScripts = ["/data.sql", "/import.sql"]
    /// Third-party code kept in the repository (Go's `vendor/`, npm's `node_modules/`, Yarn's zipped cache, Bower's
    /// components): its keys and passwords are its authors' fixtures and examples (lazystream's test PGP key, lib/pq's
    /// `password=with spaces` in doc.go), not this repository's secrets.
    static let thirdPartyMarkers = ["/vendor/", "node_modules/", "bower_components/", "/third_party/", "/third-party/",
                                    "/.yarn/cache/", "site-packages/",
                                    // PHP's and C++'s name for it (wallabag's `inc/3rdparty/`, Nextcloud's `3rdparty/`)
                                    "/3rdparty/",
                                    // a packaged gem's member (`vendor/cache/rack-1.2.2.gem!data.tar.gz!test/spec_thin.rb`)
                                    ".gem!",
                                    // packages pip installed into the tree (`pip install --target deps`: a Home Assistant
                                    // configuration's `deps/sqlalchemy/…`, `deps/python_nest-2.10.0.dist-info/`; Mix's
                                    // `deps/`), blind20c
                                    "/deps/", ".dist-info/", ".egg-info/",
                                    // client libraries LibMan or Bower restore into an ASP.NET app (SimplCommerce's
                                    // `wwwroot/lib/angular/angular.js`), blind20c
                                    "/wwwroot/lib/",
                                    // the licence list a bundle ships for the packages in it (JupyterLab's
                                    // `static/third-party-licenses.json` in a committed environment: the packages'
                                    // authors and their addresses, no one's records), blind23c
                                    "/third-party-licenses.", "/third_party_licenses.",
                                    // an editor's or a browser's installed extensions in a dotfiles repository (VS Code's
                                    // `.vscode-insiders/extensions/…`, the libraries they vendor as `_vendored/`, a
                                    // Chrome profile's `Default/Extensions/<id>/`), blind31e
                                    "/.vscode/extensions/", "/.vscode-insiders/extensions/", "/.vscode-server/extensions/",
                                    "/_vendored/", "/default/extensions/",
                                    // Sorbet's and RBS' signatures of installed gems, copied with the gems' doc comments
                                    // (identity-idp's `sorbet/rbi/gems/activemodel@7.2.1.1.rbi`: `user.password = "vr00m"`), blind31d
                                    "/sorbet/rbi/gems/", "/.gem_rbs_collection/",
                                    // Godep's copies of the packages a Go program builds with (woodpecker's
                                    // `Godeps/_workspace/src/github.com/lib/pq/certs/server.key`), blind31h
                                    "/godeps/_workspace/"]
    /// A file named as a test's own: `test.netrc`, `test_auth.py`, `auth_test.go`, `login.spec.ts`, `lib-test.sh`, and
    /// the test environment's settings (`.env.test`, Laravel's `.env.testing`).
    /// Behat's configuration (`behat.yml`, `behat.yml.dist`) sets up the acceptance suite's users, as a test does.
    static let testFileMarkers = ["/test.", "/test_", "/test-", "_test.", ".test.", "-test.", "_spec.", ".spec.", "/.env.test",
                                  "/behat.",
                                  // pytest's fixtures file (`conftest.py`: udata's `'AWS_SECRET_ACCESS_KEY': 'test-secret'`),
                                  // blind31d
                                  "/conftest.",
                                  // Playwright's and Jest's `globalSetup` file, which logs the suite's user in (Kavita's
                                  // `UI/Web/global-setup.ts`)
                                  "/global-setup.",
                                  // Django's test module (`tests.py`, taiga-back's `taiga/auth/tests.py`), test settings
                                  // (`settings/testing.py`) and a script running the tests (`bin/run-ci-tests.bash`)
                                  "/tests.", "/testing.", "-tests.", "_tests.",
                                  // Cypress' configuration (`cypress.config.ts`: umami's suite user)
                                  "/cypress.config.", "/cypress.json",
                                  // the stand-in secrets file a Home Assistant configuration's CI check loads in place
                                  // of `secrets.yaml` (CCOSTAN's `travis_secrets.yaml`), blind20c
                                  "travis_secrets.", "ci_secrets.",
                                  // Django's test modules split by subject (babybuddy's `api/tests_food.py`, blind20c)
                                  "/tests_",
                                  // varlock's committed schema of a `.env` (`.env.schema`, which replaces `.env.example`;
                                  // epic-stack's stand-in defaults), an example file, blind21c
                                  "/.env.schema",
                                  // the environment a CI service's test run loads (akaunting's `.env.travis`:
                                  // `APP_ENV=testing` and the suite's Laravel key), as `.env.testing` is, blind23c
                                  "/.env.travis", "/.env.ci",
                                  // Laravel Dusk's browser-test environment (`.env.dusk.local`: pterodactyl's panel), blind30d
                                  "/.env.dusk"]
    /// Documentation: a default password or a key in a README shows how to call an API.
    static let documentSuffixes = [".md", ".markdown", ".rst", ".adoc", ".txt",
                                   // Markdown with components: a docs site's or a blog's pages (documenso's
                                   // `content/blog/…/deploy-with-vercel-supabase-resend.mdx`), blind20c
                                   ".mdx"]
    /// Translation catalogues: under a `password` key they hold the word in each language (lemmy's
    /// `ui/translations/ka.json`, `ui/src/translations/eo.ts`: `password: 'Pasvorto'`), a label like a document's.
    static let catalogueDirectories = ["/translations/", "/locales/", "/locale/", "/i18n/", "/l10n/", "/lang/",
                                       // Kavita's `UI/Web/src/assets/langs/ga.json`
                                       "/langs/",
                                       // react-intl's messages and country names (umami's `public/intl/messages/`, `public/intl/country/`)
                                       "/intl/",
                                       // Apple's bundles of one language (mastodon-ios' `gd-GB.lproj/Localizable.strings`,
                                       // `Localization/StringsConvertor/input/eu.lproj/app.json`: `"password": "Pasahitza"`,
                                       // and its converter's `Localization/StringsConvertor/input/gd_GB/app.json`), blind21c
                                       ".lproj/", "/localization/",
                                       // CodeIgniter 4's language files (opensourcepos' `app/Language/nl-BE/Employees.php`:
                                       // `$lang['employees_password'] = 'Paswoord';`), blind31d
                                       "/language/"]
    /// Message files of one language by their type: Inno Setup's (`Icelandic.isl`: `WizardPassword=Aðgangsorð`) and
    /// gettext's catalogues.
    static let catalogueSuffixes = [".isl", ".po"]
    /// Continuous-integration configuration: a default password there (`POSTGRES_PASSWORD: postgres` for a workflow's
    /// service container, healthchecks' and kanboard's `.github/workflows/`) is the throwaway database the test run
    /// starts and drops, like a test's. Only weak defaults: a chosen password in a workflow may be a deployment's.
    static let ciConfigMarkers = ["/.github/workflows/", "/.gitlab-ci.yml", "/.travis.yml", "/.circleci/", "/.drone.yml",
                                  "/.woodpecker.yml", "/.woodpecker/", "/bitbucket-pipelines.yml", "/azure-pipelines.yml",
                                  "/.buildkite/", "/appveyor.yml", "/.appveyor.yml",
                                  // the scripts, settings and actions a workflow runs from beside it (Frappe apps'
                                  // `.github/helper/install.sh` and `site_config.json`: hrms' CI site, blind21c); not
                                  // the rest of `.github/` (`dependabot.yml`'s registries log in to private ones)
                                  "/.github/helper/", "/.github/scripts/", "/.github/actions/",
                                  // Drone's pipelines written in Jsonnet or Starlark instead of YAML (Plume's
                                  // `.drone.jsonnet` starts its test database, blind22c)
                                  "/.drone.jsonnet", "/.drone.star"]

    static func score(rule: Rule, validation: Validation, paths: [String]) -> Confidence {
        if validation.verdict == .invalid || validation["documented_example"] == "true" || validation["local_issuer"] == "true"
            || validation["expired"] == "true" || validation[DocumentationHost.detail] == "true" {
            return .low
        }
        // A data store whose every address is at a reserved domain and every number in a fictional range (a sample
        // app's seed rows: petclinic's owners at `608 555-xxxx`) is test data wherever it lives.
        // So is one whose every address was read inside running text (a corpus of forum threads or papers).
        if rule.kind == .pii, validation["test_data"] == "true" || validation["document_text"] == "true" { return .low }
        // A passing check raises a credential to high; where it names no provider (a JWT's structure), the path
        // still says whose it is.
        let checked = validation.verdict == .valid && rule.kind != .weakCredential ? Confidence.high : rule.confidence
        guard !paths.isEmpty else { return checked }
        // A value its own declaration names a test's (`TestDeclaration`) is judged as if it lived under a test path.
        let declaredTest = validation[TestDeclaration.detail] == "true"
        let inTests = paths.map { path in
            declaredTest || isTestPath("/" + path.lowercased()) || isTestClass(path) || (rule.kind == .weakCredential && isCIConfig("/" + path.lowercased()))
        }
        // A format-wide credential rule (a JWT, a URL's password) names no provider either.
        if rule.kind != .credential || rule.specificity == 0 {
            return zip(paths, inTests).allSatisfy { $1 || isDocument($0.lowercased()) || isCatalogue("/" + $0.lowercased()) } ? .low : checked
        }
        // A provider's token that its format alone does not make certain: one step lower where tests keep theirs.
        if checked < .high || !carriesItsPrefix(rule), inTests.allSatisfy({ $0 }) {
            return Confidence.allCases[max(0, Confidence.allCases.firstIndex(of: checked)! - 1)]
        }
        return checked
    }

    /// Whether every example's secret begins with one of the rule's keywords of three bytes or more (`ghp_`, `xoxb-`,
    /// `AKIA`): the value itself says whose it is.
    static func carriesItsPrefix(_ rule: Rule) -> Bool {
        let secrets = rule.examples.compactMap { $0.secret?.lowercased() }
        let prefixes = rule.keywords.map { $0.lowercased() }.filter { $0.utf8.count >= 3 }
        return !secrets.isEmpty && secrets.allSatisfy { secret in prefixes.contains { secret.hasPrefix($0) } }
    }

    /// `path` lowercased with a leading slash.
    static func isTestPath(_ path: String) -> Bool {
        testPathMarkers.contains { path.contains($0) } || thirdPartyMarkers.contains { path.contains($0) } || isInstalledGem(path)
            || (path.contains("/resources/") && seedScripts.contains { path.hasSuffix($0) })
            // a Helm chart's test installs, which chart-testing reads from its `ci/` (`charts/app/ci/default-values.yaml`)
            || (path.contains("/ci/") && (path.hasSuffix("values.yaml") || path.hasSuffix("values.yml")))
            || testFileMarkers.contains { marker in path[(path.lastIndex(of: "/") ?? path.startIndex)...].contains(marker) }
            || isTestDirectory(path) || isTestSetupScript(path)
    }

    /// A directory named as a test module's (`test_support/`, `tests_integration/`): Python's packages of tests and
    /// their helpers take the test file's own `test_` prefix, which `testPathMarkers` (`test/`, `tests/`) cannot see.
    /// So is a .NET test project's (`BTCPayServer.Tests/`, `Shop.UnitTests/`, `Api.IntegrationTests/`): the solution's
    /// project named for what it tests, a dot before its kind (blind31h).
    /// So is a package of test helpers (Go's `internal/testutil/`, owncloud-android's `owncloudTestUtil/`), blind32e.
    static func isTestDirectory(_ path: String) -> Bool {
        path.split(separator: "/").dropLast().contains { directory in
            directory.hasPrefix("test_") || directory.hasPrefix("tests_")
                || [".tests", ".unittests", ".integrationtests", ".functionaltests", ".test", "testutil", "testutils",
                    "testhelpers"].contains { directory.hasSuffix($0) }
        }
    }

    /// A script that sets a test's database up (coturn's `turndb/testmongosetup.sh`, `testsqldbsetup.sql`): its name
    /// opens on test and ends on setup, blind32e.
    static func isTestSetupScript(_ path: String) -> Bool {
        let name = fileName(path)
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return false }
        let stem = name[..<dot]
        return stem.hasPrefix("test") && stem.hasSuffix("setup")
    }

    /// A source file named for the class it tests: its name's last word, capitalised, is `Test` or `Tests`
    /// (`IdentityServiceTests.cs`, `OwnerControllerTest.java`, `LoginTests.swift`), or `Spec` or `Specs` as ScalaTest,
    /// Spock and Kotest name theirs (`LoginCSRFIntegrationSpec.scala`); `Latest.java`, `Contest.kt` and `Inspec.scala` are not.
    static func isTestClass(_ path: String) -> Bool {
        let name = fileName(path)
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return false }
        var stem = name[..<dot]
        if stem.hasSuffix("s") { stem = stem.dropLast() }
        guard let word = ["Test", "Spec"].first(where: { stem.hasSuffix($0) }), let before = stem.dropLast(word.count).last else { return false }
        return before.isLowercase || before.isNumber
    }

    /// Gems Bundler or RubyGems installed into the repository, under whatever directory `bundle install --path` was
    /// given (upcase's `nokogiri/ruby/1.8/gems/rails-2.3.8/…` and `rake/ruby/1.8/cache/…`): `/ruby/<version>/` before
    /// `gems/` or `cache/`.
    static func isInstalledGem(_ path: String) -> Bool {
        guard let ruby = path.range(of: "/ruby/"), path[ruby.upperBound...].first?.isNumber == true else { return false }
        let rest = path[ruby.upperBound...].drop { $0 != "/" }
        return rest.hasPrefix("/gems/") || rest.hasPrefix("/cache/")
    }

    /// Whether `path` (lowercased, with a leading slash) is continuous-integration configuration.
    static func isCIConfig(_ path: String) -> Bool { ciConfigMarkers.contains { path.contains($0) } }

    static func isCatalogue(_ path: String) -> Bool {
        catalogueDirectories.contains { path.contains($0) } || catalogueSuffixes.contains { path.hasSuffix($0) }
            || isMessageBundle(fileName(path))
    }

    /// Java's resource bundle of one locale (`messages_ru.properties`, DSpace's `Messages_de.properties`) and the
    /// catalogue vue-i18n's generator writes (Monica's `vue-i18n-locales.generated.js`), blind32d. `path` lowercased.
    private static func isMessageBundle(_ name: Substring) -> Bool {
        (name.hasPrefix("messages_") && name.hasSuffix(".properties")) || name.hasSuffix("locales.generated.js")
    }

    /// The last component of `path`.
    private static func fileName(_ path: String) -> Substring {
        path[(path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex)...]
    }

    /// `path` lowercased. A build's own files that are named `.txt` are configuration, not documents: CMake's
    /// `CMakeLists.txt` (`set(WIFI_PASS "…" CACHE STRING …)`, blind29f) and pip's `requirements*.txt` (an index URL's token).
    static func isDocument(_ path: String) -> Bool {
        let name = fileName(path)
        if name == "cmakelists.txt" || (name.hasPrefix("requirements") && name.hasSuffix(".txt")) { return false }
        return documentSuffixes.contains { path.hasSuffix($0) }
    }
}
