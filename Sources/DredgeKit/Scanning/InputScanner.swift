import Foundation
import Git

/// A scan of an input narrower than the history (a commit range, the staged index, files on disk): its enumerator
/// lists the items, each distinct blob is read and matched once (`BlobScanner`, `PathRulePass`), and the items
/// themselves say where each match is, so no history walk is needed.
struct InputScanner {
    let request: ScanRequest

    /// What the input lists before any rule is needed.
    private enum Listed {
        case blobs([ScanItem], messages: [ObjectID], Repository, range: Bool)
        case files([ScanItem])
    }

    func run() throws -> ScanReport {
        var summary = ScanSummary(repository: request.repositoryPath)
        summary.input = request.input
        var clock = PhaseClock()
        request.progress?.enter("listing what to scan")
        // With more than one job the rules load on a thread of their own while the repository is opened and the
        // range walked (or the index read, or the files listed): in a pre-push hook the two are most of the time.
        let loading = request.jobs > 1 ? BackgroundThread { [request] in try Self.rules(for: request) } : nil
        let listed: Listed
        switch request.input {
        case .history:
            preconditionFailure("the history is scanned by Scanner")
        case .range(let range):
            let repository = try Scanner.openRepository(request.repositoryPath)
            summary.repository = Scanner.location(of: repository)
            let (items, commits, messages) = try RangeEnumerator(repository: repository, range: range).items()
            summary.commits = commits
            listed = .blobs(items, messages: messages, repository, range: true)
            clock.lap("walk the range")
        case .staged:
            let repository = try Scanner.openRepository(request.repositoryPath)
            summary.repository = Scanner.location(of: repository)
            listed = .blobs(try StagedEnumerator(repository: repository).items(), messages: [], repository, range: false)
            clock.lap("read the index")
        case let .files(paths, allFiles):
            // One path names itself; several (the pre-commit framework's files) are named by the directory here.
            summary.repository = paths.count == 1 ? URL(fileURLWithPath: paths[0]).standardizedFileURL.path : FileManager.default.currentDirectoryPath
            listed = .files(try paths.flatMap { try FileEnumerator(root: $0, allFiles: allFiles).items() })
            clock.lap("list files")
        }
        let (compiled, disabled) = try loading?.result() ?? Self.rules(for: request)
        clock.lap(loading == nil ? "load rules" : "load rules (the rest, after the listing)")
        summary.rules = compiled.rules.count
        summary.suppressed.disabledRules = disabled
        var scanned: (tally: BlobScanner.Tally, pathMatches: [Match], items: [ObjectID: [ScanItem]])
        switch listed {
        case let .blobs(items, messages, repository, range):
            scanned = scanBlobs(items, messages: messages, in: repository, compiled: compiled)
            if range {
                let matched = Set((scanned.tally.matches + scanned.pathMatches).map(\.blob))
                scanned.items = markInherited(scanned.items, matched: matched, repository: repository, compiled: compiled)
            }
        case .files(let items):
            request.progress?.enter("reading files")
            let result = FileScanner(compiled: compiled, jobs: request.jobs, maxBlobSize: request.maxBlobSize,
                                     lineDeduplication: request.lineDeduplication, unwrap: request.unwrap).scan(items)
            scanned = (result.tally, result.pathMatches, result.items)
        }
        clock.lap("read and match")
        let merged = PathRulePass.merge(content: scanned.tally.matches, path: scanned.pathMatches, compiled: compiled)
        let matches = merged.filter { !$0.allowed }
        summary.suppressed.inline = merged.count - matches.count
        let findings = FindingAssembler(compiled: compiled, index: AppearanceIndex(), items: scanned.items).findings(from: matches)
        summary.count(scanned.tally)
        summary.errors = scanned.tally.unreadable.sorted()
        var report = FindingFilter(request.configuration).apply(to: ScanReport(summary: summary, findings: findings))
        clock.lap("assemble and filter findings")
        report.summary.finish(findings: report.findings, phases: clock.laps)
        return report
    }

