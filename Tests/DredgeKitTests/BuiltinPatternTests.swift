import DredgeKit
import Foundation
import Testing

/// Every example and counter-example of every built-in rule is a test case, run through the real matcher.
@Suite struct BuiltinPatternTests {
    static let rules: [Rule] = (try? PatternPackLoader.merge(base: PatternPackLoader.builtin())) ?? []
    static let examples = rules.flatMap { rule in rule.examples.indices.map { RuleCase(rule: rule, index: $0, counter: false) } }
    static let counterExamples = rules.flatMap { rule in rule.counterExamples.indices.map { RuleCase(rule: rule, index: $0, counter: true) } }

    struct RuleCase: CustomTestStringConvertible, Sendable {
        let rule: Rule
        let index: Int
        let counter: Bool
        var example: RuleExample { counter ? rule.counterExamples[index] : rule.examples[index] }
        var testDescription: String { "\(rule.id): \(example.description.prefix(60))" }
    }

    /// The same check as `dredge patterns check`, which says why an example fails.
    @Test(arguments: examples)
    func exampleYieldsItsSecret(_ rule: RuleCase) throws {
        let problem = try PackChecker.problem(example: rule.index, of: rule.rule)
        #expect(problem == nil, "\(problem.map(String.init(describing:)) ?? "")")
    }

    @Test(arguments: counterExamples)
    func counterExampleYieldsNothing(_ rule: RuleCase) throws {
        let problem = try PackChecker.problem(counterExample: rule.index, of: rule.rule)
        #expect(problem == nil, "\(problem.map(String.init(describing:)) ?? "")")
    }

    @Test func builtinPacksLoadAndAreWellFormed() throws {
        let packs = try PatternPackLoader.builtin()
        let rules = try PatternPackLoader.merge(base: packs)
        #expect(rules.count >= 40)
        #expect(Set(rules.map(\.id)).count == rules.count)
        _ = try CompiledRules(rules)
        // Each documented example is, on its own, a match of its rule's pattern (`PackChecker`).
        #expect(rules.contains { !$0.documentedExamples.isEmpty })
        #expect(PackChecker.problems(in: rules.filter { !$0.documentedExamples.isEmpty }).isEmpty)
        for rule in rules {
            #expect(!rule.examples.isEmpty && !rule.counterExamples.isEmpty, "\(rule.id)")
            #expect(rule.references.allSatisfy { URL(string: $0)?.scheme == "https" || URL(string: $0)?.scheme == "http" }, "\(rule.id)")
            for example in rule.examples where !rule.isPathRule {
                #expect(KeywordPrefilter.finds(anyOf: rule.keywords, in: example.text), "\(rule.id): no keyword in example")
            }
        }
    }

    /// No example's secret reads as another provider's mistyped or cut token: in a scan, the rules that judge by name
    /// would drop it (`PackChecker.claimedExamples`).
    @Test func noExampleIsANearMissOfAnotherProvidersFormat() throws {
        let problems = PackChecker.claimedExamples(in: try PatternPackLoader.merge(base: PatternPackLoader.builtin()))
        #expect(problems.isEmpty, "\(problems)")
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
