import Git

/// One rule matching one blob at one place: the secret it captured and where it starts (1-based line and column,
/// the column counted in characters).
public struct Match: Sendable {
    public let blob: ObjectID
    public let ruleIndex: Int
    public let secret: Secret
    public let line: Int
    public let column: Int
    public let validation: Validation
}
