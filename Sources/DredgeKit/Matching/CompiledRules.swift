import PCRE2

/// The rules compiled once per scan and shared by every worker: JIT-compiled patterns and the keyword prefilter.
public final class CompiledRules: Sendable {
    public let rules: [Rule]
    /// Per rule; nil for a path rule without a content check.
    let patterns: [CompiledPattern?]
    /// The capture group holding the secret, per rule (0 when the pattern has no `secret` group).
    let secretGroups: [Int]
    let prefilter: KeywordPrefilter
    /// Indices of the path rules, run on (path, blob) pairs after the history walk.
    let pathRules: [Int]

    /// Patterns are matched in byte mode with `^`/`$` at line boundaries (documented in patterns/README.md).
    static let compileOptions: CompiledPattern.Options = [.multiline]

    /// How far from a keyword a rule's match may start and end. Key names and prefixes sit close to the secret;
    /// a private key block runs to its END line, and a data store is the whole file.
    static func reach(of rule: Rule) -> KeywordPrefilter.Reach {
        switch rule.kind {
        case .privateKey: return .init(before: 1 << 10, after: 64 << 10)
        case .file, .pii: return .init(before: .max / 4, after: .max / 4)
        default: return .init(before: 1 << 10, after: 2 << 10)
        }
    }

    public init(_ rules: [Rule]) throws {
        self.rules = rules
        patterns = try rules.map { rule in
            guard let pattern = rule.pattern else { return nil }
            do {
                return try CompiledPattern(pattern, options: Self.compileOptions)
            } catch {
                throw DredgeError.invalidPack(file: rule.source.file, line: rule.source.line, ruleID: rule.id, message: "pattern does not compile: \(error)")
            }
        }
        secretGroups = patterns.map { $0?.groupNumber(named: "secret") ?? 0 }
        pathRules = rules.indices.filter { rules[$0].isPathRule }
        // Path rules have no keywords, so the prefilter never picks them for content matching.
        prefilter = KeywordPrefilter(keywords: rules.map(\.keywords), reaches: rules.map(Self.reach))
    }
}
