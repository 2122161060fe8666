import Foundation

/// One unique credential: a rule and the secret it captured, with every place the secret is seen.
public struct Finding: Sendable {
    public let id: FindingID
    public let rule: Rule
    public let secret: Secret
    public let entropy: Double
    public internal(set) var occurrences: [Occurrence]

    public var severity: Severity { rule.severity }
    public var confidence: Confidence { rule.confidence }

    /// The earliest date the secret was committed, if any commit holds it.
    public var firstSeen: Date? { occurrences.compactMap(\.author?.date).min() }
}
