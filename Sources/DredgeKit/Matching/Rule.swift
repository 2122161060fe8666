/// One detection rule, as written in a pattern pack.
public struct Rule: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case credential
        case privateKey = "private-key"
        case password
        case connectionString = "connection-string"
        case file
        case pii
        /// A default or common password: low entropy, but the first thing an attacker tries.
        case weakCredential = "weak-credential"
    }

    /// Where the rule was read from, so errors and `patterns list` can point at it.
    public struct Source: Sendable, Hashable {
        public let file: String
        public let line: Int
    }

    public let id: String
    public let name: String
    public let kind: Kind
    public let severity: Severity
    public let confidence: Confidence
    public let pattern: String
    public let keywords: [String]
    public let minEntropy: Double
    /// Offline checks run on every match, in order.
    public let validators: [Validator]
    public let playbook: String?
    public let references: [String]
    public let examples: [RuleExample]
    public let counterExamples: [String]
    public let source: Source

    public var description: String { id }
}

/// Text that a rule must match, and the secret it must capture from it.
public struct RuleExample: Sendable, Hashable, CustomStringConvertible {
    public let text: String
    public let secret: String

    public var description: String { text }
}
