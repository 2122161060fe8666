import Crypto

/// The identity of a finding: SHA-256 of rule id, a NUL byte and the secret. It stays the same when lines move,
/// so ignore files and baselines keyed on it do not churn, and it does not reveal the secret.
public struct FindingID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let hex: String

    public init(ruleID: String, secret: Secret) {
        var hasher = SHA256()
        hasher.update(data: Array(ruleID.utf8) + [0])
        hasher.update(data: secret.bytes)
        hex = hasher.finalize().lowercaseHex
    }

    /// How many leading hex digits name a finding: what reports print, what `dredge triage` and `.dredgeignore`
    /// accept at least (one rule for both; a prefix that names several findings is rejected).
    public static let shortDigits = 12

    /// The first 12 hex digits, enough to name a finding on the command line.
    public var short: String { String(hex.prefix(Self.shortDigits)) }
    public var description: String { hex }

    public static func < (lhs: FindingID, rhs: FindingID) -> Bool { lhs.hex < rhs.hex }
}
