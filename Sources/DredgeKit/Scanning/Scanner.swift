import Foundation
import Git

/// A full-history scan: every blob in the object database once, located through the appearance index.
public struct Scanner {
    public let request: ScanRequest

    public init(_ request: ScanRequest) {
        self.request = request
    }

    /// Loads the built-in rules and any `--patterns` packs, built-ins first.
    public static func loadRules(extra directories: [URL]) throws -> [Rule] {
        let extra = try directories.flatMap { try PatternPackLoader.load(directory: $0) }
        return try PatternPackLoader.merge(base: try PatternPackLoader.builtin(), overrides: extra)
    }

    public func run() throws -> ScanReport {
        var summary = ScanSummary(repository: request.repositoryPath)
        let compiled = try CompiledRules(try Self.loadRules(extra: request.patternDirectories))
        summary.rules = compiled.rules.count

        let repository: Repository
        do {
            repository = try Repository(at: request.repositoryPath)
        } catch {
            throw DredgeError.notARepository(path: request.repositoryPath, reason: error.message)
        }
        var index = try AppearanceIndex.build(repository)
        let (blobs, dangling, missing) = try inventory(repository, index: index)
        index.addUnreachable(commits: dangling, repository: repository)

        let tally = BlobScanner(
            repositoryPath: repository.gitDirectory, compiled: compiled, jobs: request.jobs, maxBlobSize: request.maxBlobSize
        ).scan(blobs)

        summary.commits = index.commits.count
        summary.references = index.references.count
        summary.blobs = blobs.count
        summary.blobsScanned = tally.scanned
        summary.bytesScanned = tally.bytes
        summary.binaryBlobs = tally.binary
        summary.oversizedBlobs = tally.oversized
        summary.unreadableBlobs = tally.unreadable.count
        summary.unreachableBlobs = blobs.filter { index.appearances[$0]?.contains(where: \.reachable) != true }.count
        summary.skippedMatches = tally.limited.sorted()
        summary.errors = index.problems + tally.unreadable.sorted()
        if !missing.isEmpty {
            summary.errors.append("\(missing.count) blob(s) named by the history are not in the object database, e.g. \(missing.prefix(3).map(\.hex).joined(separator: ", "))")
        }
        summary.historyComplete = !repository.isShallow && missing.isEmpty && index.problems.isEmpty
        let findings = FindingAssembler(rules: compiled.rules, index: index).findings(from: tally.matches)
        summary.findings = findings.count
        summary.occurrences = findings.reduce(0) { $0 + $1.occurrences.count }
        summary.duration = Date().timeIntervalSince(summary.startedAt)
        return ScanReport(summary: summary, findings: findings)
    }

    /// Lists the object database once: the blobs to scan (each once), the commits no ref reaches, and the blobs the
    /// history names that the database does not hold.
    private func inventory(_ repository: Repository, index: AppearanceIndex) throws -> (blobs: [ObjectID], dangling: [ObjectID], missing: [ObjectID]) {
        var objects = Set<ObjectID>()
        try repository.forEachObjectID { objects.insert($0) }
        var blobs: [ObjectID] = []
        var dangling: [ObjectID] = []
        for id in objects {
            if index.appearances[id] != nil {
                blobs.append(id)
            } else if index.contains(commit: id) || index.contains(tree: id) {
                continue
            } else if let header = try? repository.header(of: id) {
                switch header.kind {
                case .blob: blobs.append(id)
                case .commit: dangling.append(id)
                default: break
                }
            }
        }
        let missing = index.blobs.filter { !objects.contains($0) }.sorted()
        return (blobs.sorted(), dangling, missing)
    }
}
