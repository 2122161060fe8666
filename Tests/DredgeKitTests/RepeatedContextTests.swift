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
}
