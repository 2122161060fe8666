import Testing
@testable import DredgeKit

/// What round 31 read in training applications, dotfiles and home-lab repositories (blind31a–e): where a pass-phrase
/// argument says its phrase comes from, the Docker images' documented defaults, and trees of tests and installed
/// extensions that only a path tells.
@Suite struct ApplicationRound31Tests {
    /// OpenSSL's `-passin env:…`, `file:…`, `fd:…` and apksigner's `--ks-pass pass:$VAR` name a source; `pass:` and a
    /// literal is the phrase itself.
    @Test func aPassPhraseSourceIsAReference() {
        for value in ["env:KEY_PASSPHRASE", "file:/run/secrets/signing", "fd:3", "pass:$KEY_STORE_PASSWORD", "pass:${{ secrets.KS }}"] {
            #expect(PlaceholderFilter.isReference(Array(value.utf8)), "\(value)")
        }
        for value in ["pass:Hq2Vw9Lz.4Tx", "Hq2Vw9Lz.4Tx", "env:", "passport-7Qx"] {
            #expect(!PlaceholderFilter.isReference(Array(value.utf8)), "\(value)")
        }
    }

    /// The official postgres image documents `POSTGRES_PASSWORD=mysecretpassword`; a compose file that keeps it runs it.
    @Test func theDockerImagesDocumentedPasswordIsWeak() {
        for value in ["mysecretpassword", "secretpassword"] {
            #expect(WeakPassword.validate(value).verdict == .valid, "\(value)")
        }
        #expect(WeakPassword.validate("mysecretpassw0rdQ7").verdict == .rejected)
    }

    /// Molecule's scenarios and pytest's `conftest.py` test; an editor's installed extensions, what they vendor and Sorbet's
    /// gem signatures are third-party code; CodeIgniter's `Language/` holds labels.
    @Test func moleculeScenariosAndInstalledExtensionsAreNotTheRepositorysOwn() throws {
        let rules = Dictionary(uniqueKeysWithValues: try PatternPackLoader.builtin().flatMap(\.rules).map { ($0.id, $0) })
        let password = try #require(rules["password.quoted-assignment"])
        for path in ["roles/frigate/molecule/default/molecule.yml",
                     ".vscode-insiders/extensions/ms-python.debugpy-2024.0.0/bundled/libs/debugpy/_vendored/pydevd/sql.py",
                     "chrome/Default/Extensions/abcdefghijklmnop/1.0/config.js",
                     // (blind31d) pytest's fixtures, installed gems' signatures, CodeIgniter's language files
                     "udata/tests/plugin/conftest.py", "sorbet/rbi/gems/activemodel@7.2.1.1.rbi",
                     "app/Language/nl-BE/Employees.php",
                     // (blind31h) Godep's vendored packages, a .NET test project
                     "Godeps/_workspace/src/github.com/lib/pq/certs/server.py", "BTCPayServer.Tests/TestData/wallet.json"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == .low, "\(path)")
        }
        for path in ["roles/frigate/defaults/main.yml", "extensions/billing/config.js", "molecules/settings.py",
                     "app/config/language_settings.php", "sorbet/config", "BTCPayServer.Testsuite.json", "Shop.Testing/app.config"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == password.confidence, "\(path)")
        }
    }
}