    /// The request's rules, compiled lazily: a few blobs need a few of them.
    private static func rules(for request: ScanRequest) throws -> (compiled: CompiledRules, disabled: Int) {
        try Scanner.compiledRules(for: request, lazily: true)
    }

    /// Reads each distinct blob of `items` once, and the messages of `messages` (commits and tags): content rules on
    /// every blob and message, path rules at the items' paths.
    private func scanBlobs(_ items: [ScanItem], messages: [ObjectID] = [], in repository: Repository, compiled: CompiledRules)
        -> (tally: BlobScanner.Tally, pathMatches: [Match], items: [ObjectID: [ScanItem]]) {
        var byBlob: [ObjectID: [ScanItem]] = [:]
        for item in items {
            if case .blob(let id) = item.content { byBlob[id, default: []].append(item) }
        }
        let gitDirectory = repository.gitDirectory
        // The items' paths are known before any blob is read: the path rules run on each blob as it is read.
        let listing = ObjectListing(unlocated: byBlob.keys.sorted() + (request.messages ? messages.sorted() : []))
        let blobPaths = byBlob.lazy.map { ($0.key, $0.value.map(\.path)) }
        let schedule = PathRuleSchedule(compiled: compiled, objects: listing.objects.count)
        _ = schedule.place(PathRulePass.owed(blobPaths, compiled: compiled), listing: listing)
        let tally = BlobScanner(repositoryPath: gitDirectory, compiled: compiled, jobs: request.jobs, maxBlobSize: request.maxBlobSize,
                                progress: request.progress, lineDeduplication: request.lineDeduplication, messages: request.messages,
                                unwrap: request.unwrap, pathRules: schedule)
            .scan(listing)
        let rest = PathRulePass(gitDirectory: gitDirectory, compiled: compiled, maxBlobSize: request.maxBlobSize, jobs: request.jobs)
            .matches(owed: schedule.remaining(PathRulePass.owed(blobPaths, compiled: compiled)))
        var merged = tally
        merged.unreadable += rest.errors
        return (merged, PathRulePass.ordered(tally.pathMatches + rest.matches), byBlob)
    }

    /// A commit that edits a file holding a secret carries the secret in its new blob too, though an earlier commit
    /// brought it (for a push: one the remote has). So for matched blobs, the blobs the parents had at the same
    /// path are matched too, and what they held is marked inherited on the item, not placed there.
    private func markInherited(_ byBlob: [ObjectID: [ScanItem]], matched: Set<ObjectID>, repository: Repository,
                               compiled: CompiledRules) -> [ObjectID: [ScanItem]] {
        var earlier: [ObjectID: Set<String>] = [:]
        for blob in matched {
            for item in byBlob[blob] ?? [] {
                for previous in item.previous { earlier[previous, default: []].insert(item.path) }
            }
        }
        guard !earlier.isEmpty else { return byBlob }
        let gitDirectory = repository.gitDirectory
        let content = BlobScanner(repositoryPath: gitDirectory, compiled: compiled, jobs: request.jobs, maxBlobSize: request.maxBlobSize,
                                  progress: nil, lineDeduplication: false, messages: false, unwrap: request.unwrap).scan(ObjectListing(unlocated: earlier.keys.sorted()))
        let path = PathRulePass(gitDirectory: gitDirectory, compiled: compiled, maxBlobSize: request.maxBlobSize, jobs: request.jobs)
            .matches(earlier.map { ($0.key, Array($0.value)) })
        var held: [ObjectID: Set<FindingID>] = [:]
        for match in content.matches + path.matches {
            held[match.blob, default: []].insert(FindingID(ruleID: compiled.rules[match.ruleIndex].id, secret: match.secret))
        }
        var marked = byBlob
        for blob in matched {
            marked[blob] = marked[blob]?.map { item in
                var item = item
                item.inherited = item.previous.reduce(into: []) { $0.formUnion(held[$1] ?? []) }
                return item
            }
        }
        return marked
    }

}
