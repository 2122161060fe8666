/// What each suppression mechanism left out of a report, so that a user can see that suppression happened and why.
/// Each finding dropped is counted once, under the first mechanism that drops it (in the order below).
public struct SuppressionCounts: Sendable, Equatable, Encodable, CustomStringConvertible {
    /// Matches on lines marked `dredge:allow` (one per blob and place in it, before findings are assembled).
    public var inline = 0
    /// Findings whose every occurrence lies at a path of `exclude_paths`.
    public var excludedPaths = 0
    /// Findings listed in `.dredgeignore`.
    public var ignored = 0
    /// Findings already in the `--baseline` report.
    public var baseline = 0
    /// Findings below `min_severity` or `min_confidence`.
    public var belowThreshold = 0
    /// Rules not run at all (`disable_rules`).
    public var disabledRules = 0

    public init() {}

    public var isEmpty: Bool { self == SuppressionCounts() }

    /// For the summary line: the non-zero counts, e.g. `2 findings in .dredgeignore, 1 rule disabled`.
    public var description: String {
        [(excludedPaths, "finding", "at excluded paths"), (ignored, "finding", "in .dredgeignore"), (baseline, "finding", "in the baseline"),
         (belowThreshold, "finding", "below the thresholds"), (inline, "match", "on dredge:allow lines"), (disabledRules, "rule", "disabled")]
            .filter { $0.0 > 0 }.map { "\(Plural.count($0.0, $0.1)) \($0.2)" }.joined(separator: ", ")
    }

    enum CodingKeys: String, CodingKey {
        case inline, ignored, baseline, excludedPaths = "excluded_paths", belowThreshold = "below_threshold"
        case disabledRules = "disabled_rules"
    }
}
