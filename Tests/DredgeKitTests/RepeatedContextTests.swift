import TestSupport
import Testing
@testable import DredgeKit

/// A worker matches each line once (`LineDeduplicator`): a blob's lines it has read before, in a blob with no match,
/// are not read again, only its new lines with the two lines above them. A key whose header line repeats from an
/// earlier blob must still be found from its own new line.
@Suite struct RepeatedContextTests {
    /// Two JWKs of the same header (`kty`, `crv`, `kid` lines alike): one whose `d` is a character long, which is no
    /// private key and opens nothing, and one real. The real key's `d` sits five lines below the `kty` line both share.
    @Test func aJWKWhoseHeaderRepeatsAnEarlierOnesIsFound() throws {
        let fixture = try GitFixture()
        func jwk(_ x: String, _ y: String, _ d: String) -> String {
            "{\n  \"kty\": \"EC\",\n  \"crv\": \"P-256\",\n  \"kid\": \"shop-2026\",\n  \"x\": \"\(x)\",\n  \"y\": \"\(y)\",\n  \"d\": \"\(d)\"\n}\n"
        }
        let d = "33IVwp189PpeSyD7fFWtTY8Qz1Ey5JtsbJuZphZz1mo"
        try fixture.write("keys/jwks/signing-key.json", jwk("aQjLiDE_B1jqaLQKu6gZRzsvGP88bWRBAKaqaSac_qm", "BomJSRR-WIOeN3HWl0c_gFaZq052CFFnIy8EADizQt-", d))
        try fixture.write("copy/keys/jwks/signing-key.json", jwk("siM2PMHiveapipkIFSMhyo3tRwMiv4JSyR4a-ezeAaN", "55gqGkilAp0h0ZdRINEi22MDnxP-QrLXjV5674dMRav",
                                                              "1tX1gT6bTrAjgLOomsuCRNM-47oqynVFs1HW_JdYiVVSL"))
        try fixture.commit("Add the signing keys")
        let reported = try fixture.scanWithBuiltinRules().findings.filter { $0.rule.id == "jwk.private-key" }.map { $0.secret.reveal() }
        #expect(reported == [d])
    }

    /// A Maven server entry whose `<server>` line, three lines above the password, was read before in a settings file
    /// that held a placeholder: the rule's keyword is that line, so only reaching past the two lines of context finds it.
    static func settings(_ password: String) -> String {
        "<settings>\n  <servers>\n    <server>\n      <id>central</id>\n      <username>deploy-bot</username>\n      <password>\(password)</password>\n    </server>\n  </servers>\n</settings>\n"
    }
    static let password = "hR4vXq9LmT2sWc7Z"

    @Test func aPasswordWhoseServerLineRepeatsACleanFilesIsFound() throws {
        let fixture = try GitFixture()
        try fixture.write("ci/settings.xml", Self.settings("${env.MAVEN_PASSWORD}"))
        try fixture.write("release/settings.xml", Self.settings(Self.password))
        try fixture.commit("Add Maven settings")
        let reported = try fixture.scanWithBuiltinRules().findings.filter { $0.rule.id == "maven.settings-server-password" }
        #expect(reported.map { $0.secret.reveal() } == [Self.password])
    }

    /// The same in a pack: the second version is a delta whose unchanged lines are copied from the first, matched clean,
    /// so they are skipped unread (`CopiedLines`), the `<server>` line among them.
    @Test func aPasswordAddedUnderACopiedServerLineIsFound() throws {
        let fixture = try GitFixture()
        let filler = (1...40).map { "  <!-- mirror \($0): https://repo\($0).example.org/maven2 -->" }.joined(separator: "\n")
        try fixture.write("settings.xml", filler + "\n" + Self.settings("${env.MAVEN_PASSWORD}"))
        try fixture.commit("Add Maven settings")
        try fixture.write("settings.xml", filler + "\n" + Self.settings(Self.password))
        try fixture.commit("Use the release password")
        _ = try fixture.git("gc", "-q", "--aggressive")
        let reported = try fixture.scanWithBuiltinRules().findings.filter { $0.rule.id == "maven.settings-server-password" }
        #expect(reported.map { $0.secret.reveal() } == [Self.password])
    }

    /// Only a keyword that an example puts more than two lines above its secret is read again further up: a JWK's
    /// `kty:` in a JavaScript object is, its `"d"` (on the secret's own line, and common in code) is not.
    @Test func farKeywordsAreTheOnesExamplesPutFarAbove() throws {
        let rules = Dictionary(try PatternPackLoader.builtin().flatMap(\.rules).map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        let jwk = try #require(rules["jwk.private-key"])
        #expect(CompiledRules.keywordsFarAbove(in: jwk).contains("kty:"))
        #expect(!CompiledRules.keywordsFarAbove(in: jwk).contains("\"d\""))
        #expect(CompiledRules.keywordsFarAbove(in: try #require(rules["maven.settings-server-password"])) == ["<server>"])
        #expect(CompiledRules.keywordsFarAbove(in: try #require(rules["generic.key-assignment"])).isEmpty)
    }
}
