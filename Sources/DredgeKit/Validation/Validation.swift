/// What offline validation learnt about a secret: a verdict and facts decoded from it (an AWS account id,
/// a JWT's issuer and expiry, a token's environment). Facts never include the secret itself.
public struct Validation: Sendable, Hashable {
    public enum Verdict: String, Sendable, Codable {
        /// The format's checksum or structure checks out.
        case valid
        /// The checksum fails: likely a made-up or mistyped value; confidence is lowered, the finding kept.
        case invalid
        /// Not the thing the rule looks for at all (a number that fails Luhn, a strong value for a weak-password
        /// rule): the match is dropped.
        case rejected
        /// Nothing to check.
        case unchecked
    }

    public var verdict: Verdict
    /// Ordered facts, e.g. `[("account_id", "123456789012")]`.
    public var details: [Detail]

    public struct Detail: Sendable, Hashable {
        public let key: String
        public let value: String
    }

    public init(_ verdict: Verdict, _ details: [(String, String)] = []) {
        self.verdict = verdict
        self.details = details.map { Detail(key: $0.0, value: $0.1) }
    }

    public static let unchecked = Validation(.unchecked)

    public subscript(key: String) -> String? { details.first { $0.key == key }?.value }
}
