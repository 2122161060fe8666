/// How to deal with one kind of exposed credential (`patterns/playbooks/<id>.yml`): who owns it, how to replace,
/// deploy and revoke it, which log to read for the exposure window. Items may hold `{placeholders}`.
public struct Playbook: Sendable, Hashable {
    public let id: String
    public let name: String
    public let owner: [String]
    public let replace: [String]
    public let deploy: [String]
    public let revoke: [String]
    public let audit: [String]
    public let references: [String]

    /// The playbook a finding falls back to when its rule names none (or one that does not exist).
    public static func genericID(for kind: Rule.Kind) -> String {
        switch kind {
        case .credential: "generic-token"
        case .privateKey: "generic-private-key"
        case .password: "generic-password"
        case .connectionString: "generic-connection-string"
        case .weakCredential: "weak-credential"
        case .pii: "pii-data-store"
        case .file: "committed-credential-file"
        }
    }

    /// Every placeholder an item may use (patterns/playbooks/README.md).
    static let placeholders: Set<String> = [
        "secret", "redacted", "finding_id", "rule", "rule_name", "first_seen", "first_commit", "paths",
        "account_id", "key_type", "key_id", "path", "iss", "sub", "exp", "environment", "token_type",
    ]
}
