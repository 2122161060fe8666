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
        /// The rule's first line.
        public let line: Int
        /// The line of each field (`pattern`, …) and of each example (`examples[0]`, `counter_examples[1]`).
        public var fields: [String: Int] = [:]

        /// Where a problem with `field` should point: its own line, else the rule's.
        public func line(of field: String) -> Int { fields[field] ?? line }
    }

    public let id: String
    public let name: String
    public let kind: Kind
    public let severity: Severity
    public let confidence: Confidence
    /// The PCRE2 pattern; for a path rule, an optional check of the file's content.
    public let pattern: String?
    /// Literals the keyword prefilter looks for; empty for path rules, which are chosen by path.
    public let keywords: [String]
    /// Path globs: a rule with paths is a path rule, run on (path, blob) pairs from the history, not on content alone.
    public let paths: [String]
    /// Globs that take a path back out of `paths` (`.env.example` out of `.env.*`).
    public let excludedPaths: [String]
    /// A parser that turns a matching file into one finding per secret-like entry.
    public let parser: FileParser?
    /// Raised by `.dredge.yml`'s `min_entropy` (`ScanConfiguration.rules(from:)`).
    public internal(set) var minEntropy: Double
    /// Offline checks run on every match, in order.
    public let validators: [Validator]
    public let playbook: String?
    public let references: [String]
    public let examples: [RuleExample]
    /// Text (and for path rules, paths) that must not produce a finding; their `secret` is nil.
    public let counterExamples: [RuleExample]
    public let source: Source

    public var description: String { id }
}

/// Text that a rule must match, and the secret it must capture from it; path rules give the file's path too.
public struct RuleExample: Sendable, Hashable, CustomStringConvertible {
    public let text: String
    public let secret: String?
    public let path: String?

    public var description: String { path.map { "\($0): \(text)" } ?? text }
}

/// Content parsers that path rules can ask for.
public enum FileParser: String, Sendable, Hashable, CaseIterable {
    /// `KEY=VALUE` lines (`.env` files): every secret-like key with a real-looking value becomes a finding.
    case dotenv
    /// Records of personal data (JSON, NDJSON, CSV, TSV, SQL dumps, SQLite): one finding per file version with counts.
    case personalData = "personal-data"
}

extension Rule {
    public var isPathRule: Bool { !paths.isEmpty }

    /// Rule families that recognise a format any provider may use (a password setting, a URI, a PEM block, a JWT).
    static let formatWideFamilies: Set<Substring> = ["generic", "password", "url-credentials", "jwt", "env-file", "pem",
                                                     "mysql", "postgres", "jdbc", "odbc", "mongodb", "redis"]

    /// Which rule speaks when two capture the same secret: a weak-password verdict (it says why) over a provider's
    /// rule (it says whose credential) over a format-wide rule.
    var specificity: Int {
        if kind == .weakCredential { return 2 }
        return Self.formatWideFamilies.contains(id.prefix { $0 != "." }) ? 0 : 1
    }
}
