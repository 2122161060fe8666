/// The offline validators a rule can name with `validate:`. Each reads only the secret; none touches the network.
public enum Validator: String, CaseIterable, Sendable, Hashable {
    /// GitHub and npm tokens: the last six base62 characters are the CRC-32 of the random part.
    case crc32Base62 = "crc32-base62"
    /// AWS access key ids: kind from the prefix, account id from the key.
    case awsKeyID = "aws-key-id"
    /// JSON Web Tokens: header and claims decoded; not a JWT means no match.
    case jwt
    /// Payment cards: Luhn; a number that fails is not a card.
    case luhn
    /// IBANs: mod-97; a value that fails is not an IBAN.
    case iban
    /// Default and common passwords; a strong value is left to the other rules.
    case weakPassword = "weak-password"
    /// Environment and token type from a documented prefix (Stripe, OpenAI, Anthropic, Slack, GitHub).
    case tokenType = "token-type"
    /// HTTP Basic credentials: `user:password` decoded; a stand-in password means no match.
    case basicCredentials = "basic-credentials"

    public func validate(_ secret: Secret) -> Validation {
        let text = secret.reveal()
        switch self {
        case .crc32Base62: return Self.crc32Base62(text)
        case .awsKeyID: return AWSKeyID.validate(text)
        case .jwt: return JSONWebToken.validate(text)
        case .luhn: return Validation(Checksums.luhn(text) ? .valid : .rejected)
        case .iban: return Validation(Checksums.ibanIsValid(text) ? .valid : .rejected)
        case .weakPassword: return WeakPassword.validate(text)
        case .tokenType: return TokenType.validate(text)
        case .basicCredentials: return BasicCredentials.validate(text)
        }
    }

    /// `<prefix>_<30 random><6 checksum>`: the checksum is CRC-32 of the random part in base 62, zero-padded. A body
    /// whose checksum fails is reported at low confidence, not dropped: made-up tokens in fixtures and planted test sets
    /// rarely carry a real checksum, and a secret scanner that is silent on them looks blind to the format.
    private static func crc32Base62(_ token: String) -> Validation {
        let type = TokenType.validate(token)
        guard let separator = token.lastIndex(of: "_") else { return type }
        let body = token[token.index(after: separator)...]
        guard body.count == 36 else { return type }
        let random = body.prefix(30)
        let expected = Checksums.base62(Checksums.crc32(random.utf8), width: 6)
        var result = type
        result.verdict = body.suffix(6) == expected ? .valid : .invalid
        result.details.append(.init(key: "checksum", value: result.verdict == .valid ? "valid" : "invalid"))
        return result
    }
}
