/// Applies a configuration to a scan's assembled findings: drops occurrences at excluded paths (and findings left
/// with none), findings in `.dredgeignore` or in the baseline, and findings below the thresholds; counts each in
/// `summary.suppressed`. The one place where findings are suppressed, whatever produced the report.
public struct FindingFilter {
    public let configuration: ScanConfiguration

    public init(_ configuration: ScanConfiguration) {
        self.configuration = configuration
    }

    public func apply(to report: ScanReport) -> ScanReport {
        var report = report
        var counts = report.summary.suppressed
        let excludedPaths = PathGlobs(configuration.excludedPaths)
        var excluded: [String: Bool] = [:]  // a path is in many occurrences: match its globs once
        func isExcluded(_ path: String?) -> Bool {
            guard let path, !excludedPaths.isEmpty else { return false }
            if let known = excluded[path] { return known }
            let answer = excludedPaths.matchAny(path)
            excluded[path] = answer
            return answer
        }
        report.findings = report.findings.compactMap { finding in
            var finding = finding
            finding.occurrences.removeAll { isExcluded($0.path) }
            if finding.occurrences.isEmpty {
                counts.excludedPaths += 1
            } else if configuration.ignored.contains(finding.id) {
                counts.ignored += 1
            } else if configuration.baseline.contains(finding.id) {
                counts.baseline += 1
            } else if finding.severity < configuration.minSeverity || finding.confidence < configuration.minConfidence {
                counts.belowThreshold += 1
            } else {
                return finding
            }
            return nil
        }
        report.findings.sort(by: Finding.reportOrder)  // dropped occurrences may change when a finding was first seen
        report.summary.suppressed = counts
        report.summary.findings = report.findings.count
        report.summary.occurrences = report.findings.reduce(0) { $0 + $1.occurrences.count }
        return report
    }
}
