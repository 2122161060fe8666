import Crypto

/// The identity of a finding: SHA-256 of rule id, a NUL byte and the secret. It stays the same when lines move,
/// so ignore files and baselines keyed on it do not churn, and it does not reveal the secret.
public struct FindingID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let hex: String

    public init(ruleID: String, secret: Secret) {
        var hasher = SHA256()
        hasher.update(data: Array(ruleID.utf8) + [0])
        hasher.update(data: secret.bytes)
        hex = hasher.finalize().map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
        }.joined()
    }

    /// The first 12 hex digits, enough to name a finding on the command line.
    public var short: String { String(hex.prefix(12)) }
    public var description: String { hex }

    public static func < (lhs: FindingID, rhs: FindingID) -> Bool { lhs.hex < rhs.hex }
}
