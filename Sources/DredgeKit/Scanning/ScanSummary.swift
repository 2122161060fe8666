import Foundation

/// What a scan did, for the summary line and the `scan` object of the JSON report.
public struct ScanSummary: Sendable {
    /// The repository, absolute: its work tree, or its git directory when it is bare; for `--no-git`, the path scanned.
    public var repository: String
    /// What was read: the whole history, a range, the index or files on disk.
    public var input: ScanInput = .history
    public var startedAt: Date
    public var duration: TimeInterval = 0
    public var rules = 0
    public var commits = 0
    public var references = 0
    /// Distinct blobs in the object database (reachable or not).
    public var blobs = 0
    public var blobsScanned = 0
    public var bytesScanned = 0
    /// The part of `bytesScanned` inside some rule's keyword window, so PCRE2 looked at it.
    public var bytesToRegex = 0
    /// The part of `bytesScanned` the keyword prefilter read: with line deduplication, the lines new to the worker
    /// (or holding matches) and their context.
    public var bytesPrefiltered = 0
    /// The part of `bytesScanned` in lines a delta copied whole from a base already matched clean, so not read again
    /// (`CopiedLines`).
    public var bytesCopied = 0
    /// The rules PCRE2 spent the most time on, busiest first.
    public var busiestRules: [RuleCost] = []
    public var binaryBlobs = 0
    public var oversizedBlobs = 0
    public var unreadableBlobs = 0
    public var unreachableBlobs = 0
    /// Blobs the path rules ran on while the scan held them, and those read a second time for them (read before
    /// their paths were known, or not read by the scan).
    public var pathRuleBlobs = 0
    public var pathRuleBlobsReadAgain = 0
    /// What the unwrap stage opened and decoded, and where it stopped.
    public var unwrapped = UnwrapCounts()
    /// Commit and tag messages read and matched, their bytes, and the CPU time that took (all workers together).
    public var messagesScanned = 0
    public var messageBytes = 0
    public var messageCPUSeconds = 0.0
    /// CPU time of the whole process (user and system) when the scan finished.
    public var cpuSeconds = 0.0
    public var findings = 0
    public var occurrences = 0
    /// What `.dredge.yml`, `.dredgeignore`, `dredge:allow` and `--baseline` left out.
    public var suppressed = SuppressionCounts()
    /// False for shallow clones and when objects the history names are missing.
    public var historyComplete = true
    /// Rule × blob pairs that stopped at PCRE2's match limit, as "rule-id in blob-id".
    public var skippedMatches: [String] = []
    /// Objects or refs that could not be read; the scan went on without them.
    public var errors: [String] = []
    /// Wall time of each phase, in order.
    public var phases: [Phase] = []

    public struct Phase: Sendable, Encodable {
        public let name: String
        public let seconds: Double
        /// CPU time of every thread during the phase.
        public let cpuSeconds: Double
        /// Resident memory at the end of the phase, and the peak so far, in MB.
        public let rssMB: Int
        public let peakRSSMB: Int

        enum CodingKeys: String, CodingKey {
            case name, seconds, cpuSeconds = "cpu_seconds", rssMB = "rss_mb", peakRSSMB = "peak_rss_mb"
        }
    }

    public init(repository: String, startedAt: Date = Date()) {
        self.repository = repository
        self.startedAt = startedAt
    }
}
