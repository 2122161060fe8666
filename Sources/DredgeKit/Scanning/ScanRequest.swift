import Foundation

/// What to scan and how: the inputs of `dredge scan`, free of any command-line concern.
public struct ScanRequest: Sendable {
    public var repositoryPath: String
    /// What to read; a narrower input than the whole history reads only its own blobs or files.
    public var input: ScanInput = .history
    /// Extra pack directories or files, loaded after the built-ins; a rule with a built-in's id replaces it.
    public var patternDirectories: [URL] = []
    /// False to use only `patternDirectories` (`--no-builtin-rules`).
    public var builtinRules = true
    /// Worker threads; with more than one, the history walk runs on a thread of its own beside them, and with one,
    /// the whole scan runs on that one thread.
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Blobs larger than this are skipped and counted.
    public var maxBlobSize: Int = 64 << 20
    /// Match each distinct line once per worker; off only to measure what it saves or to check it changes nothing.
    public var lineDeduplication = true
    /// Read the messages of commits and annotated tags (and of a range's commits and pushed tags) as content.
    public var messages = true
    /// Suppression and thresholds (`.dredge.yml`, `.dredgeignore`, `--baseline`, `--fail-on`): `ScanConfiguration.load`.
    public var configuration = ScanConfiguration()
    /// Counters for a progress display; nil when nobody watches.
    public var progress: ScanProgress?

    public init(repositoryPath: String) {
        self.repositoryPath = repositoryPath
    }
}
