@testable import DredgeKit
import Testing

/// Read on blind round 20's nine application repositories (babybuddy, CTFd, huginn, SimplCommerce, miniflux,
/// Open Food Facts' smooth-app, CCOSTAN's Home Assistant configuration, documenso, halo): each false class here was at
/// high or medium there; beside each, the shape that must still be found.
@Suite struct ApplicationRound20Tests {
    static let rules = try! PatternPackLoader.builtin().flatMap(\.rules)

    /// Django's test modules split by subject (`api/tests_food.py`) are tests: a weak password there is low; a module
    /// whose name only starts with the letters (`testsuite_config.py`, `contests.py`) keeps its confidence.
    @Test func djangoTestModulesSplitBySubjectAreTests() throws {
        let weak = try #require(Self.rules.first { $0.id == "weak.password-setting" })
        for path in ["api/tests_food.py", "babybuddy/tests_commands.py"] {
            #expect(ConfidenceScore.score(rule: weak, validation: .unchecked, paths: [path]) == .low, "\(path)")
        }
        for path in ["api/contests_food.py", "settings/testsuite_config.py", "babybuddy/settings/base.py"] {
            #expect(ConfidenceScore.score(rule: weak, validation: .unchecked, paths: [path]) == weak.confidence, "\(path)")
        }
    }

    /// Packages pip installed into a Home Assistant configuration (`deps/sqlalchemy/…`, a wheel's `.dist-info/`) are
    /// third-party code, and `travis_secrets.yaml` is the stand-in secrets file its CI check loads: what names no
    /// provider there is low. The configuration's own files keep their confidence.
    @Test func installedPackagesAndACIStandInSecretsFile() throws {
        let password = try #require(Self.rules.first { $0.id == "password.bare-assignment" })
        let weak = try #require(Self.rules.first { $0.id == "weak.password-setting" })
        for path in ["deps/sqlalchemy/dialects/mysql/base.py", "deps/python_nest-2.10.0.dist-info/METADATA",
                     "lib/pkg.egg-info/PKG-INFO", "src/App.WebHost/wwwroot/lib/angular/angular.js", "travis_secrets.yaml", "config/travis_secrets.yaml", "ci_secrets.yaml"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == .low, "\(path)")
            #expect(ConfidenceScore.score(rule: weak, validation: .unchecked, paths: [path]) == .low, "\(path)")
        }
        for path in ["configuration.yaml", "config/secrets.yaml", "config/packages/deps.yaml", "dependencies/app.py"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == password.confidence, "\(path)")
        }
    }

    /// Devise's `RESET_PASSWORD_WITHIN=6.hours` in huginn's `.env` is how long a reset link lives, and
    /// `SMTP_PASSWORD=somepassword` its template's stand-in: neither is a secret. The password beside them is one.
    @Test func aResetWindowAndSomepasswordAreNoSecrets() {
        let text = "RESET_PASSWORD_WITHIN=6.hours\nSMTP_PASSWORD=somepassword\nDATABASE_PASSWORD=Vq7mRz2Lx9\n"
        let entries = Array(text.utf8).withUnsafeBytes { bytes in
            DotEnvParser.entries(in: bytes).filter { !PlaceholderFilter.isPlaceholder(Array(text.utf8)[$0.value]) }.map(\.key)
        }
        #expect(entries == ["DATABASE_PASSWORD"])
        #expect(DescribingName.describes("RESET_PASSWORD_WITHIN"))
        #expect(!DescribingName.describes("PASSWORD_WITHIN_REACH_TOKEN"))
        #expect(PlaceholderFilter.isStandIn(Array("somepassword".utf8)))
        #expect(!PlaceholderFilter.isStandIn(Array("somepassword42!".utf8)))
    }

    /// A blog's or a docs site's `.mdx` page is documentation: a database URL with `typeinastrongpassword` in a
    /// deployment guide is low there, as in a README; the same URL in the app's `.env` keeps its confidence.
    @Test func mdxPagesAreDocuments() throws {
        let url = try #require(Self.rules.first { $0.id == "postgres.uri-password" })
        let weak = try #require(Self.rules.first { $0.id == "weak.password-setting" })
        let page = "apps/marketing/content/blog/deploy-with-vercel-supabase-resend.mdx"
        #expect(ConfidenceScore.score(rule: url, validation: .unchecked, paths: [page]) == .low)
        #expect(ConfidenceScore.score(rule: weak, validation: .unchecked, paths: ["apps/docs/pages/self-hosting.mdx"]) == .low)
        #expect(ConfidenceScore.score(rule: url, validation: .unchecked, paths: [page, "apps/web/.env"]) == url.confidence)
    }

    /// A key-value table's `Key` column (SimplCommerce's `Localization_Resource` and `Core_AppSetting` seed scripts)
    /// holds resource and setting names: `Products`, `Global.AssetVersion`, `Tax_IsProductPriceIncludedTax`,
    /// `products`. A licence key under a key column is still read.
    @Test func resourceAndSettingNamesUnderAKeyColumn() {
        let sql = "INSERT INTO \"Localization_Resource\" (\"CultureId\", \"Key\", \"Value\") VALUES (1, 'Products', 'Sản phẩm');\n"
            + "INSERT INTO \"Core_AppSetting\" (\"Id\", \"Key\", \"Value\") VALUES (2, 'Global.AssetVersion', '1.0');\n"
            + "INSERT INTO \"Core_AppSetting\" (\"Id\", \"Key\", \"Value\") VALUES (10, 'Tax_IsProductPriceIncludedTax', 'true');\n"
            + "INSERT INTO \"Localization_Resource\" (\"CultureId\", \"Key\", \"Value\") VALUES (1, 'products', 'produits');\n"
            + "INSERT INTO licences (product, licence_key) VALUES ('pro', 'Wq5Zx8Lm2NHq2Vw9');\n"
        let values = Array(sql.utf8).withUnsafeBytes { raw in
            TableParser.entries(in: raw, path: "src/Database/StaticData.sql").map { String(decoding: raw[$0.value], as: UTF8.self) }
        }
        #expect(values == ["Wq5Zx8Lm2NHq2Vw9"])
    }
}
