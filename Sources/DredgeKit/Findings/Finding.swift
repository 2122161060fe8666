import Foundation

/// One unique credential: a rule and the secret it captured, with every place the secret is seen.
public struct Finding: Sendable {
    public let id: FindingID
    public let rule: Rule
    public let secret: Secret
    public let entropy: Double
    /// What offline validation learnt about the secret (it depends on the secret only, so one per finding).
    public internal(set) var validation: Validation
    public internal(set) var occurrences: [Occurrence]
    /// The rule's confidence adjusted by validation and by where the secret lives (`ConfidenceScore`).
    public internal(set) var confidence: Confidence

    /// The rule's severity, unless the content decided another (a data store's volume and kind of data).
    public internal(set) var severity: Severity

    /// Which refs hold it and whether it was pushed; empty when only unreachable objects hold it.
    public internal(set) var exposure = Exposure()

    /// What a report prints for the secret: the path for a committed file or data store (a path is no secret; a data
    /// store's identity also names the blob, after a NUL), an identifier in full (an AWS key id grants nothing alone),
    /// otherwise the redacted secret unless asked to reveal it.
    public func shownSecret(revealing: Bool) -> String {
        if rule.identifier { return secret.reveal() }
        switch rule.kind {
        case .file: return secret.reveal()
        case .pii: return String(secret.reveal().prefix { $0 != "\0" })
        default: return revealing ? secret.reveal() : secret.redacted
        }
    }

    /// True when reports print the secret in part only.
    public func isRedacted(revealing: Bool) -> Bool {
        !revealing && !rule.identifier && ![.file, .pii].contains(rule.kind)
    }

    /// The earliest date the secret was committed, if any commit holds it.
    public var firstSeen: Date? { occurrences.compactMap(\.author?.date).min() }

    /// The order of a report: most severe first, then earliest exposed, then by rule and id.
    static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        if a.firstSeen != b.firstSeen { return (a.firstSeen ?? .distantFuture) < (b.firstSeen ?? .distantFuture) }
        return (a.rule.id, a.id) < (b.rule.id, b.id)
    }
}
