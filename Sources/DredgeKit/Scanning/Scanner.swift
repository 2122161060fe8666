import Foundation
import Git
import Synchronization

/// A full-history scan: every blob in the object database once, located through the appearance index.
/// The history walk (appearance index) runs on its own thread while the workers read and match every object,
/// so neither waits for the other; provenance is joined at the end, for matched blobs only.
public struct Scanner {
    public let request: ScanRequest

    public init(_ request: ScanRequest) {
        self.request = request
    }

    /// Loads the built-in rules (unless `builtin` is false) and any `--patterns` packs, built-ins first.
    public static func loadRules(extra directories: [URL], builtin: Bool = true) throws -> [Rule] {
        let extra = try directories.flatMap { try PatternPackLoader.load(directory: $0) }
        // A user's pattern that does not compile stops here, naming its file and line, even where a scan compiles
        // patterns lazily; the built-in patterns are compiled by their tests.
        _ = try CompiledRules(extra.flatMap(\.rules))
        return try PatternPackLoader.merge(base: builtin ? try PatternPackLoader.builtin() : [], overrides: extra)
    }

    /// The rules `request` asks for (built-in and `--patterns` packs, less what its configuration disables), compiled
    /// up front or `lazily`, and how many the configuration disabled.
    static func compiledRules(for request: ScanRequest, lazily: Bool = false) throws -> (compiled: CompiledRules, disabled: Int) {
        let configuration = request.configuration
        let rules = try loadRules(extra: request.patternDirectories + configuration.patternDirectories, builtin: request.builtinRules)
        let compiled = try CompiledRules(try configuration.rules(from: rules), lazily: lazily)
        return (compiled, rules.count - compiled.rules.count)
    }

    /// What the path rules found in the owed blobs the walking job read again, and the blobs it left for the pass
    /// after the scan.
    typealias PathMatches = (found: PathRulePass.Found, left: [(ObjectID, [String])])

    public func run() throws -> ScanReport {
        guard request.input == .history else { return try InputScanner(request: request).run() }
        var summary = ScanSummary(repository: request.repositoryPath)
        let repository = try Self.openRepository(request.repositoryPath)
        summary.repository = Self.location(of: repository)
        var clock = PhaseClock()
        let progress = request.progress
        progress?.enter("loading rules")
        let gitDirectory = repository.gitDirectory
        // With more than one job the objects are listed on a thread of their own while the rules load: neither needs
        // the other.
        let listing = request.jobs > 1 ? BackgroundThread { try Self.listObjects(gitDirectory: gitDirectory) } : nil
        let configuration = request.configuration
        let (compiled, disabled) = try Self.compiledRules(for: request)
        summary.rules = compiled.rules.count
        summary.suppressed.disabledRules = disabled
        clock.lap(listing == nil ? "load and compile rules" : "load and compile rules (objects are listed meanwhile)")
        progress?.enter("listing objects")
        let objects = try listing?.result() ?? Self.listObjects(gitDirectory: gitDirectory)
        clock.lap(listing == nil ? "list objects in pack order" : "list objects in pack order (what loading the rules did not overlap)")

        // The history walk is one job's first task (with `--jobs 1`, the only thread's, before it reads anything). It
        // places each blob's paths, so the path rules run on a blob while a worker holds it (`PathRuleSchedule`). That
        // job then reads again the owed blobs the others read before it was done, while they still have work; what is
        // left then is read after the scan, by every job.
        let schedule = PathRuleSchedule(compiled: compiled, objects: objects.objects.count)
        let pathPass = PathRulePass(gitDirectory: gitDirectory, compiled: compiled, maxBlobSize: request.maxBlobSize, jobs: request.jobs,
                                    listing: objects)
        let walked = Mutex<Result<(AppearanceIndex, [(ObjectID, [String])], PathMatches), any Error>?>(nil)
        let tally = BlobScanner(
            repositoryPath: gitDirectory, compiled: compiled, jobs: request.jobs, maxBlobSize: request.maxBlobSize,
            progress: request.progress, lineDeduplication: request.lineDeduplication, messages: request.messages, unwrap: request.unwrap,
            pathRules: schedule
        ).scan(objects) { workLeft in
            let result = Result {
                let index = try AppearanceIndex.build(try Repository(at: gitDirectory), listing: objects)
                let owed = PathRulePass.owed(index, compiled: compiled)
                let readEarly = schedule.place(owed, listing: objects)
                return (index, owed, pathPass.matches(owed: readEarly, until: { !workLeft() }))
            }
            walked.withLock { $0 = result }
        }
        clock.lap("walk the history (one job's first task) and read and match objects")
        var (index, owed, readAgain) = try walked.withLock { $0! }.get()
        let unreachableCommits = tally.commits.filter { !index.contains(commit: $0) }
        index.addUnreachable(commits: unreachableCommits, repository: repository, listing: objects)
        clock.lap("walk unreachable commits")
        progress?.enter("path rules")
        // What the unreachable commits' trees hold may be owed too; without them, what the walk placed is all.
        if !unreachableCommits.isEmpty { owed = PathRulePass.owed(index, compiled: compiled) }
        let owedStill = schedule.remaining(owed)
        let rest = pathPass.matches(owed: owedStill + readAgain.left)
        summary.pathRuleBlobs = schedule.claimed
        summary.pathRuleBlobsReadAgain = schedule.handedBack + owedStill.count
        let pathMatches = PathRulePass.ordered(tally.pathMatches + readAgain.found.matches + rest.matches)
        let merged = PathRulePass.merge(content: tally.matches, path: pathMatches, compiled: compiled)
        let matches = merged.filter { !$0.allowed }
        summary.suppressed.inline = merged.count - matches.count
        clock.lap("path rules on blobs the scan could not run them on")

        summary.commits = index.commits.count
        summary.references = index.references.count
        summary.count(tally)
        summary.errors = index.problems + tally.unreadable.sorted() + (readAgain.found.errors + rest.errors).sorted()
        // The blobs the history names that the object database lacks, and those no ref reaches: with more than one job,
        // counted while the findings are assembled and followed (0.1 s on git/git).
        let blobs = tally.blobs
        let counting = { @Sendable [index] in Self.blobCounts(read: blobs, index: index) }
        let counts = request.jobs > 1 ? BackgroundThread(counting) : nil
        let counted = counts == nil ? counting() : nil
        let assembler = FindingAssembler(compiled: compiled, index: index)
        // Suppressed findings are dropped before they are followed through the history: that walk is per path.
        var report = FindingFilter(configuration).apply(to: ScanReport(summary: summary, findings: assembler.findings(from: matches)))
        clock.lap("assemble and filter findings")
        progress?.enter("following findings through the history")
        assembler.addExposure(to: &report.findings, repository: repository, listing: objects, jobs: request.jobs)
        let (missing, unreachable) = try counts?.result() ?? counted!
        report.summary.unreachableBlobs = unreachable
        if !missing.isEmpty {
            report.summary.errors.append("\(Plural.count(missing.count, "blob")) named by the history are not in the object database, e.g. \(missing.prefix(3).map(\.hex).joined(separator: ", "))")
        }
        report.summary.historyComplete = !repository.isShallow && missing.isEmpty && index.problems.isEmpty
        clock.lap("follow findings through the history (refs, pushed, removals)")
        report.summary.finish(findings: report.findings, phases: clock.laps)
        return report
    }

