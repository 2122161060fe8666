import Foundation

/// What a scan leaves out and when it fails: `.dredge.yml`, `.dredgeignore`, `--baseline` and `--fail-on` together.
/// Rule settings apply before matching (`rules(from:)`); the rest filters the assembled findings (`FindingFilter`),
/// so every input mode that builds a `ScanReport` gets the same suppression.
public struct ScanConfiguration: Sendable {
    /// A rule id named in `disable_rules`, with its line so that an unknown id can be pointed at.
    public struct DisabledRule: Sendable, Hashable {
        public let id: String
        public let line: Int?
    }

    /// The `.dredge.yml` read (`HEAD:.dredge.yml` in a bare repository), nil when there was none.
    public var file: String?
    /// Path globs (`PathGlob`; a trailing `/` names a directory): occurrences there are dropped.
    public var excludedPaths: [String] = []
    public var disabledRules: [DisabledRule] = []
    /// Extra pack directories, resolved against the configuration file's directory.
    public var patternDirectories: [URL] = []
    /// Raises every rule's entropy floor to at least this (not weak-password, file or personal-data rules).
    public var minEntropy: Double?
    /// Findings below these are not reported.
    /// `low`: values made to be public (`info`) are left out unless asked for.
    public var minSeverity: Severity = .low
    public var minConfidence: Confidence = .low
    /// Reported findings at or above this make the scan fail (exit 1).
    public var failOn: Severity = .low
    /// `.dredgeignore`: findings to drop by id.
    public var ignored = IgnoreList()
    /// `--baseline`: findings already known, dropped so that only new ones count.
    public var baseline = Baseline()

    public init() {}

    /// Whether the report holds a finding at or above `failOn`.
    public func fails(_ report: ScanReport) -> Bool {
        report.findings.contains { $0.severity >= failOn }
    }
}
