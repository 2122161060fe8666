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
    /// For a `file` rule with a parser: every entry it read is a near miss of a provider's format or a value a provider's
    /// rule owns, so the file stands only beside a secret reported in it (`PathRulePass.merge`).
    var entriesAreNearMisses = false
    /// For a match in a commit's or tag's message (`blob` is then that object's id): where, and who wrote it.
    public var message: MessageLocation? = nil
    public var messageAuthor: Signature? = nil
    /// On a line marked `dredge:allow` (`InlineAllow`): left out of the findings, counted in the summary.
    public var allowed = false
    /// Archive members and decoded values the secret lies in, outermost first (`Unwrapper`); empty for the blob's own text.
    /// `line` and `column` are then in the innermost member, at the start of the outermost encoded text in it.
    public var layers: [ContentLayer] = []
    /// When the secret was decoded from the blob's own text: the encoded text as it stands there (the whole base64
    /// value), which a purge must replace, as the decoded secret is not in the blob.
    public var encoded: Secret? = nil
    /// The line around the secret, every secret on it redacted (`ContextLine`).
    public var context: String? = nil
}
