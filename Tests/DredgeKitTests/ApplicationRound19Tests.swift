@testable import DredgeKit
import Git
import Testing

/// Read on blind round 19's nine application repositories (django-styleguide, flask-realworld, petclinic
/// microservices, Ombi, Tusky, spotube, taxonomy, upcase, alphagov's govuk-aws): each false class here was at high or
/// medium there; beside each, the shape that must still be found.
@Suite struct ApplicationRound19Tests {
    static let rules = try! PatternPackLoader.builtin().flatMap(\.rules)

    /// A shell variable spliced into a single-quoted JSON body (`'{"password": "'$new_password'"}'`) is a reference
    /// in quotes; a password with a `$` inside quotes is still one.
    @Test func aVariableSplicedBetweenQuotesIsAReference() throws {
        for value in ["'$new_password'", "\"${DB_PASS}\"", "'\"$TOKEN\"'"] {
            #expect(PlaceholderFilter.isReference(Array(value.utf8)), "\(value)")
        }
        for value in ["'Xk9$q2Lm'", "'$'", "\"Tq$4vRw8\""] {
            #expect(!PlaceholderFilter.isReference(Array(value.utf8)), "\(value)")
        }
        let matcher = try Matcher(rules: Self.rules)
        let spliced = "curl -X POST -H 'Accept: application/json' -d '{\"password\": \"'$new_password'\"}' http://localhost:7474/user/neo4j/password\n"
        #expect(matcher.secrets(in: spliced, at: nil).isEmpty)
        let written = "curl -X POST -d '{\"password\": \"Vq7!mRz2Lx\"}' http://localhost:7474/user/neo4j/password\n"
        #expect(matcher.secrets(in: written, at: nil).contains("Vq7!mRz2Lx"))
    }

    /// `thisisatest` beside `username = "changeme"` (govuk-aws' integration tfvars) and "your password" in another
    /// language (`TuContraseñaSegura` with `# Cámbialo en producción`) stand in for a value; a chosen password built on
    /// the same words carries a digit or a symbol.
    @Test func sentencesAndYourPasswordInOtherLanguagesAreStandIns() {
        for value in ["thisisatest", "thisisatestaswell", "ThisIsASecret", "this_is_not_a_real_password", "TuContraseñaSegura",
                      "votre_mot_de_passe", "DeinPasswort", "SuaSenhaForte"] {
            #expect(PlaceholderFilter.isStandIn(Array(value.utf8)), "\(value)")
        }
        for value in ["thisIs4me!", "thistlegarden", "TuContraseña2024!", "contraseñaSegura9", "sunflower-tea", "Kq7vR2mZ"] {
            #expect(!PlaceholderFilter.isPlaceholder(Array(value.utf8)), "\(value)")
        }
    }

    /// The Android SDK's debug keystore password (`storePassword "android"` under `debug {`) is a documented default
    /// (`documented_defaults`): found, since a build that kept it signs with a password anyone may read; marked, low. A release store's password stays high.
    @Test func theDebugKeystorePasswordIsDocumented() throws {
        let compiled = try CompiledRules(Self.rules.filter { $0.id == "android.signing-config-password" })
        let text = """
            signingConfigs {
                debug {
                    storeFile file("${System.getenv("HOME")}/.android/debug.keystore")
                    storePassword "android"
                    keyAlias "androiddebugkey"
                }
                release {
                    storePassword "Wz8.kQm3Tv5r"
                }
            }
            """
        let matches = Matcher(compiled).matches(in: Array(text.utf8)).matches
        #expect(Set(matches.map { $0.secret.reveal() }) == ["android", "Wz8.kQm3Tv5r"])
        for match in matches {
            let rule = compiled.rules[match.ruleIndex]
            let debug = match.secret.reveal() == "android"
            #expect((match.validation["documented_example"] == "true") == debug)
            #expect(ConfidenceScore.score(rule: rule, validation: match.validation, paths: ["android/app/build.gradle"]) == (debug ? .low : .high))
        }
    }

    /// A Bouncy Castle or Java key store whose entries are all trusted certificates (Tusky's pinned API certificate in
    /// `res/raw/keystore_tusky_api.bks`) is a trust store; one holding a key is still the finding.
    @Test func aKeyStoreOfCertificatesOnlyIsATrustStore() throws {
        let certificate: [UInt8] = [0x30, 0x82, 0x00, 0x04, 0x01, 0x02, 0x03, 0x04]
        func utf(_ text: String) -> [UInt8] { let b = Array(text.utf8); return [UInt8(b.count >> 8), UInt8(b.count & 0xFF)] + b }
        func u32(_ value: Int) -> [UInt8] { [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) } }
        let date = [UInt8](repeating: 1, count: 8)
        func bks(entryType: UInt8) -> [UInt8] {
            var bytes = u32(2) + u32(20) + [UInt8](repeating: 7, count: 20) + u32(1220)
            bytes += [entryType] + utf("api.broker") + date + u32(0) + utf("X.509") + u32(certificate.count) + certificate
            return bytes + [0] + [UInt8](repeating: 9, count: 20)
        }
        func jks(tag: Int) -> [UInt8] {
            u32(0xFEED_FEED) + u32(2) + u32(1) + u32(tag) + utf("server") + date + utf("X.509") + u32(certificate.count) + certificate
                + [UInt8](repeating: 9, count: 20)
        }
        for (bytes, trust) in [(bks(entryType: 1), true), (bks(entryType: 2), false), (jks(tag: 2), true), (jks(tag: 1), false),
                               (Array("binary keystore".utf8), false)] {
            #expect(bytes.withUnsafeBytes { KeyStoreContents.holdsOnlyCertificates($0) } == trust)
        }
        let matcher = try Matcher(rules: Self.rules.filter { $0.id == "keystore.committed" })
        let found = { (bytes: [UInt8]) in
            bytes.withUnsafeBytes { matcher.pathMatches(path: "app/src/main/res/raw/keystore_api.bks", in: $0, blob: .zero).count }
        }
        #expect(found(bks(entryType: 1)) == 0)
        #expect(found(bks(entryType: 2)) == 1)
    }

    /// Gems installed into the repository under any `bundle install --path` (upcase's `nokogiri/ruby/1.8/gems/…`) and a
    /// packaged gem's members are third-party code: the Rails guide's `humbaba` password there is low; the app's own
    /// files, and a directory merely named `ruby` or `gems`, keep theirs.
    @Test func installedGemsAreThirdPartyCode() throws {
        let password = try #require(Self.rules.first { $0.id == "password.quoted-assignment" })
        let installed = ["nokogiri/ruby/1.8/gems/rails-2.3.8/guides/source/action_controller_overview.textile",
                         "rake/ruby/1.8/cache/rails-2.3.8.gem!data.tar.gz!guides/source/action_controller_overview.textile",
                         "vendor/rails/railties/guides/source/action_controller_overview.textile"]
        #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: installed) == .low)
        for path in ["app/models/customer.rb", "lib/ruby/gems.rb", "docs-src/ruby/cache/setup.rb", "config/gems/paypal.rb"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == password.confidence, "\(path)")
        }
    }
}
