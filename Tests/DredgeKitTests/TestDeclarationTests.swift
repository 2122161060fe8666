@testable import DredgeKit
import Testing

/// Read on bitwarden/server (blind round 17): a pool of generated RSA keys kept as `const TEST_FAKE_RSA_KEY_n` in a
/// Rust source whose path says nothing of tests, and a key opened inside a `#[tokio::test]` function, were high.
/// The declaration on the key's own line (or the test function's header above it) says test; the key is lowered as a
/// test path's would be, not dropped. A key declared under an ordinary name keeps the rule's confidence.
@Suite struct TestDeclarationTests {
    /// A body drawn at random for this test (no real key): the rule reads the armour and the alphabet.
    static let body = """
        Wr1goJOSwBmREpWqzUXNwHi3pARtgf5aq0MTmbJG2UtAWl18qEzk9SecFFQtFUfv
        10IfgPhEhr8LRwQDix5bUddKL9mABzgyidiYRFIMs0kELHkRq5dDwZF5ABkhDwld
        zvG1iCo39ZtoL9tP1BBNaLGxXSCTCKz7jaKHb4LX50rHP+tUkfQNlRN2GpPNEyAu
        tHPadixqvTD2z7SW7bEsKzlWBqAtu5oDbit49JoTvRtY7mVCPXzqCkxBhS1Y/5gl
        """
    static let key = "-----BEGIN PRIVATE KEY-----\n\(body)\n-----END PRIVATE KEY-----"

    private func declared(_ text: String) throws -> [Bool] {
        let matcher = try Matcher(rules: PatternPackLoader.builtin().flatMap(\.rules).filter { $0.id == "pem.pkcs8-private-key" })
        return matcher.matches(in: Array(text.utf8)).matches.map { $0.validation[TestDeclaration.detail] == "true" }
    }

    @Test(arguments: [
        "const TEST_FAKE_RSA_KEY_7: &str = \"\(key)\";\n",
        "    private static final String fakeSigningKey = \"\(key)\";\n",
        "DUMMY_PRIVATE_KEY = \"\"\"\n\(key)\n\"\"\"\n",
        "mock_key: |\n  \(key.replacingOccurrences(of: "\n", with: "\n  "))\n",
        "    #[tokio::test]\n    pub async fn test_signing_from_pem() {\n        let pem = r\"\(key)\";\n",
        "def test_loads_the_key():\n    pem = '''\(key)'''\n",
        // django-configurations' settings class of the suite, the key a few settings below its header
        "class Common(Configuration):\n    DEBUG = False\n\nclass Test(Common):\n    DEBUG = True\n    ALLOWED_HOSTS = ['*']\n\n# the suite signs with this\n    SIGNING_KEY = '''\(key)'''\n",
        // a test method's body, many lines below its header, inside a class of tests
        "class SignerTests(unittest.TestCase):\n    def setUp(self):\n        self.a = 1\n        self.b = 2\n        self.c = 3\n        self.pem = '''\(key)'''\n",
        "module FakeGateway\n  KEYS = {\n    primary: <<~PEM\n      \(key.replacingOccurrences(of: "\n", with: "\n      "))\n    PEM\n  }\nend\n",
    ])
    func aKeyDeclaredAsATestsIsMarked(text: String) throws {
        #expect(try declared(text) == [true], "\(text.prefix(60))")
    }

    @Test(arguments: [
        "const RSA_PRIVATE_KEY: &str = \"\(key)\";\n",
        // another member's value on the line is not this key's name
        "{\"name\": \"test user\", \"privateKey\": \"\(key.replacingOccurrences(of: "\n", with: "\\n"))\"}\n",
        // a PEM file: the line above is another block, no declaration
        "Bag Attributes: test\n\(key)\n",
        "signing_key = \"\(key)\"  # latest production key\n",
        // a host in the reserved `.test` domain is no name (`machine api.shop.test …`, a planted `.netrc`'s shape)
        "tls_key https://api.shop.test = \"\(key)\"\n",
        // a name that ends in the word spells a host or a domain (Bundler's `BUNDLE_GEMS__SHOP__TEST`)
        "BUNDLE_GEMS__SHOP__TEST: \"\(key)\"\n",
        "    fn contest_key() -> &'static str {\n        let pem = r\"\(key)\";\n",
        // the settings class a deployment runs, after the suite's class has closed
        "class Test(Common):\n    DEBUG = True\n\nclass Production(Common):\n    DEBUG = False\n    SIGNING_KEY = '''\(key)'''\n",
        "def load_signer():\n    if True:\n        pem = '''\(key)'''\n",
    ])
    func aKeyUnderAnOrdinaryNameIsNot(text: String) throws {
        #expect(try declared(text) == [false], "\(text.prefix(60))")
    }

    @Test func aDeclaredTestKeyIsLoweredNotDropped() throws {
        let rules = try PatternPackLoader.builtin().flatMap(\.rules)
        let pem = try #require(rules.first { $0.id == "pem.pkcs8-private-key" })
        let github = try #require(rules.first { $0.id == "github.personal-access-token" })
        let declared = Validation(.unchecked, [(TestDeclaration.detail, "true")])
        let path = ["util/RustSdk/rust/src/rsa_keys.rs"]
        #expect(ConfidenceScore.score(rule: pem, validation: .unchecked, paths: path) == .high)
        #expect(ConfidenceScore.score(rule: pem, validation: declared, paths: path) == .low)
        // a prefixed provider token stays what it is, whatever its name
        #expect(ConfidenceScore.score(rule: github, validation: declared, paths: path) == .high)
    }
}
