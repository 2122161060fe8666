import PCRE2

/// The rules compiled once per scan and shared by every worker: JIT-compiled patterns and the keyword prefilter.
public final class CompiledRules: Sendable {
    public let rules: [Rule]
    let patterns: [CompiledPattern]
    /// The capture group holding the secret, per rule (0 when the pattern has no `secret` group).
    let secretGroups: [Int]
    let prefilter: KeywordPrefilter

    /// Patterns are matched in byte mode with `^`/`$` at line boundaries (documented in patterns/README.md).
    static let compileOptions: CompiledPattern.Options = [.multiline]

    public init(_ rules: [Rule]) throws {
        self.rules = rules
        patterns = try rules.map { rule in
            do {
                return try CompiledPattern(rule.pattern, options: Self.compileOptions)
            } catch {
                throw DredgeError.invalidPack(file: rule.source.file, line: rule.source.line, ruleID: rule.id, message: "pattern does not compile: \(error)")
            }
        }
        secretGroups = patterns.map { $0.groupNumber(named: "secret") ?? 0 }
        prefilter = KeywordPrefilter(keywords: rules.map(\.keywords))
    }
}
