import Foundation

/// One unique credential: a rule and the secret it captured, with every place the secret is seen.
public struct Finding: Sendable {
    public let id: FindingID
    public let rule: Rule
    public let secret: Secret
    public let entropy: Double
    /// What offline validation learnt about the secret (it depends on the secret only, so one per finding).
    public let validation: Validation
    public internal(set) var occurrences: [Occurrence]
    /// The rule's confidence adjusted by validation and by where the secret lives (`ConfidenceScore`).
    public internal(set) var confidence: Confidence

    public var severity: Severity { rule.severity }

    /// What a report prints for the secret: the path for a committed file (a path is no secret), otherwise the
    /// redacted secret unless the user asked to see secrets.
    public func shownSecret(revealing: Bool) -> String {
        rule.kind == .file || revealing ? secret.reveal() : secret.redacted
    }

    /// The earliest date the secret was committed, if any commit holds it.
    public var firstSeen: Date? { occurrences.compactMap(\.author?.date).min() }
}
