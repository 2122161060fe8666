import DredgeKit
import Foundation
import Testing

/// Every example and counter-example of every built-in rule is a test case, run through the real matcher.
@Suite struct BuiltinPatternTests {
    static let rules: [Rule] = (try? PatternPackLoader.merge(base: PatternPackLoader.builtin())) ?? []
    static let examples = rules.flatMap { rule in rule.examples.map { RuleCase(rule: rule, example: $0) } }
    static let counterExamples = rules.flatMap { rule in rule.counterExamples.map { RuleCase(rule: rule, example: $0) } }

    struct RuleCase: CustomTestStringConvertible, Sendable {
        let rule: Rule
        let example: RuleExample
        var testDescription: String { "\(rule.id): \(example.description.prefix(60))" }
    }

    @Test(arguments: examples)
    func exampleYieldsItsSecret(_ rule: RuleCase) throws {
        let found = try Matcher(rules: [rule.rule]).secrets(in: rule.example.text, at: rule.example.path)
        #expect(!found.isEmpty)
        if let secret = rule.example.secret { #expect(found.contains(secret), "got \(found.count) match(es)") }
    }

    @Test(arguments: counterExamples)
    func counterExampleYieldsNothing(_ rule: RuleCase) throws {
        #expect(try Matcher(rules: [rule.rule]).secrets(in: rule.example.text, at: rule.example.path).isEmpty)
    }

    @Test func builtinPacksLoadAndAreWellFormed() throws {
        let packs = try PatternPackLoader.builtin()
        let rules = try PatternPackLoader.merge(base: packs)
        #expect(rules.count >= 40)
        #expect(Set(rules.map(\.id)).count == rules.count)
        _ = try CompiledRules(rules)
        for rule in rules {
            #expect(!rule.examples.isEmpty && !rule.counterExamples.isEmpty, "\(rule.id)")
            #expect(rule.references.allSatisfy { URL(string: $0)?.scheme == "https" || URL(string: $0)?.scheme == "http" }, "\(rule.id)")
            for example in rule.examples where !rule.isPathRule {
                #expect(rule.keywords.contains { example.text.lowercased().contains($0.lowercased()) }, "\(rule.id): no keyword in example")
            }
        }
    }

    @Test func everyRuleFileIsNamedForItsProvider() throws {
        for pack in try PatternPackLoader.builtin() {
            let provider = URL(fileURLWithPath: pack.file).deletingPathExtension().lastPathComponent
            for rule in pack.rules {
                #expect(rule.id.hasPrefix(provider + ".") || rule.id.hasPrefix(provider.replacingOccurrences(of: "-", with: "")), "\(rule.id) in \(pack.file)")
            }
        }
    }

    @Test func theFirstPackSetCoversTheProvidersAUserExpects() throws {
        let ids = Set(Self.rules.map(\.id))
        for provider in ["aws", "github", "gitlab", "slack", "stripe", "openai", "anthropic", "gcp", "azure", "sendgrid",
                         "twilio", "npm", "pypi", "docker", "jwt", "pem", "openssh", "putty", "postgres", "mysql", "mongodb", "redis", "rabbitmq", "url-credentials", "generic"] {
            #expect(ids.contains { $0.hasPrefix(provider + ".") }, "no rule for \(provider)")
        }
    }
}
