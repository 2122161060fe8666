/// The result of a scan: what was found, and what the scan did. Reporters read only this.
public struct ScanReport: Sendable {
    public var summary: ScanSummary
    /// Most severe first, then earliest exposed.
    public var findings: [Finding]
}
