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
    /// The secret's bytes in the blob, to tell overlapping matches of different rules apart.
    public var range: Range<Int> = 0..<0
    /// For path rules: the path the rule matched; the finding's occurrences are limited to it.
    public var path: String? = nil
    /// The setting that holds the secret, when a parser knows it (`STRIPE_SECRET_KEY` in a `.env`).
    public var key: String? = nil
    /// A severity that the content decides rather than the rule (a data store's volume and kind of data).
    public var severity: Severity? = nil
    /// For a match in a commit's or tag's message (`blob` is then that object's id): where, and who wrote it.
    public var message: MessageLocation? = nil
    public var messageAuthor: Signature? = nil
    /// On a line marked `dredge:allow` (`InlineAllow`): left out of the findings, counted in the summary.
    public var allowed = false
    /// The line around the secret, every secret on it redacted (`ContextLine`).
    public var context: String? = nil
}