    /// Of the blobs the history names, those the scan could not read (missing from the object database, sorted), and
    /// how many of the blobs read no ref, HEAD or reflog reaches.
    private static func blobCounts(read blobs: [ObjectID], index: AppearanceIndex) -> (missing: [ObjectID], unreachable: Int) {
        let present = Set(blobs)  // blobs whose header could be read; the rest of what trees name is missing
        return (index.blobs.filter { !present.contains($0) }.sorted(),
                blobs.filter { index.appearances[$0]?.contains(where: \.reachable) != true }.count)
    }

    /// Opens the repository to scan. When that fails, says why in the user's terms: the path is missing, is a plain
    /// file (which `--no-git` scans), or cannot be read; only a readable directory is "not a git repository".
    public static func openRepository(_ path: String) throws -> Repository {
        do {
            return try Repository(at: path)
        } catch {
            try requireDirectory(path)
            throw DredgeError.notARepository(path: path, reason: error.message)
        }
    }

    /// How reports name a repository, whatever path reached it (`.`, a subdirectory, the `.git` directory): its work
    /// tree, or its git directory when it is bare; absolute, without a trailing slash.
    static func location(of repository: Repository) -> String {
        let path = repository.workDirectory ?? repository.gitDirectory
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// Throws the real reason `path` cannot be a repository when it is not a readable directory.
    static func requireDirectory(_ path: String) throws {
        var status = stat()
        guard stat(path, &status) == 0 else { throw DredgeError.unreadablePath(path: path, reason: ErrorCause.of(errno: errno)) }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw DredgeError.notARepository(path: path, reason: "a file, not a directory; to scan files on disk: dredge scan --no-git \(path)")
        }
        if access(path, R_OK | X_OK) != 0 { throw DredgeError.unreadablePath(path: path, reason: ErrorCause.of(errno: errno)) }
    }

    /// Every object of the repository at `gitDirectory`, in pack order, through a repository handle of its own. The
    /// ids of objects in no pack come from the object database (an object can be both loose and packed, or in two
    /// packs: `ObjectListing` drops the repeats).
    private static func listObjects(gitDirectory: String) throws -> ObjectListing {
        let repository = try Repository(at: gitDirectory)
        return try ObjectListing(objectsDirectory: repository.objectsDirectory) {
            var objects: [ObjectID] = []
            try repository.forEachObjectID { objects.append($0) }
            return objects
        }
    }
}
