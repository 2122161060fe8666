@testable import DredgeKit
import Foundation
import TestSupport
import Testing

@Suite struct PatternPackLoaderTests {
    private func loadError(_ name: String) -> String? {
        do {
            let packs = try PatternPackLoader.load(directory: FixturePaths.invalid.appendingPathComponent(name))
            let rules = try PatternPackLoader.merge(base: packs)
            _ = try CompiledRules(rules)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func patternThatDoesNotCompileNamesFileLineRuleAndOffset() throws {
        let message = try #require(loadError("pattern-unclosed-group.yml"))
        #expect(message.contains("pattern-unclosed-group.yml:6: rule broken.unclosed-group: pattern does not compile"))
        #expect(message.contains("missing closing parenthesis"))
    }

    /// PCRE2 numbers no name a pattern holds twice, so the secret would be the whole match: an error naming the fix.
    @Test func aSecretGroupNamedTwiceNamesItsFix() throws {
        let message = try #require(loadError("pattern-secret-named-twice.yml"))
        #expect(message.contains("pattern-secret-named-twice.yml:6: rule broken.secret-named-twice: pattern names `secret` more than once"))
        #expect(message.contains("branch reset"))
    }

    @Test func unknownFieldNamesItsLine() throws {
        let message = try #require(loadError("rule-unknown-field.yml"))
        #expect(message.contains("rule-unknown-field.yml:15: rule acme.typo: unknown field `patern`"))
    }

    @Test func unknownWindowNamesItsLineAndTheChoices() throws {
        let message = try #require(loadError("rule-unknown-window.yml"))
        #expect(message.contains("rule-unknown-window.yml:8: rule acme.wide: `window` must be one of line | token | nearby | block | blob, not `paragraph`"))
    }

    @Test func aRunOfCharactersIsForAPathRulesPatternOnly() throws {
        let message = try #require(loadError("rule-run-on-content-rule.yml"))
        #expect(message.contains("rule-run-on-content-rule.yml:8: rule acme.anchored: `run` anchors a path rule's pattern"))
    }

    /// A content rule's `exclude_paths` was read and then ignored: blobs are matched once, whatever their path.
    @Test func pathsToLeaveOutAreForAPathRuleOnly() throws {
        let message = try #require(loadError("rule-exclude-paths-on-content-rule.yml"))
        #expect(message.contains("rule-exclude-paths-on-content-rule.yml:8: rule acme.excluded: `exclude_paths` needs `paths`"))
    }

    @Test func aRunWithARangeWrittenBackwardsNamesItsLine() throws {
        let message = try #require(loadError("rule-run-backwards-range.yml"))
        #expect(message.contains("rule-run-backwards-range.yml:8: rule acme.notes: `run` must be { chars:"))
    }

    @Test func brokenYAMLNamesTheLine() throws {
        let message = try #require(loadError("pack-not-yaml.yml"))
        #expect(message.contains("pack-not-yaml.yml:"))
        #expect(message.contains("invalid YAML"))
    }

    @Test func duplicateIDsInOnePackSetAreAnError() throws {
        let message = try #require(loadError("rule-duplicate-id.yml"))
        #expect(message.contains("rule-duplicate-id.yml:11: rule acme.twice: duplicate rule id"))
    }

    @Test func userPackReplacesABuiltinRuleWithTheSameID() throws {
        let base = try PatternPackLoader.load(directory: FixturePaths.fixtures.appendingPathComponent("packs"))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("override-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOf: FixturePaths.fixtures.appendingPathComponent("packs/acme.yml"), encoding: .utf8)
            .replacingOccurrences(of: "severity: critical", with: "severity: low")
        try text.write(to: directory.appendingPathComponent("mine.yml"), atomically: true, encoding: .utf8)
        let rules = try PatternPackLoader.merge(base: base, overrides: try PatternPackLoader.load(directory: directory))
        #expect(rules.count == 1)
        #expect(rules.first?.severity == .low)
    }

    @Test func checkerReportsAnExampleThatDoesNotMatch() throws {
        let packs = try PatternPackLoader.load(directory: FixturePaths.fixtures.appendingPathComponent("packs"))
        let rule = try #require(packs.first?.rules.first)
        #expect(PackChecker.problems(in: [rule]).isEmpty)
        let broken = Rule(id: rule.id, name: rule.name, kind: rule.kind, severity: rule.severity, confidence: rule.confidence,
                          pattern: "acme_live_[0-9]{32}", keywords: rule.keywords, paths: [], excludedPaths: [], parser: nil, minEntropy: rule.minEntropy, validators: [], playbook: nil,
                          references: rule.references, examples: rule.examples, counterExamples: rule.counterExamples, source: rule.source)
        let problems = PackChecker.problems(in: [broken])
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("does not yield its secret: the pattern does not match it") == true)
    }

    /// `documented_examples` and `documented_defaults` are data a pack author types: read from YAML, carried through
    /// the rule cache's archive, and checked as matches of the rule's own pattern, so a typo is reported instead of
    /// marking nothing.
    @Test func documentedExamplesAreReadArchivedAndChecked() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("documented-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOf: FixturePaths.fixtures.appendingPathComponent("packs/acme.yml"), encoding: .utf8)
            .replacingOccurrences(of: "  examples:\n", with: "  documented_examples: [acme_live_Qm3vT8zK1pW6rY0nB4xL7cH2dS9fJ5gE, acme_live_short]\n  documented_defaults: [acme_live_Zx4vT8zK1pW6rY0nB4xL7cH2dS9fJ5gE]\n  examples:\n")
        try text.write(to: directory.appendingPathComponent("acme.yml"), atomically: true, encoding: .utf8)
        let rule = try #require(try PatternPackLoader.load(directory: directory).first?.rules.first)
        #expect(rule.documentedExamples == ["acme_live_Qm3vT8zK1pW6rY0nB4xL7cH2dS9fJ5gE", "acme_live_short"])
        let archived = try #require(RuleArchive.decode(RuleArchive.encode([PatternPack(file: "acme.yml", rules: [rule])])))
        #expect(rule.documentedDefaults == ["acme_live_Zx4vT8zK1pW6rY0nB4xL7cH2dS9fJ5gE"])
        #expect(archived.first?.rules.first?.documentedExamples == rule.documentedExamples)
        #expect(archived.first?.rules.first?.documentedDefaults == rule.documentedDefaults)
        let problems = PackChecker.problems(in: [rule])
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("documented example `acme_live_short` is not a match of the rule's pattern") == true)
    }
}
