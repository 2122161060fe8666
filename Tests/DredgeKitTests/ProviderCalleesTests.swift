@testable import DredgeKit
import Foundation
import Testing

/// A key-shaped literal handed to a client class named after a provider the rules know (`new Novu('…')`) is that
/// provider's key, with no secret word on the line; a method of the provider's object, a class of another name, a
/// browser SDK's `init` with its public key and a provider the rules do not know are not.
@Suite struct ProviderCalleesTests {
    static let compiled = ProviderPrefixesTests.compiled

    @Test(arguments: [
        ("const novu = new Novu('3c9e1f7a0b2d48e6a5f1c3e9d7b0a2f4');", "3c9e1f7a0b2d48e6a5f1c3e9d7b0a2f4"),
        ("api = shodan.Shodan(\"Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6Fg1Js0Ty\")", "Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6Fg1Js0Ty"),
        ("client = OpenCTIApiClient(\"https://cti.shop.test\", \"6f0e2a4c-9b1d-4e7f-8a3c-5d2b1e0f9a47\")", "6f0e2a4c-9b1d-4e7f-8a3c-5d2b1e0f9a47"),
        ("const cron = require('cronitor')('b7e2a9c4d1f03e58a6c2b9d4e7f1a3c5');", "b7e2a9c4d1f03e58a6c2b9d4e7f1a3c5"),
        ("c := fullhunt.NewClient(\"0d8e4b2a-7c1f-4a9e-b3d5-6f2c8e0a1b94\")", "0d8e4b2a-7c1f-4a9e-b3d5-6f2c8e0a1b94"),
    ])
    func aProvidersClientTakingAKeyShapedLiteralIsAFinding(_ line: String, _ secret: String) {
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: line + "\n", at: nil).contains(secret), "\(line)")
    }

    @Test(arguments: [
        "novu.trigger('3c9e1f7a0b2d48e6a5f1c3e9d7b0a2f4')",                   // a method of the provider's object
        "const id = new ObjectId('3c9e1f7a0b2d48e6a5f1c3e9d7b0a2f4');",       // a class no provider is named after
        "var correlation = Guid.Parse(\"4f1c2a9e-7b3d-4e8a-9c61-2d5f0b7e3a14\");",
        "<script>Kakao.init('3c9e1f7a0b2d48e6a5f1c3e9d7b0a2f4');</script>",   // a browser SDK starts with its public key
        "c := novu.Commit(\"9f1c3e5a7b2d4f6e8a0c1e3b5d7f9a2c1e3b5d7f\")",       // 40 hex digits: a commit id
        "const monitor = new cronitor.Monitor('nightly-backup-job');",        // no key's shape
        "const w = new Nonlinear('3c9e1f7a0b2d48e6a5f1c3e9d7b0a2f4');",       // `linear` inside a word is no name
        "var customer = Stripe.Customer.Retrieve(\"Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6Fg1Js0Ty\");",  // a capitalised method, no constructor
        "mp = Mixpanel(\"3c9e1f7a0b2d48e6a5f1c3e9d7b0a2f4\")",                   // a public project token
        "const dialog = new Modal('6f0e2a4c-9b1d-4e7f-8a3c-5d2b1e0f9a47');",   // a word of code, whatever rule waits for it
    ])
    func otherCallsAreNot(_ line: String) {
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: line + "\n", at: nil).isEmpty, "\(line)")
    }

    private static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("callees-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// A user's pack for a provider no built-in rule knows.
    private static func writeQuilloPack(in directory: URL) throws {
        try """
        rules:
        - id: quillo.api-key
          name: Quillo API key
          kind: credential
          severity: high
          pattern: '(?<secret>qlo_[A-Za-z0-9]{32})'
          keywords: [quillo, qlo_]
          references: [https://quillo.example/docs/keys]
          examples: [{ text: 'QUILLO_KEY=qlo_Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6Fg1Js0Ty', secret: 'qlo_Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6Fg1Js0Ty' }]
          counter_examples: ['QUILLO_KEY=qlo_']
        """.write(to: directory.appendingPathComponent("quillo.yml"), atomically: true, encoding: .utf8)
    }

    /// The names come from the rules: a provider only a user's pack knows makes its client a finding, and without
    /// that pack the same line is none.
    @Test func theNamesAreTheProvidersTheRulesKnow() throws {
        let line = "const q = new Quillo('3c9e1f7a0b2d48e6a5f1c3e9d7b0a2f4');\n"
        #expect(Matcher(Self.compiled).secrets(in: line, at: nil).isEmpty)
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.writeQuilloPack(in: directory)
        let rules = try PatternPackLoader.merge(base: PatternPackLoader.builtin(), overrides: PatternPackLoader.load(directory: directory))
        let compiled = try CompiledRules(rules)
        #expect(compiled.providerCallees.names.contains("quillo"))
        #expect(Matcher(compiled).secrets(in: line, at: nil) == ["3c9e1f7a0b2d48e6a5f1c3e9d7b0a2f4"])
    }

    /// `patterns check` runs one rule at a time, but a `provider_named` rule waits for every pack's provider names, as in
    /// a scan: a counter-example handing a key-shaped literal to another pack's provider's client is a finding there,
    /// and the check says so.
    @Test func patternsCheckJudgesAProviderNamedRuleWithEveryPacksNames() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try """
        rules:
        - id: test.named-client
          name: A key handed to a provider's client
          kind: credential
          severity: high
          provider_named: true
          pattern: '[A-Z][a-z]+\\((?<q>["''])(?<secret>[A-Za-z0-9]{32})\\k<q>\\)'
          keywords: [acmeco]
          references: [https://acmeco.example/docs/sdk]
          examples: [{ text: "c = Acmeco('Hq2Vw9Lz4Tx7Mc3Pn8Bd5Gs1Rk6Jf0Ya')", secret: 'Hq2Vw9Lz4Tx7Mc3Pn8Bd5Gs1Rk6Jf0Ya' }]
          counter_examples: ["q = Quillo('Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6Fg1Js0Ty')"]
        """.write(to: directory.appendingPathComponent("named.yml"), atomically: true, encoding: .utf8)
        #expect(PackChecker.check(directory).problems.isEmpty, "alone, no rule names quillo")
        try Self.writeQuilloPack(in: directory)
        let problems = PackChecker.check(directory).problems
        #expect(problems.count == 1 && problems[0].ruleID == "test.named-client" && problems[0].message.contains("counter-example"),
                "\(problems)")
    }

    /// A bare `key` names no secret; the section it sits in names the provider whose key it is, in the settings
    /// files that nest a provider's values under its name. A section of another name, a provider whose client key
    /// is public by design, and a value of no key's shape are not.
    @Test(arguments: [
        ("{\n  \"Mailgun\": {\n    \"Domain\": \"mg.shop.test\",\n    \"Key\": \"Zx8kP2mQ7vR4tY6uW9aB3cD5eF1gH0jK\"\n  }\n}\n", "Zx8kP2mQ7vR4tY6uW9aB3cD5eF1gH0jK"),
        ("[postmark]\nfrom = ops@shop.test\nkey = 5e1f9a3c-7b2d-4c8e-a6f0-1d3b5e7f9a2c\n", "5e1f9a3c-7b2d-4c8e-a6f0-1d3b5e7f9a2c"),
        ("services:\n  shodan:\n    key: Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6Fg1Js0Ty\n", "Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6Fg1Js0Ty"),
    ])
    func aBareKeyInAProvidersSectionIsAFinding(_ text: String, _ secret: String) {
        #expect(Matcher(Self.compiled).secrets(in: text, at: nil).contains(secret), "\(text)")
    }

    @Test(arguments: [
        "{\n  \"Cache\": {\n    \"Key\": \"Zx8kP2mQ7vR4tY6uW9aB3cD5eF1gH0jK\"\n  }\n}\n",   // a section no provider is named after
        "pusher:\n  key: 9c1f3e7a5b2d8c4f6a0e\n",                                             // a public client key
        "mailgun:\n  key: mailgun-production-eu\n",                                          // no key's shape
        "mailgun:\n  region: eu\ncache:\n  key: Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6Fg1Js0Ty\n",              // the provider's section ended above
    ])
    func aBareKeyElsewhereIsNot(_ text: String) {
        #expect(Matcher(Self.compiled).secrets(in: text, at: nil).isEmpty, "\(text)")
    }
}
